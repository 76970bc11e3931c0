package de.ratsanfragen.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which calls of Camunda's engine API (engine-rest and the webapps' engine API, the same resources)
 * a user may make, decided before Camunda sees the request. Camunda 7.24 CE gets no more security
 * fixes, so the service does not rely on Camunda's authorizations alone:
 * <ul>
 *   <li>staff who are not administrators (units, Dezernate, the OB office) may make exactly the calls
 *       Tasklist and the documented scripts need — read their tasks and filters, claim, complete with
 *       the form's fields, read their profile and change their own password; everything else
 *       is refused, in particular every call that writes variables, moves a token, throws BPMN errors or
 *       escalations, correlates messages or signals, or changes a user or group;</li>
 *   <li>nobody, administrators included, may start the inquiry processes, deploy, move tokens, correlate
 *       messages or signals, throw BPMN errors or escalations, work external tasks or CMMN cases, evaluate
 *       conditions or decisions, or check passwords through the engine API: the processes are started,
 *       deployed and moved on by the service only, and passwords are checked at the login, which is throttled.</li>
 * </ul>
 * Paths are compared segment by segment (matrix parameters and empty segments dropped, a named engine's
 * prefix {@code engine/{name}} removed), so there is no pattern that a longer or differently cased path
 * could slip past: whatever is not listed for staff is refused.
 */
final class EngineCallRules {

    /** What may happen with a call. */
    enum Access {
        /** Camunda's authorizations decide. */
        ALLOWED,
        /** Allowed, reading only the variables the task's form shows. */
        TASK_FORM_FIELDS,
        /** Allowed, carrying only the task form's input fields ({@link CompletionInputs}). */
        TASK_INPUTS,
        /** Allowed for one's own user id only. */
        OWN_USER,
        /** Not for staff without administration rights. */
        REFUSED_FOR_STAFF,
        /** For nobody. */
        REFUSED
    }

    /** One permitted call: method and path, {@code *} standing for exactly one segment. */
    private record Rule(String method, List<String> path, Access access) {

        static Rule of(String method, String path, Access access) {
            return new Rule(method, Arrays.asList(path.split("/")), access);
        }

        boolean matches(String requestMethod, List<String> segments) {
            if (!method.equals(requestMethod) || path.size() != segments.size()) {
                return false;
            }
            for (int i = 0; i < path.size(); i++) {
                if (!"*".equals(path.get(i)) && !path.get(i).equals(segments.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final String GET = "GET";
    private static final String POST = "POST";
    private static final String PUT = "PUT";

    /** What staff may call: Tasklist's calls (read off a browser working through an inquiry) and the README's. */
    private static final List<Rule> STAFF = List.of(
            Rule.of(GET, "engine", Access.ALLOWED),
            Rule.of(GET, "version", Access.ALLOWED),
            Rule.of(GET, "task", Access.ALLOWED),
            Rule.of(POST, "task", Access.ALLOWED),
            Rule.of(GET, "task/count", Access.ALLOWED),
            Rule.of(POST, "task/count", Access.ALLOWED),
            Rule.of(GET, "task/*", Access.ALLOWED),
            Rule.of(GET, "task/*/form", Access.ALLOWED),
            Rule.of(GET, "task/*/deployed-form", Access.ALLOWED),
            Rule.of(GET, "task/*/rendered-form", Access.ALLOWED),
            Rule.of(GET, "task/*/form-variables", Access.TASK_FORM_FIELDS),
            Rule.of(GET, "task/*/variables/*", Access.TASK_FORM_FIELDS),
            Rule.of(GET, "task/*/variables/*/data", Access.TASK_FORM_FIELDS),
            Rule.of(GET, "task/*/identity-links", Access.ALLOWED),
            Rule.of(GET, "task/*/comment", Access.ALLOWED),
            Rule.of(GET, "task/*/comment/*", Access.ALLOWED),
            Rule.of(POST, "task/*/claim", Access.ALLOWED),
            Rule.of(POST, "task/*/unclaim", Access.ALLOWED),
            Rule.of(POST, "task/*/complete", Access.TASK_INPUTS),
            Rule.of(POST, "task/*/submit-form", Access.TASK_INPUTS),
            Rule.of(GET, "filter", Access.ALLOWED),
            Rule.of(GET, "filter/count", Access.ALLOWED),
            Rule.of(GET, "filter/*", Access.ALLOWED),
            Rule.of(GET, "filter/*/list", Access.ALLOWED),
            Rule.of(POST, "filter/*/list", Access.ALLOWED),
            Rule.of(GET, "filter/*/count", Access.ALLOWED),
            Rule.of(POST, "filter/*/count", Access.ALLOWED),
            Rule.of(GET, "filter/*/singleResult", Access.ALLOWED),
            Rule.of(POST, "filter/*/singleResult", Access.ALLOWED),
            Rule.of(GET, "process-definition/*", Access.ALLOWED),
            Rule.of(GET, "process-definition/*/xml", Access.ALLOWED),
            Rule.of(GET, "history/user-operation", Access.ALLOWED),
            Rule.of(GET, "history/user-operation/count", Access.ALLOWED),
            Rule.of(GET, "user/*/profile", Access.ALLOWED),
            Rule.of(PUT, "user/*/credentials", Access.OWN_USER),
            Rule.of(GET, "group", Access.ALLOWED),
            Rule.of(POST, "group", Access.ALLOWED),
            Rule.of(GET, "group/count", Access.ALLOWED),
            Rule.of(POST, "group/count", Access.ALLOWED),
            Rule.of(GET, "identity/groups", Access.ALLOWED),
            Rule.of(GET, "identity/password-policy", Access.ALLOWED),
            Rule.of(POST, "identity/password-policy", Access.ALLOWED));

    /** Resources of which no change is made through the engine API by anyone (first segment). */
    private static final List<String> NO_CHANGES = List.of("deployment", "message", "signal", "condition", "migration",
            "modification", "external-task", "case-definition", "case-instance", "case-execution", "decision-definition",
            "decision-requirements-definition");

    /** Calls nobody makes (the last segment), wherever they stand: tokens, errors, starts, password checks. */
    private static final List<String> NO_CALLS = List.of("bpmnerror", "bpmnescalation", "start", "submit-form", "restart",
            "restart-async", "modification", "modification-async", "message-async", "signal", "trigger", "resolve", "verify");

    private EngineCallRules() {
    }

    /**
     * What may happen with this call.
     *
     * @param method        the HTTP method
     * @param segments      the path below the API's root, normalized ({@link #normalize})
     * @param administrator whether the caller is in Camunda's admin group
     */
    static Access access(String method, List<String> segments, boolean administrator) {
        if ("OPTIONS".equals(method)) {
            return Access.ALLOWED;
        }
        if (refusedForEveryone(method, segments)) {
            return Access.REFUSED;
        }
        String asGet = "HEAD".equals(method) ? GET : method;
        for (Rule rule : STAFF) {
            if (rule.matches(asGet, segments)) {
                return rule.access();
            }
        }
        return administrator ? Access.ALLOWED : Access.REFUSED_FOR_STAFF;
    }

    private static boolean refusedForEveryone(String method, List<String> segments) {
        if (GET.equals(method) || "HEAD".equals(method) || segments.isEmpty()) {
            return false;
        }
        String first = segments.get(0).toLowerCase(Locale.ROOT);
        String last = segments.get(segments.size() - 1).toLowerCase(Locale.ROOT);
        boolean completingTask = "task".equals(first) && "submit-form".equals(last);
        return NO_CHANGES.contains(first) || NO_CALLS.contains(last) && !completingTask;
    }

    /**
     * The path below the API's root as the engine's resources see it: empty segments and matrix
     * parameters are already gone (JAX-RS path segments), a named engine's prefix {@code engine/{name}}
     * is removed, so {@code engine/default/task/1} and {@code task/1} are the same call.
     */
    static List<String> normalize(List<String> segments) {
        List<String> path = segments.stream().filter(segment -> !segment.isEmpty()).toList();
        if (path.size() >= 2 && "engine".equals(path.get(0))) {
            return path.subList(2, path.size());
        }
        return path;
    }
}
