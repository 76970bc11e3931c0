package de.ratsanfragen.workflow;

import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.complete;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.onlyTask;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.state;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.submit;
import static de.ratsanfragen.workflow.TriagePages.lead;
import static de.ratsanfragen.workflow.TriagePages.path;
import static de.ratsanfragen.workflow.TriagePages.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.ratsanfragen.ServiceTestSupport;
import de.ratsanfragen.workflow.InquiryProcessScenarioTest.Submitted;
import de.ratsanfragen.workflow.TriagePages.Session;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input to the triage, on the page, through the routing API and through the task's completion (Tasklist's
 * way): a German message, 400/403/404/409, and nothing changed.
 */
class TriageBadInputTest extends ServiceTestSupport {

    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static void assertRoutingUnchanged(Submitted inquiry) {
        assertThat(lead(inquiry.id(), 1)).isEqualTo("A11");
        assertThat(TriagePages.item(inquiry.id(), 2).get("routing")).isNull();
        assertThat(state(inquiry)).isEqualTo("IN_TRIAGE");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1,2|A99|''|''|„A99“ steht nicht im Organisationsverzeichnis",
            "1,2|A53|GRUENE|''|ist eine Fraktion",
            "1,2|GRUENE|''|''|ist eine Fraktion",
            "1,2|A53|''|LINKE|ist eine Fraktion",
            "1,2|''|A53|''|keine federführende Einheit",
            "''|A53|''|''|mindestens eine Frage",
            "1,99|A53|''|''|hat keine Frage 99",
            "1,2|D03|A53|''|entweder das Dezernat oder seine Einheiten",
            "1,2|A53|''|A53|nicht zugleich „in Abstimmung“"})
    void aRoutingThatCannotBeUsedIsRefusedOnThePageAndNothingChanges(String items, String lead, String other, String consulted,
                                                                      String message) {
        Submitted inquiry = submit("V: D01/ A11", null);
        Session ob = Session.open("ob", path(inquiry.id()));

        Response refused = ob.post(path(inquiry.id()) + "/zuordnen", Map.of(
                "fragen", items.isEmpty() ? List.of() : List.of(items.split(",")),
                "federfuehrend", lead, "beteiligt", other.isEmpty() ? List.of() : List.of(other),
                "abstimmung", consulted.isEmpty() ? List.of() : List.of(consulted)));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(text(refused.htmlPath(), "fehler")).contains(message);
        assertRoutingUnchanged(inquiry);
    }

    @Test
    void anExplicitDeadlineOnTheDayOfReceiptOrBeforeIsRefusedEverywhere() {
        Submitted inquiry = submit("V: D01/ A11");
        LocalDate received = TriagePages.receivedOn(inquiry.id());
        Session ob = Session.open("ob", path(inquiry.id()));

        Response onTheDay = ob.post(path(inquiry.id()) + "/abschliessen", Map.of("frist", received.toString()));
        assertThat(onTheDay.statusCode()).isEqualTo(400);
        assertThat(text(onTheDay.htmlPath(), "fehler")).contains(received.format(GERMAN) + " ist der Tag des Eingangs");
        Response preview = ob.post(path(inquiry.id()) + "/fristen", Map.of("frist", received.toString()));
        assertThat(preview.statusCode()).isEqualTo(400);
        assertThat(text(preview.htmlPath(), "fristfehler")).contains("Tag des Eingangs");
        Response before = ob.post(path(inquiry.id()) + "/abschliessen", Map.of("frist", received.minusDays(1).format(GERMAN)));
        assertThat(text(before.htmlPath(), "fehler")).contains("liegt vor dem Eingang");
        Response noDate = ob.post(path(inquiry.id()) + "/abschliessen", Map.of("frist", "31.02.2030"));
        assertThat(noDate.statusCode()).isEqualTo(400);
        assertThat(text(noDate.htmlPath(), "fehler")).contains("„31.02.2030“ ist kein Datum");
        // Tasklist and the REST API complete the task itself: the same rule
        complete("ob", onlyTask("ob", inquiry), Map.of("explicitDueDate", received.format(GERMAN))).then().statusCode(400)
                .body("message", containsString("Tag des Eingangs"));
        assertThat(state(inquiry)).isEqualTo("IN_TRIAGE");
    }

    @Test
    void aRoleThatMayNotTriageIsTurnedAwayAndChangesNothing() {
        Submitted inquiry = submit("V: D01/ A11", null);
        for (String user : List.of("gruene", "a53", "d03")) {
            Response page = TriagePages.as(user).get(path(inquiry.id()));
            assertThat(page.statusCode()).as(user).isEqualTo(403);
            assertThat(text(page.htmlPath(), "verboten")).contains("Bereich Oberbürgermeister");
            Session session = Session.open(user, path(inquiry.id()));
            assertThat(session.post(path(inquiry.id()) + "/zuordnen", Map.of("fragen", List.of(1, 2), "federfuehrend", "A53"))
                    .statusCode()).as(user).isEqualTo(403);
            assertThat(session.post(path(inquiry.id()) + "/abschliessen", Map.of()).statusCode()).as(user).isEqualTo(403);
            // the routing API answers the same with problem+json
            TriagePages.as(user).contentType("application/json").body("{\"tag\": \"V: D03/ A53\"}")
                    .put("/api/inquiries/" + inquiry.id() + "/items/2/routing").then().statusCode(403)
                    .contentType("application/problem+json").body("detail", containsString("Bereich Oberbürgermeister"));
        }
        assertRoutingUnchanged(inquiry);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "V: D03/ Zauberei|Unbekannte Einheit „Zauberei“",
            "V: D01/ GRUENE|ist eine Fraktion",
            "V:|nennt keine Einheit",
            "V: D05// DIE LINKE|ist eine Fraktion"})
    void theRoutingApiRefusesAnUnknownOrAFactionsUnitAndAnItemWithoutUnit(String tag, String message) {
        Submitted inquiry = submit("V: D01/ A11", null);
        TriagePages.as("ob").contentType("application/json").body(Map.of("tag", tag))
                .put("/api/inquiries/" + inquiry.id() + "/items/1/routing").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString(message));
        assertRoutingUnchanged(inquiry);
    }

    @Test
    void anInquiryNoLongerOpenGets404Or409() {
        Response unknown = TriagePages.as("ob").get(path(UUID.randomUUID().toString()));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(text(unknown.htmlPath(), "fehler")).isNotBlank();

        Submitted inquiry = submit("V: D01/ A11");
        InquiryProcessScenarioTest.triage(inquiry);
        Session ob = Session.open("ob", path(inquiry.id()));
        TriagePages.as("gruene").post("/api/inquiries/" + inquiry.id() + "/withdraw").then().statusCode(200);
        Response closed = TriagePages.as("ob").get(path(inquiry.id()));
        assertThat(closed.statusCode()).isEqualTo(409);
        assertThat(text(closed.htmlPath(), "fehler")).contains(inquiry.reference(), "nicht in Bearbeitung");
        assertThat(ob.post(path(inquiry.id()) + "/zuordnen", Map.of("fragen", List.of(1), "federfuehrend", "A53")).statusCode())
                .isEqualTo(409);
        assertThat(lead(inquiry.id(), 1)).isEqualTo("A11");
        TriagePages.as("ob").contentType("application/json").body(Map.of("tag", "V: D03/ A53"))
                .put("/api/inquiries/" + inquiry.id() + "/items/1/routing").then().statusCode(409)
                .contentType("application/problem+json");
    }

    /**
     * After triage the same page changes the routing of open items (issue 13, point 3) and offers nothing of the
     * triage any more; an answered item is refused with the service's German reason and keeps its routing.
     */
    @Test
    void afterTriageThePageReroutesOpenItemsAndRefusesAnsweredOnes() {
        Submitted inquiry = submit("V: D01/ A11", "V: D03/ A32");
        InquiryProcessScenarioTest.triage(inquiry);
        complete("a32", onlyTask("a32", inquiry), Map.of("answer", "Antwort des Amtes 32.")).then().statusCode(204);

        Response page = TriagePages.as("ob").get(path(inquiry.id()));
        assertThat(page.statusCode()).isEqualTo(200);
        io.restassured.path.xml.XmlPath html = page.htmlPath();
        assertThat(html.getString("**.find { it.name() == 'h1' }")).startsWith("Zuständigkeiten " + inquiry.reference());
        assertThat(text(html, "frist")).as("no deadline once triage is done").isNull();
        assertThat(html.getString("**.find { it.@id == 'vorschlaege' }")).isNullOrEmpty();
        assertThat(html.getString("**.find { it.@id == 'frage-2' }.@disabled")).as("answered: not to choose").isNotEmpty();
        assertThat(html.getString("**.find { it.@id == 'frage-1' }.@disabled")).isNullOrEmpty();

        Session ob = Session.open("ob", path(inquiry.id()));
        assertThat(ob.post(path(inquiry.id()) + "/zuordnen", Map.of("fragen", List.of(1), "federfuehrend", "A40")).statusCode())
                .isEqualTo(302);
        assertThat(lead(inquiry.id(), 1)).isEqualTo("A40");
        assertThat(InquiryProcessScenarioTest.tasks("a11", inquiry)).as("the old lead's task ended").isEmpty();
        assertThat(onlyTask("a40", inquiry).get("name").toString()).startsWith("Frage 1 beantworten");

        Response refused = ob.post(path(inquiry.id()) + "/zuordnen", Map.of("fragen", List.of(2), "federfuehrend", "A40"));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(text(refused.htmlPath(), "fehler")).contains("Frage 2", "zurückgeben");
        assertThat(lead(inquiry.id(), 2)).isEqualTo("A32");
    }

    @Test
    void theTasklistFormLinksToTheWorkspace() {
        Submitted inquiry = submit("V: D01/ A11");
        Map<String, Object> task = onlyTask("ob", inquiry);
        String link = TriagePages.as("ob").get("/engine-rest/task/" + task.get("id") + "/form-variables")
                .then().statusCode(200).extract().path("triagePage.value");
        assertThat(link).isEqualTo(path(inquiry.id()));
        // without the workspace, the form works as before
        complete("ob", task, Map.of("routingChanges", "1: V: D03/ A53", "inquiryType", "GROSSE_ANFRAGE")).then().statusCode(204);
        assertThat(lead(inquiry.id(), 1)).isEqualTo("A53");
    }
}
