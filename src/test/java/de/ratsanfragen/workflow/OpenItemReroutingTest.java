package de.ratsanfragen.workflow;

import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.approve;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.complete;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.onlyTask;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.signOff;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.state;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.submit;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.tasks;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.triage;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import de.ratsanfragen.ServiceTestSupport;
import de.ratsanfragen.workflow.InquiryProcessScenarioTest.Submitted;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 3: the OB office routes an open item anew at any time through {@code PUT …/items/{n}/routing}
 * — the lead moves, a contributor is removed, a unit is added — with the real engine: the units that lose the item
 * see their task end with a German note and find the item on their page; what was written stays; a unit that keeps
 * its role keeps its claim and dates; nothing waits forever at a join; the item is answered and released with the
 * units of its new routing; nothing else of the inquiry changes.
 */
class OpenItemReroutingTest extends ServiceTestSupport {

    static Response reroute(String user, Submitted inquiry, int number, String tag) {
        return as(user).contentType("application/json").body(Map.of("tag", tag))
                .put("/api/inquiries/" + inquiry.id() + "/items/" + number + "/routing");
    }

    /** The inquiry as the OB office sees it. */
    static JsonPath view(Submitted inquiry) {
        return as("ob").get("/api/inquiries/" + inquiry.id()).then().statusCode(200).extract().jsonPath();
    }

    /** Everything of the inquiry but the one item: its state, its deadline and every other item as they are. */
    static Map<String, Object> allBut(Submitted inquiry, int number) {
        JsonPath view = view(inquiry);
        List<Map<String, Object>> others = view.<Map<String, Object>>getList("items").stream()
                .filter(item -> !Integer.valueOf(number).equals(item.get("number"))).toList();
        return Map.of("state", view.getString("state"), "dueDate", String.valueOf(view.getString("dueDate")), "items", others);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.TaskService taskService;
    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.HistoryService historyService;

    /** The comments on a task (ended or not), as the engine keeps them. */
    String comments(Object taskId) {
        return taskService.getTaskComments((String) taskId).stream().map(org.camunda.bpm.engine.task.Comment::getFullMessage).toList().toString();
    }

    static void claim(String user, Map<String, Object> task) {
        as(user).contentType("application/json").body(Map.of("userId", user)).post("/engine-rest/task/" + task.get("id") + "/claim")
                .then().statusCode(204);
    }

    static List<Map<String, Object>> handovers(String user, String unit) {
        return as(user).get("/api/units/" + unit + "/handovers").then().statusCode(200).extract().jsonPath().getList("$");
    }

    static String releasedResponse(Submitted inquiry) throws Exception {
        byte[] pdf = as("gruene").get("/api/inquiries/" + inquiry.id() + "/response.pdf").then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theLeadMovesToAnotherUnitWhileItsTaskIsOpen() throws Exception {
        Submitted inquiry = submit("V: D01/ A11", "V: D03/ A32");
        triage(inquiry);
        Map<String, Object> lead = onlyTask("a11", inquiry);
        Map<String, Object> other = onlyTask("a32", inquiry);
        Map<String, Object> before = allBut(inquiry, 1);

        JsonPath routing = reroute("ob", inquiry, 1, "V: D05/ A50").then().statusCode(200).extract().jsonPath();
        assertThat(routing.getString("lead")).isEqualTo("A50");

        assertThat(tasks("a11", inquiry)).as("A11 lost the item: its task ended").isEmpty();
        assertThat(comments(lead.get("id"))).contains("Frage 1 der Anfrage " + inquiry.reference(), "„V: D05/ A50“",
                "A11 ist an der Frage nicht mehr beteiligt");
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId((String) lead.get("id")).singleResult().getDeleteReason())
                .as("ended, not completed").isNotEqualTo("completed");
        Map<String, Object> moved = onlyTask("a50", inquiry);
        assertThat(moved.get("name")).isEqualTo("Frage 1 beantworten – " + inquiry.reference());
        assertThat(onlyTask("a32", inquiry)).as("the other item's task is the same task").containsEntry("id", other.get("id"))
                .containsEntry("due", other.get("due"));
        assertThat(allBut(inquiry, 1)).as("nothing else of the inquiry changed").isEqualTo(before);
        JsonPath after = view(inquiry);
        assertThat(after.getString("items[0].state")).isEqualTo("IN_PROGRESS");
        assertThat(after.getString("items[0].routing.raw")).isEqualTo("V: D05/ A50");

        List<Map<String, Object>> lost = handovers("a11", "A11").stream()
                .filter(h -> inquiry.reference().equals(h.get("reference"))).toList();
        assertThat(lost).singleElement().satisfies(h -> assertThat(h).containsEntry("item", 1).containsEntry("unit", "A11")
                .containsEntry("role", "ANSWER").containsEntry("roleLabel", "federführend").containsEntry("newRouting", "V: D05/ A50")
                .containsEntry("newLead", "A50").containsEntry("handedOverBy", "ob").containsEntry("itemText", "Frage 1 der Fraktion?"));
        assertThat(handovers("a50", "A50")).noneMatch(h -> inquiry.reference().equals(h.get("reference")));

        complete("a50", moved, Map.of("answer", "Amt 50 antwortet.")).then().statusCode(204);
        complete("a32", other, Map.of("answer", "Amt 32 antwortet.")).then().statusCode(204);
        signOff(inquiry, "d03", "d05");
        approve(inquiry);
        assertThat(state(inquiry)).isEqualTo("RELEASED");
        assertThat(releasedResponse(inquiry)).contains("Amt 50 antwortet.", "(D05/A50)", "Amt 32 antwortet.", "(D03/A32)")
                .doesNotContain("D01/A11");
    }

    @Test
    void aContributorRemovedAfterItContributedLeavesItsContributionAndTheConsultedUnitKeepsItsTask() throws Exception {
        Submitted inquiry = submit("V: D01/ A11// D03/ A32 in Abstimmung mit D05");
        triage(inquiry);
        complete("a32", onlyTask("a32", inquiry), Map.of("answer", "Beitrag von Amt 32.")).then().statusCode(204);
        Map<String, Object> comment = onlyTask("d05", inquiry);
        claim("d05", comment);
        String dueBefore = view(inquiry).getString("dueDate");

        reroute("ob", inquiry, 1, "V: D01/ A11 in Abstimmung mit D05").then().statusCode(200);

        Map<String, Object> kept = onlyTask("d05", inquiry);
        assertThat(kept.get("name")).isEqualTo("Stellungnahme zu Frage 1 – " + inquiry.reference());
        assertThat(kept).as("claimed and due as before").containsEntry("assignee", "d05").containsEntry("due", comment.get("due"))
                .containsEntry("followUp", comment.get("followUp"));
        assertThat(comments(comment.get("id"))).contains("D05 bleibt beteiligt");
        assertThat(tasks("a32", inquiry)).isEmpty();
        assertThat(tasks("a11", inquiry)).as("the lead waits for the comment").isEmpty();
        assertThat(handovers("a32", "A32")).filteredOn(h -> inquiry.reference().equals(h.get("reference")))
                .singleElement().satisfies(h -> assertThat(h).containsEntry("role", "CONTRIBUTION").containsEntry("newLead", "A11"));
        assertThat(handovers("d05", "D05")).noneMatch(h -> inquiry.reference().equals(h.get("reference")));

        complete("d05", kept, Map.of("answer", "Dezernat 05 stimmt zu.")).then().statusCode(204);
        Map<String, Object> lead = onlyTask("a11", inquiry);
        String written = as("a11").get("/engine-rest/task/" + lead.get("id") + "/variables/contributionsText")
                .then().statusCode(200).extract().path("value");
        assertThat(written).contains("A32 (Beitrag): Beitrag von Amt 32.", "D05 (Stellungnahme): Dezernat 05 stimmt zu.");
        complete("a11", lead, Map.of("answer", "Zusammengeführt mit dem Beitrag von Amt 32.")).then().statusCode(204);

        signOff(inquiry, "d01");
        approve(inquiry);
        assertThat(view(inquiry).getString("dueDate")).isEqualTo(dueBefore);
        assertThat(releasedResponse(inquiry)).contains("Zusammengeführt mit dem Beitrag von Amt 32.", "(D01/A11)")
                .doesNotContain("D03/A32");
    }

    @Test
    void aUnitAddedWhileTheLeadAnswersContributesFirstAndTheLeadAnswersThen() throws Exception {
        Submitted inquiry = submit("V: D01/ A11// D03/ A32", "V: D05/ A50");
        triage(inquiry);
        complete("a32", onlyTask("a32", inquiry), Map.of("answer", "Beitrag von Amt 32.")).then().statusCode(204);
        Map<String, Object> lead = tasks("a11", inquiry).get(0);
        claim("a11", lead);
        Map<String, Object> before = allBut(inquiry, 1);

        reroute("ob", inquiry, 1, "V: D01/ A11// D03/ A32// D05/ A40").then().statusCode(200);

        assertThat(tasks("a11", inquiry)).as("the lead waits for the new contribution").isEmpty();
        assertThat(comments(lead.get("id"))).contains("A11 bleibt beteiligt");
        assertThat(tasks("a32", inquiry)).as("A32 gave its contribution in this round: not asked again").isEmpty();
        Map<String, Object> added = onlyTask("a40", inquiry);
        assertThat(added.get("name")).isEqualTo("Beitrag zu Frage 1 – " + inquiry.reference());
        assertThat(allBut(inquiry, 1)).isEqualTo(before);
        assertThat(handovers("a11", "A11")).noneMatch(h -> inquiry.reference().equals(h.get("reference")));

        complete("a40", added, Map.of("answer", "Beitrag von Amt 40.")).then().statusCode(204);
        Map<String, Object> again = onlyTask("a11", inquiry);
        String written = as("a11").get("/engine-rest/task/" + again.get("id") + "/variables/contributionsText")
                .then().statusCode(200).extract().path("value");
        assertThat(written).contains("A32 (Beitrag): Beitrag von Amt 32.", "A40 (Beitrag): Beitrag von Amt 40.");
        complete("a11", again, Map.of("answer", "Antwort mit zwei Beiträgen.")).then().statusCode(204);
        complete("a50", onlyTask("a50", inquiry), Map.of("answer", "Antwort von Amt 50.")).then().statusCode(204);

        signOff(inquiry, "d01", "d03", "d05");
        approve(inquiry);
        assertThat(state(inquiry)).isEqualTo("RELEASED");
        assertThat(releasedResponse(inquiry)).contains("Antwort mit zwei Beiträgen.", "(D01/A11, D03/A32, D05/A40)",
                "Antwort von Amt 50.");
    }

    @Test
    void anItemDeclinedWhileAnotherUnitStillCommentsIsRoutedAnewAtOnce() {
        Submitted inquiry = submit("V: D01/ A11// D03/ A32 in Abstimmung mit D05");
        triage(inquiry);
        complete("a32", onlyTask("a32", inquiry), Map.of("declined", true, "declineReason", "Nicht unsere Sache.")).then().statusCode(204);
        Map<String, Object> comment = onlyTask("d05", inquiry);

        reroute("ob", inquiry, 1, "V: D01/ A11// D05/ A50").then().statusCode(200);

        assertThat(tasks("d05", inquiry)).as("D05 is no longer consulted").isEmpty();
        assertThat(comments(comment.get("id"))).contains("D05 ist an der Frage nicht mehr beteiligt");
        complete("a50", onlyTask("a50", inquiry), Map.of("answer", "Beitrag von Amt 50.")).then().statusCode(204);
        assertThat(onlyTask("a11", inquiry).get("name")).isEqualTo("Frage 1 beantworten – " + inquiry.reference());
        assertThat(handovers("a32", "A32")).filteredOn(h -> inquiry.reference().equals(h.get("reference"))).singleElement()
                .satisfies(h -> assertThat(h).containsEntry("role", "CONTRIBUTION"));
    }
}
