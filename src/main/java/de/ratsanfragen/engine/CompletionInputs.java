package de.ratsanfragen.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.task.Task;

/**
 * Keeps a completion to what its task asks for. A unit holds a task through its candidate group, and
 * Camunda lets whoever may complete a task set any process variable with it; without this check a
 * department could complete its own task with {@code inquiryId} of another inquiry or {@code obOffice}
 * of itself, and so answer for another unit or release an inquiry. A completion of a task with one of the
 * service's forms ({@code complete}, {@code submit-form}) may therefore carry only that form's editable
 * fields ({@link TaskForms}; Tasklist does not submit the disabled ones). The processes' own list of each
 * task's inputs ({@code workflow.InquiryProcess.TASK_INPUTS}) is checked against the forms by a test.
 */
final class CompletionInputs {

    /** Read with the same (lenient) rules as the gate's expression check, so both see the same fields. */
    private static final ObjectMapper JSON = new ObjectMapper(QueryExpressions.JSON);

    private CompletionInputs() {
    }

    /** The refusal of a completion body that carries other fields than its task's inputs, or {@code null}. */
    static Response refusal(String taskId, byte[] body) {
        List<String> allowed = inputsOf(taskId);
        if (allowed == null) {
            return null;
        }
        List<String> refused = new ArrayList<>();
        for (String name : submittedNames(body)) {
            if (!allowed.contains(name)) {
                refused.add(name);
            }
        }
        return refused.isEmpty() ? null : ExceptionHandlerHelper.getInstance().getResponse(new TaskCompletionRefused(
                "Diese Aufgabe nimmt nur die Felder " + String.join(", ", allowed) + " entgegen, nicht "
                        + String.join(", ", refused) + "."));
    }

    /** The inputs of a task's form, or null for a task without one of the service's forms or none the user can see. */
    private static List<String> inputsOf(String taskId) {
        Task task = ProcessEngines.getDefaultProcessEngine().getTaskService().createTaskQuery().taskId(taskId)
                .initializeFormKeys().singleResult();
        return task == null || task.getCamundaFormRef() == null ? null : TaskForms.inputsOf(task.getCamundaFormRef().getKey());
    }

    /** The variable names of a completion body ({@code {"variables": {name: {...}}}}); unreadable JSON is Camunda's to refuse. */
    private static List<String> submittedNames(byte[] body) {
        if (body.length == 0) {
            return List.of();
        }
        try {
            JsonNode variables = JSON.readTree(body).path("variables");
            List<String> names = new ArrayList<>();
            variables.fieldNames().forEachRemaining(names::add);
            return names;
        } catch (IOException unreadable) {
            return List.of();
        }
    }
}
