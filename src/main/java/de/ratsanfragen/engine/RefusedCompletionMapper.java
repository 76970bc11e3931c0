package de.ratsanfragen.engine;

import de.ratsanfragen.platform.Causes;
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
 * instead of Camunda's 500. A call about a task, execution or other object that does not exist gets 404 with
 * a German problem ({@link EngineProblems}) instead of Camunda's 500 ("… is null"), which engine-rest
 * answers for the engine's {@code NullValueException}.
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

    /** What a user is told when the object a call names does not exist. */
    static final String MISSING = "Das angefragte Objekt (Aufgabe, Ausführung, Prozess, Gruppe oder Benutzer) gibt es "
            + "nicht oder nicht mehr; bitte die Kennung prüfen.";

    /** What an administrator is told about an id Camunda does not take for a user, group or tenant. */
    static final String INVALID_ID = "Diese Kennung ist nicht zulässig: Kennungen von Benutzern, Gruppen und Mandanten "
            + "bestehen nur aus Buchstaben und Ziffern.";
    /** How Camunda words an id its whitelist pattern refuses (it has no exception type of its own for it). */
    private static final String INVALID_ID_MESSAGE = "is not a valid resource identifier";

    @Override
    public boolean isMappable(E exception) {
        return refusal(exception) != null || concurrentChange(exception) || missing(exception) || invalidId(exception);
    }

    @Override
    public Response toResponse(E exception) {
        TaskCompletionRefused refusal = refusal(exception);
        if (refusal == null && invalidId(exception)) {
            return EngineProblems.badRequest(INVALID_ID);
        }
        if (refusal == null && !concurrentChange(exception)) {
            return EngineProblems.notFound(MISSING);
        }
        return ExceptionHandlerHelper.getInstance().getResponse(refusal != null ? refusal
                : new RestException(Response.Status.CONFLICT, CONCURRENT_CHANGE));
    }

    /** A missing object in the cause chain of what would otherwise be a 500 (a REST exception with a 4xx status keeps it). */
    static boolean missing(Throwable exception) {
        if (exception instanceof RestException rest && rest.getStatus() != null
                && rest.getStatus() != Response.Status.INTERNAL_SERVER_ERROR) {
            return false;
        }
        return Causes.first(exception, org.camunda.bpm.engine.exception.NullValueException.class) != null;
    }

    /** An id refused by Camunda's resource id pattern, anywhere in the cause chain. */
    static boolean invalidId(Throwable exception) {
        return Causes.first(exception, cause -> cause.getMessage() != null && cause.getMessage().contains(INVALID_ID_MESSAGE)) != null;
    }

    /** An optimistic-locking conflict in the cause chain: the engine rolled back, the user may simply try again. */
    static boolean concurrentChange(Throwable exception) {
        return Causes.first(exception, org.camunda.bpm.engine.OptimisticLockingException.class) != null;
    }

    /** The refusal in the cause chain, or null. */
    static TaskCompletionRefused refusal(Throwable exception) {
        return Causes.first(exception, TaskCompletionRefused.class);
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
