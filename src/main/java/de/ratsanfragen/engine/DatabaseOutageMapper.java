package de.ratsanfragen.engine;

import de.ratsanfragen.platform.DatabaseOutage;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * Answers a request of the engine REST API or of Tasklist's engine API that failed because the database
 * is out of reach ({@link DatabaseOutage}) with 503 and the service's German problem, instead of Camunda's
 * English 500 with an exception name. JAX-RS answers every exception itself (Camunda maps even
 * {@link Throwable}), so the service's servlet filter never sees them; these mappers take exactly the
 * exceptions with a connection failure in their cause chain, at each type Camunda maps, ahead of Camunda's
 * mappers ({@code @Priority}), and leave every other exception to them.
 * <p>
 * Public with public constructors: the webapps' Jersey applications create their providers from class
 * names ({@link RefusedCompletionRegistration}).
 */
public abstract class DatabaseOutageMapper<E extends Throwable> implements ExtendedExceptionMapper<E> {

    @Override
    public boolean isMappable(E exception) {
        return DatabaseOutage.causedBy(exception);
    }

    @Override
    public Response toResponse(E exception) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .type("application/problem+json;charset=UTF-8")
                .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS)
                .entity(DatabaseOutage.problemJson())
                .build();
    }

    /** What engine-rest's resources throw after catching an engine exception. */
    @Priority(Priorities.USER - 100)
    public static final class FromRestResource extends DatabaseOutageMapper<RestException> {
    }

    /** The engine's own exceptions (MyBatis failed to reach the database). */
    @Priority(Priorities.USER - 100)
    public static final class FromEngine extends DatabaseOutageMapper<ProcessEngineException> {
    }

    /** Anything else, e.g. Spring's {@code CannotCreateTransactionException} when a command could not begin. */
    @Priority(Priorities.USER - 100)
    public static final class FromAnywhere extends DatabaseOutageMapper<Throwable> {
    }
}
