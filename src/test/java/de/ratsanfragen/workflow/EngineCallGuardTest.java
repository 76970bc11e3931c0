package de.ratsanfragen.workflow;

import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.onlyTask;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.state;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.submit;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.triage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import de.ratsanfragen.ServiceTestSupport;
import de.ratsanfragen.WebappSession;
import de.ratsanfragen.workflow.InquiryProcessScenarioTest.Submitted;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, point 2: a unit threw a BPMN error with variables on its own task, named itself the OB office
 * and released the inquiry. Every engine call that writes a variable, moves a token, correlates a message
 * or signal, starts or deploys a process is refused for staff — through engine-rest and through Tasklist's
 * engine API — and nothing changes; the few that nobody needs are refused for administrators too.
 */
class EngineCallGuardTest extends ServiceTestSupport {

    private static final String FORGED = "{\"modifications\": {\"obOffice\": {\"value\": \"A11\", \"type\": \"String\"}}}";
    private static final String FORGED_VALUE = "{\"value\": \"A11\", \"type\": \"String\"}";
    private static final String FORGED_VARIABLES = "{\"variables\": {\"obOffice\": {\"value\": \"A11\", \"type\": \"String\"}}";

    /** A call: method, path below the engine API (with {task}, {execution}, {instance}, {key}), body. */
    record Call(String method, String path, String body) {
        String resolve(Map<String, String> ids) {
            String resolved = path;
            for (Map.Entry<String, String> id : ids.entrySet()) {
                resolved = resolved.replace("{" + id.getKey() + "}", id.getValue());
            }
            return resolved;
        }
    }

    /** Every way found to write a variable, move a token or act around the process; none is for staff. */
    static final List<Call> WRITING_CALLS = List.of(
            new Call("POST", "task/{task}/bpmnError", "{\"errorCode\": \"x\", " + FORGED_VARIABLES.substring(1) + "}"),
            new Call("POST", "task/{task}/bpmnEscalation", "{\"escalationCode\": \"x\", " + FORGED_VARIABLES.substring(1) + "}"),
            new Call("PUT", "task/{task}/variables/obOffice", FORGED_VALUE),
            new Call("POST", "task/{task}/variables", FORGED),
            new Call("DELETE", "task/{task}/variables/reference", null),
            new Call("PUT", "task/{task}/localVariables/obOffice", FORGED_VALUE),
            new Call("POST", "task/{task}/localVariables", FORGED),
            new Call("POST", "task/{task}/resolve", FORGED_VARIABLES + "}"),
            new Call("PUT", "task/{task}", "{\"name\": \"Umbenannt\", \"assignee\": \"a11\"}"),
            new Call("POST", "task/{task}/assignee", "{\"userId\": \"a32\"}"),
            new Call("POST", "task/{task}/delegate", "{\"userId\": \"a32\"}"),
            new Call("POST", "task/{task}/identity-links", "{\"groupId\": \"A32\", \"type\": \"candidate\"}"),
            new Call("POST", "task/create", "{\"name\": \"Eigene Aufgabe\"}"),
            new Call("POST", "execution/{execution}/localVariables", FORGED),
            new Call("PUT", "execution/{execution}/localVariables/obOffice", FORGED_VALUE),
            new Call("POST", "execution/{execution}/signal", FORGED_VARIABLES + "}"),
            new Call("POST", "execution/{instance}/messageSubscriptions/msg_inquiry_withdrawn/trigger", "{}"),
            new Call("POST", "process-instance/{instance}/variables", FORGED),
            new Call("PUT", "process-instance/{instance}/variables/obOffice", FORGED_VALUE),
            new Call("DELETE", "process-instance/{instance}/variables/obOffice", null),
            new Call("POST", "process-instance/{instance}/modification",
                    "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"task_approve\"}]}"),
            new Call("PUT", "process-instance/{instance}/suspended", "{\"suspended\": true}"),
            new Call("DELETE", "process-instance/{instance}", null),
            new Call("POST", "message", "{\"messageName\": \"msg_inquiry_withdrawn\", \"businessKey\": \"{key}\"}"),
            new Call("POST", "signal", "{\"name\": \"irgendwas\"}"),
            new Call("POST", "process-definition/key/process_inquiry/start", "{\"businessKey\": \"{key}\", " + FORGED_VARIABLES.substring(1) + "}"),
            new Call("POST", "process-definition/key/process_inquiry/submit-form", "{}"),
            new Call("POST", "external-task/fetchAndLock", "{\"workerId\": \"w\", \"maxTasks\": 1, \"topics\": []}"),
            new Call("POST", "condition", "{\"variables\": {}}"),
            new Call("POST", "identity/verify", "{\"username\": \"ob\", \"password\": \"geraten\"}"),
            new Call("POST", "filter/create", "{\"resourceType\": \"Task\", \"name\": \"Alle\", \"query\": {}}"),
            new Call("POST", "job/{instance}/execute", null),
            new Call("POST", "user/create", "{\"profile\": {\"id\": \"neu\"}, \"credentials\": {\"password\": \"x\"}}"),
            new Call("PUT", "group/A11/members/a32", null),
            // issue 13: the re-routing of an open item is the service's own message, never correlated from outside
            new Call("POST", "execution/{execution}/messageSubscriptions/msg_item_rerouted/trigger", "{}"),
            new Call("POST", "message", "{\"messageName\": \"msg_item_rerouted\", \"businessKey\": \"{key}\", \"all\": true}"));

    /** Calls nobody makes through the engine API, administrators included. */
    static final List<Call> NOBODYS_CALLS = List.of(WRITING_CALLS.get(0), WRITING_CALLS.get(1), WRITING_CALLS.get(15),
            WRITING_CALLS.get(16), WRITING_CALLS.get(20), WRITING_CALLS.get(23), WRITING_CALLS.get(24), WRITING_CALLS.get(25),
            WRITING_CALLS.get(27), WRITING_CALLS.get(29), WRITING_CALLS.get(WRITING_CALLS.size() - 2),
            WRITING_CALLS.get(WRITING_CALLS.size() - 1));

    private Submitted inquiry;
    private Map<String, String> ids;

    @BeforeEach
    void anAnswerTaskOfA11() {
        inquiry = submit("V: D01/ A11");
        triage(inquiry);
        Map<String, Object> task = onlyTask("a11", inquiry);
        ids = Map.of("task", (String) task.get("id"), "execution", (String) task.get("executionId"),
                "instance", (String) task.get("processInstanceId"), "key", inquiry.id());
    }

    private static Response send(RequestSpecification request, Call call, String url) {
        RequestSpecification spec = request.contentType("application/json");
        if (call.body() != null) {
            spec = spec.body(call.body());
        }
        return spec.request(call.method(), url);
    }

    private void assertAllRefused(List<Call> calls, RequestSpecification caller, String prefix, String who) {
        for (Call call : calls) {
            Response answer = send(caller, call, prefix + call.resolve(ids));
            assertThat(answer.statusCode()).as("%s %s %s", who, call.method(), call.path()).isEqualTo(403);
            assertThat(answer.contentType()).as("%s %s", who, call.path()).contains("application/problem+json");
            assertThat(answer.jsonPath().getString("detail")).as("%s %s", who, call.path())
                    .containsAnyOf("nicht freigegeben", "abgeschaltet");
        }
    }

    /** Nothing happened: the task is open, the OB office is the OB office, the inquiry runs, unsuspended. */
    private void assertNothingChanged() {
        as("a11").get("/engine-rest/task/" + ids.get("task")).then().statusCode(200).body("name", containsString("Frage 1"));
        as("admin").get("/engine-rest/process-instance/" + ids.get("instance") + "/variables/obOffice").then()
                .statusCode(200).body("value", equalTo("OB"));
        as("admin").get("/engine-rest/process-instance/" + ids.get("instance")).then().statusCode(200)
                .body("suspended", equalTo(false));
        assertThat(state(inquiry)).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aUnitWritesNoVariableAndMovesNoTokenThroughEngineRest() {
        assertAllRefused(WRITING_CALLS, as("a11"), "/engine-rest/", "a11");
        assertNothingChanged();
    }

    @Test
    void aUnitWritesNoVariableAndMovesNoTokenThroughTasklist() {
        WebappSession session = WebappSession.login("tasklist", "a11", DEMO_PASSWORD).readyForChanges();
        assertAllRefused(WRITING_CALLS, session.request(), "/camunda/api/engine/engine/default/", "a11 in Tasklist");
        assertNothingChanged();
    }

    @Test
    void theObOfficeAndDezernateAreStaffLikeEveryUnit() {
        assertAllRefused(WRITING_CALLS, as("ob"), "/engine-rest/", "ob");
        assertAllRefused(WRITING_CALLS, as("d01"), "/engine-rest/engine/default/", "d01");
        assertNothingChanged();
    }

    @Test
    void evenAnAdministratorNeitherStartsNorMovesTheProcessAroundTheService() {
        assertAllRefused(NOBODYS_CALLS, as("admin"), "/engine-rest/", "admin");
        WebappSession cockpit = WebappSession.login("cockpit", "admin", DEMO_PASSWORD).readyForChanges();
        assertAllRefused(NOBODYS_CALLS, cockpit.request(), "/camunda/api/engine/engine/default/", "admin in Cockpit");
        assertNothingChanged();
        // what operators need stays: reading the instance's variables in Cockpit
        cockpit.request().get("/camunda/api/engine/engine/default/process-instance/" + ids.get("instance") + "/variables")
                .then().statusCode(200).body("obOffice.value", equalTo("OB"));
    }

    @Test
    void pathsWrittenDifferentlyAreTheSameCall() {
        String task = ids.get("task");
        for (String path : List.of("/engine-rest/task/" + task + "/bpmnError/", "/engine-rest//task//" + task + "/bpmnError",
                "/engine-rest/task/" + task + "/bpmnError;x=y", "/engine-rest/engine/default/task/" + task + "/bpmnError",
                "/engine-rest/task/" + task + "/BPMNERROR", "/engine-rest/task/" + task + "/%62pmnError")) {
            int status = as("a11").contentType("application/json").body("{\"errorCode\": \"x\", " + FORGED_VARIABLES.substring(1) + "}")
                    .post(path).statusCode();
            // refused by the guard, by Spring's firewall (400 for "//") or unknown to Jersey: never executed
            assertThat(status).as(path).isIn(400, 403, 404);
        }
        assertNothingChanged();
    }

    @Test
    void whatTasklistNeedsStillWorks() {
        String task = ids.get("task");
        as("a11").contentType("application/json").body("{\"userId\": \"a11\"}").post("/engine-rest/task/" + task + "/claim").then().statusCode(204);
        as("a11").get("/engine-rest/task/" + task + "/form").then().statusCode(200);
        as("a11").get("/engine-rest/task/" + task + "/deployed-form").then().statusCode(200);
        as("a11").get("/engine-rest/task/" + task + "/identity-links").then().statusCode(200);
        as("a11").get("/engine-rest/history/user-operation?taskId=" + task).then().statusCode(200);
        as("a11").get("/engine-rest/user/a11/profile").then().statusCode(200).body("id", equalTo("a11"));
        as("a11").options("/engine-rest/filter").then().statusCode(200);
    }
}
