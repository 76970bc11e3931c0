package de.ratsanfragen.workflow;

import java.util.IdentityHashMap;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * Answers a completion that a task listener refused ({@link TaskCompletionRefused}) with 400 and the
 * listener's German message, in engine-rest's usual error shape ({@code {"type", "message", "code"}}),
 * so that REST clients and Tasklist show it; the task stays open (the engine rolled back). A completion
 * that collided with a concurrent one (optimistic locking) gets 409 with a German request to try again
 * instead of Camunda's 500.
 * <p>
 * Why a mapper: the engine wraps listener exceptions (ENGINE-03051), and engine-rest's task resource
 * turns every engine exception but a form-field validation into a {@link RestException} with 500. The
 * refusal is still the cause, so these mappers take exactly the exceptions that carry one
 * ({@code isMappable}) and leave all others to Camunda's own mappers; {@code @Priority} makes JAX-RS
 * prefer them over Camunda's mappers for the same exception types. The answer itself is the one
 * Camunda gives for an unwrapped {@code BadUserRequestException} ({@link ExceptionHandlerHelper}).
 * <p>
 * Public with public constructors because the webapps' Jersey applications create their providers
 * from class names ({@link RefusedCompletionRegistration}).
 */
public abstract class RefusedCompletionMapper<E extends Throwable> implements ExtendedExceptionMapper<E> {

    /** What a user is told when a concurrent change (optimistic locking) made the engine roll the completion back. */
    static final String CONCURRENT_CHANGE = "Die Aufgabe wurde gleichzeitig an anderer Stelle geändert (z. B. schloss eine andere "
            + "Einheit zur selben Frage gerade ab). Es wurde nichts gespeichert; bitte noch einmal abschließen.";

    @Override
    public boolean isMappable(E exception) {
        return refusal(exception) != null || concurrentChange(exception);
    }

    @Override
    public Response toResponse(E exception) {
        TaskCompletionRefused refusal = refusal(exception);
        return ExceptionHandlerHelper.getInstance().getResponse(refusal != null ? refusal
                : new RestException(Response.Status.CONFLICT, CONCURRENT_CHANGE));
    }

    /** An optimistic-locking conflict in the cause chain: the engine rolled back, the user may simply try again. */
    static boolean concurrentChange(Throwable exception) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable current = exception; current != null && seen.put(current, true) == null; current = current.getCause()) {
            if (current instanceof org.camunda.bpm.engine.OptimisticLockingException) {
                return true;
            }
        }
        return false;
    }

    /** The refusal in the cause chain, or null. */
    static TaskCompletionRefused refusal(Throwable exception) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable current = exception; current != null && seen.put(current, true) == null; current = current.getCause()) {
            if (current instanceof TaskCompletionRefused refusal) {
                return refusal;
            }
        }
        return null;
    }

    /** What engine-rest's task resource throws for a refused {@code complete} or {@code submit-form}. */
    @Priority(Priorities.USER - 100)
    public static final class FromTaskResource extends RefusedCompletionMapper<RestException> {
    }

    /** The engine's wrapped listener exception, where a resource lets it through unchanged. */
    @Priority(Priorities.USER - 100)
    public static final class FromEngine extends RefusedCompletionMapper<ProcessEngineException> {
    }
}
