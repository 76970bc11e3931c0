package de.ratsanfragen.workflow;

import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.complete;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.onlyTask;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.signOff;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.state;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.submit;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.tasks;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.triage;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.ratsanfragen.ServiceTestSupport;
import de.ratsanfragen.workflow.InquiryProcessScenarioTest.Submitted;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** Issue 13, point 4: the review page over HTTP — what each role sees, the decision and the edit, refusals on the page. */
class ReviewPageTest extends ServiceTestSupport {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** A page session of the user: its cookie and CSRF token, read from the review page. */
    private record PageSession(String user, String cookie, String csrf) {

        RequestSpecification post() {
            // as a browser sends a form of a UTF-8 page (REST Assured's default for forms is ISO-8859-1)
            return as(user).redirects().follow(false).cookie("JSESSIONID", cookie)
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("_csrf", csrf);
        }
    }

    private static PageSession open(String user, Submitted inquiry) {
        Response page = as(user).get(path(inquiry));
        Matcher csrf = CSRF.matcher(page.asString());
        assertThat(csrf.find()).as("a form with its CSRF token").isTrue();
        return new PageSession(user, page.getCookie("JSESSIONID"), csrf.group(1));
    }

    private static String path(Submitted inquiry) {
        return "/anfragen/" + inquiry.id() + "/durchsicht";
    }

    @Test
    void aDezernatSeesItsItemsAndSendsOneBackToTheChosenUnitOnThePage() {
        Submitted inquiry = submit("V: D01/ A11// D03/ A32", "V: D03/ A32");
        triage(inquiry);
        String contribution = "Beitrag der Ausländerbehörde.";
        complete("a32", tasks("a32", inquiry).stream().filter(task -> task.get("taskDefinitionKey").equals(InquiryProcess.TASK_CONTRIBUTE))
                .findFirst().orElseThrow(), Map.of("answer", contribution)).then().statusCode(204);
        complete("a32", onlyTask("a32", inquiry), Map.of("answer", "Antwort zu Frage 2.")).then().statusCode(204);
        complete("a11", onlyTask("a11", inquiry), Map.of("answer", "Gemeinsame Antwort.")).then().statusCode(204);

        String page = as("d01").get(path(inquiry)).then().statusCode(200).extract().asString();
        assertThat(page).contains("Mitzeichnung für D01", "Frage 1 der Fraktion?", "Gemeinsame Antwort.", "Personal- und Organisationsamt (A11)", "Ausländerbehörde (A32)",
                "href=\"/anfragen/" + inquiry.id() + "/antwort.pdf?draft=true\"", "Mitzeichnen", "zurückgeben")
                .doesNotContain("Frage 2 der Fraktion?").doesNotContain("Wortlaut ändern");

        PageSession d01 = open("d01", inquiry);
        String refused = d01.post().formParam("entscheidung", "zurueckgeben").formParam("zurueck", "1")
                .formParam("einheit-1", "A32").post(path(inquiry) + "/entscheidung").then().statusCode(400).extract().asString();
        assertThat(refused).contains("Wer Frage 1 zurückgibt, sagt im Kommentar, was zu ändern ist.");
        assertThat(state(inquiry)).isEqualTo("IN_SIGN_OFF");

        // „Mitzeichnen“ while an item is ticked with its comment: refused, the comment kept in the form, nothing decided
        String ticked = d01.post().formParam("entscheidung", "zustimmen").formParam("zurueck", "1")
                .formParam("kommentar-1", "Nicht verlieren.").formParam("einheit-1", "A32").post(path(inquiry) + "/entscheidung")
                .then().statusCode(400).extract().asString();
        assertThat(ticked).contains("beides zugleich geht nicht", "Nicht verlieren.");
        assertThat(state(inquiry)).isEqualTo("IN_SIGN_OFF");

        String comment = "Bitte die Rechtslage ergänzen.";
        String location = d01.post().formParam("entscheidung", "zurueckgeben").formParam("zurueck", "1")
                .formParam("kommentar-1", comment).formParam("einheit-1", "A32").post(path(inquiry) + "/entscheidung")
                .then().statusCode(302).extract().header("Location");
        assertThat(location).endsWith(path(inquiry));
        assertThat(as("d01").cookie("JSESSIONID", d01.cookie()).get(path(inquiry)).then().statusCode(200).extract().asString())
                .contains("Zur Überarbeitung zurückgegeben: Frage 1.", "keine – nur zur Ansicht");

        // D03 still decides; then only A32 is asked again, with its text and D01's comment
        as("d03").contentType("application/json").body("{\"approve\": true}").post("/api/inquiries/" + inquiry.id() + "/review/decision")
                .then().statusCode(204);
        assertThat(state(inquiry)).isEqualTo("IN_PROGRESS");
        assertThat(tasks("a11", inquiry)).isEmpty();
        Map<String, Object> again = onlyTask("a32", inquiry);
        assertThat(ReviewScenarioTest.formValue("a32", again, "answer")).isEqualTo(contribution);
        assertThat(ReviewScenarioTest.formValue("a32", again, "reworkComment")).isEqualTo("D01: " + comment);
    }

    @Test
    void theObOfficeChangesAWordingOnThePageAndOthersAreTurnedAway() {
        Submitted inquiry = submit("V: D01/ A11");
        triage(inquiry);
        complete("a11", onlyTask("a11", inquiry), Map.of("answer", "Erste Fassung.")).then().statusCode(204);
        signOff(inquiry, "d01");

        PageSession ob = open("ob", inquiry);
        assertThat(as("ob").cookie("JSESSIONID", ob.cookie()).get(path(inquiry)).asString()).contains("Freigeben", "Wortlaut ändern");
        assertThat(ob.post().formParam("text", "").post(path(inquiry) + "/antwort/1").then().statusCode(400).extract().asString())
                .contains("Die geänderte Antwort zu Frage 1 fehlt.");
        ob.post().formParam("text", "Zweite Fassung des Bereichs OB.").post(path(inquiry) + "/antwort/1").then().statusCode(302);
        assertThat(as("a11").get(path(inquiry)).then().statusCode(200).extract().asString())
                .contains("vorher: Erste Fassung.", "nachher: Zweite Fassung des Bereichs OB.", "von ob")
                .doesNotContain("Wortlaut ändern").doesNotContain("antwort.pdf?draft=true");

        PageSession a11 = open("a11", inquiry);
        assertThat(a11.post().formParam("text", "Von Amt 11.").post(path(inquiry) + "/antwort/1").then().statusCode(403).extract().asString())
                .contains("nur der Bereich Oberbürgermeister");
        assertThat(as("gruene").get(path(inquiry)).then().statusCode(403).extract().asString()).contains("Sache der Verwaltung");
        assertThat(as("d03").get(path(inquiry)).then().statusCode(404).extract().asString()).contains("nicht sichtbar");
        assertThat(state(inquiry)).isEqualTo("IN_APPROVAL");
    }
}
