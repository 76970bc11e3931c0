package de.ratsanfragen.workflow;

import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.complete;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.onlyTask;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.signOff;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.submit;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.triage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import de.ratsanfragen.ServiceTestSupport;
import de.ratsanfragen.WebappSession;
import de.ratsanfragen.workflow.InquiryProcessScenarioTest.Submitted;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, point 8: a unit reworking an item read every other unit's answer in the {@code itemsOverview}
 * variable, because the approval's overview lay in the inquiry's scope. The overview is now the OB office's
 * task's own, and every task gives staff only the variables of its form.
 */
class TaskFormFieldsTest extends ServiceTestSupport {

    private static final String ANSWER_OF_A32 = "Die Ausländerbehörde berät in drei Sprachen (nur für das Bürgermeisterbüro).";

    @Test
    void aUnitReworkingAnItemReadsNoOtherUnitsAnswer() {
        Submitted inquiry = submit("V: D01/ A11", "V: D03/ A32");
        triage(inquiry);
        complete("a11", onlyTask("a11", inquiry), Map.of("answer", "Antwort von A11.")).then().statusCode(204);
        complete("a32", onlyTask("a32", inquiry), Map.of("answer", ANSWER_OF_A32)).then().statusCode(204);
        signOff(inquiry, "d01", "d03");
        Map<String, Object> approval = onlyTask("ob", inquiry);
        // the OB office sees every answer on its approval task
        as("ob").get("/engine-rest/task/" + approval.get("id") + "/form-variables").then().statusCode(200)
                .body("itemsOverview.value", containsString(ANSWER_OF_A32));
        complete("ob", approval, Map.of("approved", false, "returnItems", "1", "comment", "Bitte Zahlen ergänzen."))
                .then().statusCode(204);

        String rework = (String) onlyTask("a11", inquiry).get("id");
        String viaRest = as("a11").get("/engine-rest/task/" + rework + "/form-variables").then().statusCode(200)
                .extract().asString();
        WebappSession tasklist = WebappSession.login("tasklist", "a11", DEMO_PASSWORD);
        String viaTasklist = tasklist.request()
                .get("/camunda/api/engine/engine/default/task/" + rework + "/form-variables?deserializeValues=false")
                .then().statusCode(200).extract().asString();
        String asked = as("a11").get("/engine-rest/task/" + rework + "/form-variables?variableNames=itemsOverview,obOffice,itemText")
                .then().statusCode(200).extract().asString();

        for (String seen : new String[] {viaRest, viaTasklist, asked}) {
            assertThat(seen).doesNotContain(ANSWER_OF_A32).doesNotContain("itemsOverview").doesNotContain("obOffice")
                    .doesNotContain("inquiryId");
        }
        assertThat(viaRest).contains("reworkComment", "Bitte Zahlen ergänzen.", "itemText");
        assertThat(asked).contains("itemText");
    }

    @Test
    void aSingleVariableIsReadOnlyWhenTheFormShowsIt() {
        Submitted inquiry = submit("V: D01/ A11");
        triage(inquiry);
        String task = (String) onlyTask("a11", inquiry).get("id");

        as("a11").get("/engine-rest/task/" + task + "/variables/itemText").then().statusCode(200);
        as("a11").get("/engine-rest/task/" + task + "/variables/obOffice").then().statusCode(403)
                .body("detail", containsString("gehört nicht zum Formular"));
        as("a11").get("/engine-rest/task/" + task + "/variables/inquiryId").then().statusCode(403);
        // all of a task's variables at once: only through its form
        as("a11").get("/engine-rest/task/" + task + "/variables").then().statusCode(403);
        as("a11").get("/engine-rest/task/" + task + "/localVariables").then().statusCode(403);
        // an administrator keeps the operator's view
        as("admin").get("/engine-rest/task/" + task + "/variables/obOffice").then().statusCode(200);
    }
}
