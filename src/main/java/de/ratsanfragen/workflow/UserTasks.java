package de.ratsanfragen.workflow;

import java.util.Map;

import de.ratsanfragen.engine.TaskCompletionRefused;
import de.ratsanfragen.platform.ApiProblem;
import de.ratsanfragen.platform.Causes;
import de.ratsanfragen.platform.CurrentUser;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Completes a user task from one of the service's pages as the logged-in user, as Tasklist would: the engine
 * checks the task is the user's, its log names who decided, and the process' listeners check the form's values.
 * One mapping of what can go wrong, in German: a listener's refusal 400, no permission 403, the task completed or
 * changed meanwhile (a double click, a colleague) 409.
 */
@Component
class UserTasks {

    private final TaskService tasks;
    private final IdentityService identity;

    UserTasks(TaskService tasks, IdentityService identity) {
        this.tasks = tasks;
        this.identity = identity;
    }

    /**
     * @param refusedTitle the title of a listener's refusal („Prüfung nicht abgeschlossen“)
     * @param forbidden    why the user may not complete it
     */
    void complete(Task task, CurrentUser user, Map<String, Object> variables, String refusedTitle, String forbidden) {
        Authentication before = identity.getCurrentAuthentication();
        identity.setAuthentication(user.userId(), user.units());
        try {
            tasks.complete(task.getId(), variables);
        } catch (AuthorizationException denied) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "Keine Berechtigung", forbidden);
        } catch (OptimisticLockingException | NullValueException gone) {
            throw new ApiProblem(HttpStatus.CONFLICT, "Inzwischen erledigt", "„" + task.getName() + "“ wurde gerade von anderer Stelle "
                    + "abgeschlossen oder geändert. Bitte die Seite neu laden.");
        } catch (RuntimeException failure) {
            TaskCompletionRefused refused = Causes.first(failure, TaskCompletionRefused.class);
            if (refused == null) {
                throw failure;
            }
            throw new ApiProblem(HttpStatus.BAD_REQUEST, refusedTitle, refused.getMessage());
        } finally {
            if (before == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(before);
            }
        }
    }
}
