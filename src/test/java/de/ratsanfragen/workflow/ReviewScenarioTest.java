package de.ratsanfragen.workflow;

import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.complete;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.onlyTask;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.signOff;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.state;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.submit;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.tasks;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.triage;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import de.ratsanfragen.ServiceTestSupport;
import de.ratsanfragen.workflow.InquiryProcessScenarioTest.Submitted;
import io.restassured.path.json.JsonPath;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, points 4 and 5 with the real engine: a Dezernat sends one item back to one unit with its own
 * comment (only that unit is asked again, its earlier text filled in), and the OB office changes the wording of
 * an answer in approval (kept with who and when; the response prints the new text; the unit sees the change).
 */
class ReviewScenarioTest extends ServiceTestSupport {

    static String formValue(String user, Map<String, Object> task, String variable) {
        return as(user).get("/engine-rest/task/" + task.get("id") + "/form-variables").then().statusCode(200)
                .extract().path(variable + ".value");
    }

    static void decide(String user, Submitted inquiry, String body, int status) {
        as(user).contentType("application/json").body(body).post("/api/inquiries/" + inquiry.id() + "/review/decision")
                .then().statusCode(status);
    }

    @Test
    void aDezernatReturnsOneItemToOneUnitWhichFindsItsEarlierTextAndTheComment() {
        Submitted inquiry = submit("V: D01/ A11// D03/ A32 in Abstimmung mit D05", "V: D01/ A17");
        triage(inquiry);
        String contribution = "Die Ausländerbehörde hat 27 von 40 Stellen besetzt.";
        String statement = "Dezernat 05 stimmt zu.";
        String answer = "Zusammengeführte Antwort zu Frage 1.";
        complete("a32", onlyTask("a32", inquiry), Map.of("answer", contribution)).then().statusCode(204);
        complete("d05", onlyTask("d05", inquiry), Map.of("answer", statement)).then().statusCode(204);
        complete("a11", onlyTask("a11", inquiry), Map.of("answer", answer)).then().statusCode(204);
        complete("a17", onlyTask("a17", inquiry), Map.of("answer", "Antwort von Amt 17.")).then().statusCode(204);
        signOff(inquiry, "d03");

        // D01 reviews its own items (1 and 2) and sends item 1 back to A32 alone
        JsonPath sheet = as("d01").get("/api/inquiries/" + inquiry.id() + "/review").then().statusCode(200).extract().jsonPath();
        assertThat(sheet.getString("step")).isEqualTo("SIGN_OFF");
        assertThat(sheet.getList("items.number", Integer.class)).containsExactly(1, 2);
        assertThat(sheet.getList("items[0].units.code", String.class)).containsExactly("A11", "A32", "D05");
        assertThat(sheet.getString("draftPdf")).isEqualTo("/anfragen/" + inquiry.id() + "/antwort.pdf?draft=true");
        String comment = "Bitte die Fallzahlen 2024 ergänzen.";
        decide("d01", inquiry, "{\"approve\": false, \"returns\": [{\"number\": 1, \"comment\": \"" + comment
                + "\", \"units\": [\"A32\"]}]}", 204);

        assertThat(state(inquiry)).isEqualTo("IN_PROGRESS");
        assertThat(tasks("d05", inquiry)).as("D05 was not chosen").isEmpty();
        assertThat(tasks("a17", inquiry)).as("item 2 was not sent back").isEmpty();
        assertThat(tasks("a11", inquiry)).as("the lead waits for A32").isEmpty();
        Map<String, Object> again = onlyTask("a32", inquiry);
        assertThat(again.get("taskDefinitionKey")).isEqualTo(InquiryProcess.TASK_CONTRIBUTE);
        assertThat(formValue("a32", again, "answer")).as("its own earlier contribution").isEqualTo(contribution);
        assertThat(formValue("a32", again, "reworkComment")).as("who sent it back, and why").isEqualTo("D01: " + comment);

        complete("a32", again, Map.of("answer", contribution + " Fallzahlen 2024: 118.")).then().statusCode(204);
        Map<String, Object> lead = onlyTask("a11", inquiry);
        assertThat(formValue("a11", lead, "answer")).as("the lead's answer so far").isEqualTo(answer);
        assertThat(formValue("a11", lead, "reworkComment")).isEqualTo("D01: " + comment);
        assertThat(formValue("a11", lead, "contributionsText")).contains("Fallzahlen 2024: 118.")
                .as("the other units' parts only: its own answer is in its answer field").doesNotContain(answer).doesNotContain("A11 (");
        complete("a11", lead, Map.of("answer", answer + " Mit Fallzahlen.")).then().statusCode(204);

        assertThat(state(inquiry)).isEqualTo("IN_SIGN_OFF");
        decide("d01", inquiry, "{\"approve\": true}", 204);
        decide("d03", inquiry, "{\"approve\": true}", 204);
        assertThat(state(inquiry)).isEqualTo("IN_APPROVAL");
    }

    @Test
    void theObOfficeChangesTheWordingOfAnAnswerInApprovalAndTheUnitSeesIt() throws Exception {
        Submitted inquiry = submit("V: D01/ A11");
        triage(inquiry);
        String written = "Es wurden 12 Schulungen angeboten.";
        String corrected = "Es wurden zwölf Schulungen angeboten, davon acht in Präsenz.";
        complete("a11", onlyTask("a11", inquiry), Map.of("answer", written)).then().statusCode(204);
        signOff(inquiry, "d01");

        as("ob").contentType("application/json").body(Map.of("text", corrected))
                .put("/api/inquiries/" + inquiry.id() + "/items/1/answer").then().statusCode(200);

        JsonPath seen = as("a11").get("/api/inquiries/" + inquiry.id() + "/items/1/answer").then().statusCode(200)
                .extract().jsonPath();
        assertThat(seen.getString("answer")).isEqualTo(corrected);
        assertThat(seen.getList("edits")).hasSize(1);
        assertThat(seen.getString("edits[0].oldText")).isEqualTo(written);
        assertThat(seen.getString("edits[0].newText")).isEqualTo(corrected);
        assertThat(seen.getString("edits[0].editedBy")).isEqualTo("ob");
        assertThat(seen.getString("edits[0].editedAt")).isNotBlank();
        assertThat(as("a11").get("/anfragen/" + inquiry.id() + "/durchsicht").then().statusCode(200).extract().asString())
                .as("the unit's review page shows the change").contains("vorher: " + written, "nachher: " + corrected);

        decide("ob", inquiry, "{\"approve\": true}", 204);
        assertThat(state(inquiry)).isEqualTo("RELEASED");
        byte[] docx = as("a11").get("/api/inquiries/" + inquiry.id() + "/response.docx").then().statusCode(200).extract().asByteArray();
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(text.getText()).contains(corrected).doesNotContain(written);
        }
        List<Map<String, Object>> log = as("admin").get("/engine-rest/history/user-operation?processInstanceBusinessKey=" + inquiry.id()
                + "&operationType=Complete").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(log).as("the page's decision is logged with its user").anySatisfy(entry -> assertThat(entry.get("userId")).isEqualTo("ob"));
    }
}
