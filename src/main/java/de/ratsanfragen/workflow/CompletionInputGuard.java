package de.ratsanfragen.workflow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.task.Task;

/**
 * Keeps a completion to what its task asks for. A unit holds a task through its candidate group, and
 * Camunda lets whoever may complete a task set any process variable with it; without this filter a
 * department could complete its own task with {@code inquiryId} of another inquiry or {@code obOffice}
 * of itself, and so answer for another unit or release an inquiry. For the inquiry processes'
 * tasks, {@code complete}, {@code submit-form} and {@code resolve} may therefore carry only the
 * task's inputs ({@link InquiryProcess#TASK_INPUTS}, the form's editable fields; Tasklist does not
 * submit the disabled ones), and only administrators may change a task's variables directly.
 * <p>
 * A JAX-RS filter, registered with engine-rest and with the webapps' engine API (Tasklist) like the
 * mappers ({@link RefusedCompletionRegistration}); Jersey creates it from its class name, so it finds
 * the engine through {@link ProcessEngines}.
 */
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public class CompletionInputGuard implements ContainerRequestFilter {

    private static final Pattern COMPLETION = Pattern.compile("(?:^|/)task/([^/]+)/(?:complete|submit-form|resolve)/?$");
    private static final Pattern TASK_VARIABLES = Pattern.compile("(?:^|/)task/[^/]+/(?:variables|localVariables)(?:/.*)?$");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String path = request.getUriInfo().getPath();
        if (HttpMethod.GET.equals(request.getMethod()) || HttpMethod.OPTIONS.equals(request.getMethod())) {
            return;
        }
        if (TASK_VARIABLES.matcher(path).find() && !administrator()) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(JSON.writeValueAsString(Map.of("type", "AuthorizationException",
                            "message", "Variablen einer Aufgabe ändern nur Administratoren; "
                                    + "eine Abteilung trägt ihre Antwort im Formular der Aufgabe ein.")))
                    .build());
            return;
        }
        Matcher completion = COMPLETION.matcher(path);
        if (!completion.find()) {
            return;
        }
        List<String> allowed = inputsOf(completion.group(1));
        if (allowed == null) {
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        List<String> refused = new ArrayList<>();
        for (String name : submittedNames(body)) {
            if (!allowed.contains(name)) {
                refused.add(name);
            }
        }
        if (!refused.isEmpty()) {
            request.abortWith(refusal("Diese Aufgabe nimmt nur die Felder " + String.join(", ", allowed)
                    + " entgegen, nicht " + String.join(", ", refused) + "."));
        }
    }

    /** The engine's user of this request: engine-rest's and the webapps' authentication filters set it. */
    private static boolean administrator() {
        Authentication user = ProcessEngines.getDefaultProcessEngine().getIdentityService().getCurrentAuthentication();
        return user != null && user.getGroupIds() != null && user.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
    }

    /** The inputs of an inquiry process task, or null for a task of another process or none at all. */
    private static List<String> inputsOf(String taskId) {
        Task task = ProcessEngines.getDefaultProcessEngine().getTaskService().createTaskQuery().taskId(taskId).singleResult();
        return task == null || task.getTaskDefinitionKey() == null ? null : InquiryProcess.TASK_INPUTS.get(task.getTaskDefinitionKey());
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

    private static Response refusal(String message) {
        return ExceptionHandlerHelper.getInstance().getResponse(new TaskCompletionRefused(message));
    }
}
