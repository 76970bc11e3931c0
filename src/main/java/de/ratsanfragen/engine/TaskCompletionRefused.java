package de.ratsanfragen.engine;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A task listener refuses a completion (no answer, decline without reason, unrouted items …) with a
 * German message the user can act on; the engine API gate refuses a completion with fields its form
 * does not ask for the same way. The engine wraps every listener exception (ENGINE-03051), so
 * the REST APIs would answer 500; {@link RefusedCompletionMapper} finds this type in the cause chain
 * and answers 400 with the message. It stays a {@link BadUserRequestException} without a cause: the
 * engine rethrows such an exception instead of offering it to BPMN error handlers, and Java callers
 * can still catch it as a user error.
 */
public class TaskCompletionRefused extends BadUserRequestException {

    public TaskCompletionRefused(String message) {
        super(message);
    }
}
