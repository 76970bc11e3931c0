package de.ratsanfragen.workflow;

import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.complete;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.onlyTask;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.signOff;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.state;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.submit;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.triage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import de.ratsanfragen.ServiceTestSupport;
import de.ratsanfragen.workflow.InquiryProcessScenarioTest.Submitted;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Issue 13, points 4 and 5: every bad review request is refused with a German problem, and nothing changes. */
class ReviewApiTest extends ServiceTestSupport {

    private static final String FIRST = "Antwort von Amt 11.";

    /** Two items of D01, answered, in D01's sign-off. */
    private static Submitted inSignOff() {
        Submitted inquiry = submit("V: D01/ A11", "V: D01/ A17");
        triage(inquiry);
        complete("a11", onlyTask("a11", inquiry), Map.of("answer", FIRST)).then().statusCode(204);
        complete("a17", onlyTask("a17", inquiry), Map.of("answer", "Antwort von Amt 17.")).then().statusCode(204);
        return inquiry;
    }

    private static ValidatableResponse decide(String user, Submitted inquiry, String body) {
        return as(user).contentType("application/json").body(body).post("/api/inquiries/" + inquiry.id() + "/review/decision").then();
    }

    private static ValidatableResponse edit(String user, Submitted inquiry, int number, String text) {
        return as(user).contentType("application/json").body(Map.of("text", text))
                .put("/api/inquiries/" + inquiry.id() + "/items/" + number + "/answer").then();
    }

    private static void refused(ValidatableResponse response, int status, String detail) {
        response.statusCode(status).contentType("application/problem+json").body("detail", containsString(detail));
    }

    @Test
    void aReturnWithoutCommentToAUnitNotOnTheItemOrByAnotherRoleChangesNothing() {
        Submitted inquiry = inSignOff();
        Object task = onlyTask("d01", inquiry).get("id");

        refused(decide("d01", inquiry, "{\"approve\": false, \"returns\": [{\"number\": 1, \"comment\": \" \", \"units\": [\"A11\"]}]}"),
                400, "Kommentar");
        refused(decide("d01", inquiry, "{\"approve\": false, \"returns\": [{\"number\": 1, \"comment\": \"Bitte ergänzen.\", "
                + "\"units\": [\"A32\"]}]}"), 400, "„A32“ ist an Frage 1");
        refused(decide("d01", inquiry, "{\"approve\": false, \"returns\": [{\"number\": 1, \"comment\": \"Bitte ergänzen.\", "
                + "\"units\": []}]}"), 400, "an welche Einheit");
        refused(decide("d01", inquiry, "{\"approve\": false, \"returns\": [{\"number\": 1, \"comment\": \"Gut.\", \"units\": [\"A11\"]}, "
                + "{\"number\": 2, \"comment\": \"Bitte ergänzen.\", \"units\": [\"A11\"]}]}"), 400, "„A11“ ist an Frage 2");
        refused(decide("d01", inquiry, "{\"approve\": false, \"returns\": [{\"number\": 7, \"comment\": \"Bitte ergänzen.\"}]}"),
                400, "Frage 7");
        refused(decide("d01", inquiry, "{\"approve\": false, \"returns\": []}"), 400, "mindestens eine Frage");
        refused(decide("d01", inquiry, "{\"approve\": true, \"returns\": [{\"number\": 1, \"comment\": \"x\", \"units\": [\"A11\"]}]}"),
                400, "beides zugleich");
        refused(decide("d01", inquiry, "{\"approve\": false, \"returns\": [{\"number\": 1, \"comment\": \"Bitte ergänzen.\", "
                + "\"units\": [\"A11\"]}, {\"number\": 1, \"comment\": \"Noch einmal.\", \"units\": [\"A11\"]}]}"), 400, "mehrmals");
        refused(decide("a11", inquiry, "{\"approve\": true}"), 403, "Dezernate");
        refused(decide("gruene", inquiry, "{\"approve\": true}"), 403, "Verwaltung");
        refused(decide("ob", inquiry, "{\"approve\": true}"), 409, "keine Mitzeichnung oder Freigabe offen");
        refused(decide("d03", inquiry, "{\"approve\": true}"), 404, "nicht sichtbar");

        assertThat(state(inquiry)).isEqualTo("IN_SIGN_OFF");
        assertThat(onlyTask("d01", inquiry).get("id")).as("the sign-off stays open").isEqualTo(task);
        as("ob").get("/api/inquiries/" + inquiry.id()).then().body("items.state",
                org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("IN_SIGN_OFF")));
    }

    /** A decision names the step its review showed: a stale one, or the second of a double click, changes nothing. */
    @Test
    void theDecisionIsAboutTheStepTheReviewShowedAndASecondOneFindsNothingOpen() {
        Submitted inquiry = inSignOff();
        Object task = onlyTask("d01", inquiry).get("id");
        String shown = as("d01").get("/api/inquiries/" + inquiry.id() + "/review").then().statusCode(200).extract().path("taskId");
        assertThat(shown).isEqualTo(task);

        refused(decide("d01", inquiry, "{\"approve\": true, \"taskId\": \"eine-andere\"}"), 409, "nicht mehr offen");
        assertThat(onlyTask("d01", inquiry).get("id")).isEqualTo(task);
        decide("d01", inquiry, "{\"approve\": true, \"taskId\": \"" + shown + "\"}").statusCode(204);
        assertThat(state(inquiry)).isEqualTo("IN_APPROVAL");
        refused(decide("d01", inquiry, "{\"approve\": true, \"taskId\": \"" + shown + "\"}"), 409, "keine Mitzeichnung oder Freigabe offen");
        assertThat(state(inquiry)).isEqualTo("IN_APPROVAL");
    }

    /** Tasklist's sign-off and approval forms link to the review of their inquiry. */
    @Test
    void theSignOffAndApprovalFormsLinkToTheReview() {
        Submitted inquiry = inSignOff();
        String review = "/anfragen/" + inquiry.id() + "/durchsicht";
        assertThat(as("d01").get("/engine-rest/task/" + onlyTask("d01", inquiry).get("id") + "/form-variables")
                .then().statusCode(200).extract().<String>path("reviewPage.value")).isEqualTo(review);
        signOff(inquiry, "d01");
        assertThat(as("ob").get("/engine-rest/task/" + onlyTask("ob", inquiry).get("id") + "/form-variables")
                .then().statusCode(200).extract().<String>path("reviewPage.value")).isEqualTo(review);
    }

    @Test
    void anEditOutsideApprovalEmptyOversizedUnchangedOrByAnotherRoleChangesNothing() {
        Submitted inquiry = inSignOff();
        refused(edit("ob", inquiry, 1, "Neu."), 409, "nur in der Freigabe");
        signOff(inquiry, "d01");
        assertThat(state(inquiry)).isEqualTo("IN_APPROVAL");

        refused(edit("a11", inquiry, 1, "Neu."), 403, "Bereich Oberbürgermeister");
        refused(edit("d01", inquiry, 1, "Neu."), 403, "Bereich Oberbürgermeister");
        refused(edit("admin", inquiry, 1, "Neu."), 403, "Bereich Oberbürgermeister");
        refused(edit("gruene", inquiry, 1, "Neu."), 403, "Verwaltung");
        refused(edit("ob", inquiry, 1, "  "), 400, "fehlt");
        refused(edit("ob", inquiry, 1, "x".repeat(20_001)), 400, "20001 Zeichen zu lang");
        refused(edit("ob", inquiry, 1, FIRST), 400, "lautet bereits so");
        refused(edit("ob", inquiry, 9, "Neu."), 404, "Frage 9");
        as("ob").contentType("application/json").body("{\"text\": ").put("/api/inquiries/" + inquiry.id() + "/items/1/answer")
                .then().statusCode(400).contentType("application/problem+json");

        as("a11").get("/api/inquiries/" + inquiry.id() + "/items/1/answer").then().statusCode(200)
                .body("answer", org.hamcrest.Matchers.equalTo(FIRST)).body("edits", org.hamcrest.Matchers.empty());
        refused(as("a17").get("/api/inquiries/" + inquiry.id() + "/items/1/answer").then(), 403, "Frage 1");

        complete("ob", onlyTask("ob", inquiry), Map.of("approved", true)).then().statusCode(204);
        refused(edit("ob", inquiry, 1, "Nach der Freigabe."), 409, "Berichtigung");
        as("ob").get("/api/inquiries/" + inquiry.id() + "/items/1/answer").then().statusCode(200)
                .body("answer", org.hamcrest.Matchers.equalTo(FIRST)).body("edits", org.hamcrest.Matchers.empty());
    }
}
