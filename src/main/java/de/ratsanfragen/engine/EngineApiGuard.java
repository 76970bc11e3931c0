package de.ratsanfragen.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;

/**
 * The gate of Camunda's engine API, in front of every resource of engine-rest ({@code /engine-rest}) and
 * of the webapps' engine API ({@code /camunda/api/engine}, which Tasklist uses): the same calls are
 * guarded in both ways in.
 * <ol>
 *   <li>which calls a user may make at all ({@link EngineCallRules}): staff only what Tasklist and the
 *       process need, nobody what starts, deploys or moves the processes around the service;</li>
 *   <li>no expression field in a query, at any depth ({@link QueryExpressions});</li>
 *   <li>a completion carries only the task form's inputs ({@link CompletionInputs}): Camunda lets
 *       whoever may complete a task set any process variable with it, e.g. {@code inquiryId} of another
 *       inquiry or {@code obOffice};</li>
 *   <li>a task shows staff only the variables of its form ({@link TaskForms}), not everything in its scope.</li>
 * </ol>
 * Refusals are German problems ({@link EngineProblems}). A JAX-RS filter ahead of resource matching,
 * registered in both Jersey applications ({@link RefusedCompletionRegistration}); Jersey creates it from
 * its class name, so it finds the engine through {@link ProcessEngines}. In the webapps' other APIs
 * (Cockpit, Admin, Tasklist's plugins), where Camunda's application grants decide, it does nothing.
 */
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public class EngineApiGuard implements ContainerRequestFilter {

    /** Largest JSON body the engine API takes: a completion with the longest answer fits many times. */
    static final int MAX_BODY_BYTES = 1_048_576;
    private static final List<String> ENGINE_APIS = List.of(WorkflowIdentity.ENGINE_REST_PATH + "/",
            WorkflowIdentity.WEBAPP_PATH + "/api/engine/");
    private static final String FORM_VARIABLES = "form-variables";
    private static final String VARIABLE_NAMES = "variableNames";

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String base = request.getUriInfo().getBaseUri().getPath();
        if (ENGINE_APIS.stream().noneMatch(base::endsWith)) {
            return;
        }
        List<String> path = EngineCallRules.normalize(request.getUriInfo().getPathSegments().stream()
                .map(PathSegment::getPath).toList());
        Authentication user = ProcessEngines.getDefaultProcessEngine().getIdentityService().getCurrentAuthentication();
        boolean administrator = user != null && user.getGroupIds() != null && user.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        EngineCallRules.Access access = EngineCallRules.access(method, path, administrator);
        boolean readsTask = readsTask(method, path);
        Task task = readsTask ? visibleTask(path.get(1)) : null;
        if (readsTask && task == null && access != EngineCallRules.Access.REFUSED_FOR_STAFF) {
            // Camunda answers some of these with 500 (deployed-form with a null pointer)
            request.abortWith(EngineProblems.notFound("Die Aufgabe „" + path.get(1) + "“ gibt es nicht (mehr), "
                    + "oder sie ist nicht für Sie bestimmt."));
            return;
        }
        Response refusal = switch (access) {
            case REFUSED -> EngineProblems.forbidden("Diese Funktion der Prozess-Engine ist abgeschaltet: Anfragen werden nur "
                    + "über den Dienst gestartet, verteilt und weitergeleitet, nicht direkt in der Engine.");
            case REFUSED_FOR_STAFF -> EngineProblems.forbidden("Diese Funktion der Prozess-Engine ist für Ihr Benutzerkonto "
                    + "nicht freigegeben. Aufgaben werden in der Tasklist im Formular der Aufgabe bearbeitet.");
            case OWN_USER -> user != null && path.size() > 1 && path.get(1).equals(user.getUserId()) ? null
                    : EngineProblems.forbidden("Das Passwort ändert jeder Benutzer nur für sich selbst.");
            case TASK_FORM_FIELDS -> administrator ? null : onlyFormFields(request, path, task);
            default -> null;
        };
        if (refusal == null) {
            refusal = checkBody(request, method, path, access);
        }
        if (refusal != null) {
            request.abortWith(refusal);
        }
    }

    /** Refuses expression fields in parameters and body, and completions with fields their form does not ask for. */
    private static Response checkBody(ContainerRequestContext request, String method, List<String> path,
                                      EngineCallRules.Access access) throws IOException {
        var parameter = QueryExpressions.inParameters(request.getUriInfo().getQueryParameters().keySet());
        if (parameter.isPresent()) {
            return EngineProblems.expression(parameter.get());
        }
        if (!hasBody(method) || multipart(request)) {
            return null;
        }
        byte[] body = readLimited(request.getEntityStream());
        if (body == null) {
            return EngineProblems.tooLarge(MAX_BODY_BYTES);
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        QueryExpressions.Result found = QueryExpressions.inBody(body);
        switch (found.finding()) {
            case EXPRESSION:
                return EngineProblems.expression(found.field());
            case TOO_DEEP:
                return EngineProblems.badRequest("Der Inhalt der Anfrage ist tiefer verschachtelt, als die Prozess-Engine "
                        + "es je braucht (höchstens " + QueryExpressions.MAX_NESTING + " Ebenen).");
            case UNREADABLE:
                if (json(request)) {
                    return EngineProblems.badRequest("Der Inhalt der Anfrage ist kein gültiges JSON.");
                }
                break;
            default:
                break;
        }
        return access == EngineCallRules.Access.TASK_INPUTS ? CompletionInputs.refusal(path.get(1), body) : null;
    }

    /**
     * A task's variables for staff: the fields of its form. {@code form-variables} is narrowed to them
     * (Tasklist asks for all); a single variable outside the form is refused.
     */
    private static Response onlyFormFields(ContainerRequestContext request, List<String> path, Task task) {
        Set<String> fields = TaskForms.fieldsOf(task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey());
        if (FORM_VARIABLES.equals(path.get(2))) {
            String asked = request.getUriInfo().getQueryParameters().getFirst(VARIABLE_NAMES);
            List<String> names = new ArrayList<>(fields);
            if (asked != null) {
                List<String> wanted = Arrays.stream(asked.split(",")).map(String::strip).toList();
                names.retainAll(wanted);
            }
            // a name no variable has: Camunda answers an empty map instead of all variables
            String narrowed = names.isEmpty() ? "-" : String.join(",", names);
            request.setRequestUri(request.getUriInfo().getBaseUri(),
                    UriBuilder.fromUri(request.getUriInfo().getRequestUri()).replaceQueryParam(VARIABLE_NAMES, narrowed).build());
            return null;
        }
        return fields.contains(path.get(3)) ? null
                : EngineProblems.forbidden("Das Feld „" + path.get(3) + "“ gehört nicht zum Formular dieser Aufgabe; "
                        + "eine Aufgabe zeigt nur die Felder ihres Formulars.");
    }

    /** A call that reads one of a task's parts ({@code task/{id}/form}, …/variables, …). */
    private static boolean readsTask(String method, List<String> path) {
        return ("GET".equals(method) || "HEAD".equals(method)) && path.size() >= 3 && "task".equals(path.get(0))
                && !"report".equals(path.get(1));
    }

    /** The task with its form, as the user may see it; {@code null} for a task that is not there for this user. */
    private static Task visibleTask(String taskId) {
        return ProcessEngines.getDefaultProcessEngine().getTaskService().createTaskQuery().taskId(taskId)
                .initializeFormKeys().singleResult();
    }

    private static boolean hasBody(String method) {
        return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method) || "DELETE".equals(method);
    }

    private static boolean multipart(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        return type != null && "multipart".equalsIgnoreCase(type.getType());
    }

    private static boolean json(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        return type == null || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("json");
    }

    /** The whole body, or {@code null} when it is larger than {@link #MAX_BODY_BYTES}. */
    private static byte[] readLimited(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }
}
