package de.ratsanfragen.workflow;

import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.approve;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.complete;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.onlyTask;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.signOff;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.submit;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.tasks;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.triage;
import static de.ratsanfragen.workflow.OpenItemReroutingTest.reroute;
import static de.ratsanfragen.workflow.OpenItemReroutingTest.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import de.ratsanfragen.ServiceTestSupport;
import de.ratsanfragen.platform.CouncilTime;
import de.ratsanfragen.workflow.InquiryProcessScenarioTest.Submitted;
import io.restassured.path.xml.XmlPath;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 3, bad input: a re-routing of an open item with an unknown or a faction's unit or no unit (400),
 * by anyone but the OB office (403), of an item answered, in sign-off, in approval or released (409) is refused in
 * German as {@code problem+json} and changes nothing; and the note on the unit's page {@code /fristen}.
 */
class OpenItemReroutingApiTest extends ServiceTestSupport {

    /** The inquiry and the open tasks of the units, to compare before and after a refused call. */
    private static Object snapshot(Submitted inquiry, String... units) {
        List<Object> open = java.util.Arrays.stream(units).map(unit -> (Object) tasks(unit, inquiry)).toList();
        return List.of(view(inquiry).prettify(), open);
    }

    private static void refused(String user, Submitted inquiry, int number, String tag, int status, String detail) {
        reroute(user, inquiry, number, tag).then().statusCode(status).contentType("application/problem+json")
                .body("detail", containsString(detail));
    }

    @Test
    void aBadRoutingOrAnotherRoleIsRefusedInGermanAndNothingChanges() {
        Submitted inquiry = submit("V: D01/ A11", "V: D03/ A32");
        triage(inquiry);
        Object before = snapshot(inquiry, "a11", "a32");

        refused("ob", inquiry, 1, "V: D05/ Amt für Zauberei", 400, "Amt für Zauberei");
        refused("ob", inquiry, 1, "V: D01/ GRUENE", 400, "Fraktion");
        refused("ob", inquiry, 1, "V:", 400, "nennt keine Einheit");
        refused("a11", inquiry, 1, "V: D05/ A50", 403, "Bereich Oberbürgermeister");
        refused("d01", inquiry, 1, "V: D05/ A50", 403, "Bereich Oberbürgermeister");
        refused("gruene", inquiry, 1, "V: D05/ A50", 403, "Bereich Oberbürgermeister");
        reroute("ob", inquiry, 9, "V: D05/ A50").then().statusCode(404).contentType("application/problem+json");
        as("ob").contentType("application/json").body("{}").put("/api/inquiries/" + inquiry.id() + "/items/1/routing")
                .then().statusCode(400).contentType("application/problem+json");

        assertThat(snapshot(inquiry, "a11", "a32")).isEqualTo(before);
        assertThat(tasks("a50", inquiry)).isEmpty();
        assertThat(OpenItemReroutingTest.handovers("a11", "A11")).noneMatch(h -> inquiry.reference().equals(h.get("reference")));

        // the same units in the same roles, written differently: nothing to move
        reroute("ob", inquiry, 1, "V: D01/A11").then().statusCode(200);
        assertThat(snapshot(inquiry, "a11", "a32")).isEqualTo(before);
    }

    @Test
    void anItemAnsweredInSignOffInApprovalOrReleasedIsNotRoutedAnew() {
        Submitted inquiry = submit("V: D01/ A11", "V: D03/ A32");
        triage(inquiry);
        complete("a11", onlyTask("a11", inquiry), Map.of("answer", "Antwort von Amt 11.")).then().statusCode(204);
        Object answered = snapshot(inquiry, "a11", "a32");
        refused("ob", inquiry, 1, "V: D05/ A50", 409, "Frage 1 der Anfrage " + inquiry.reference() + " ist beantwortet");
        refused("ob", inquiry, 1, "V: D05/ A50", 409, "„zurückgeben“");
        assertThat(snapshot(inquiry, "a11", "a32")).isEqualTo(answered);

        complete("a32", onlyTask("a32", inquiry), Map.of("answer", "Antwort von Amt 32.")).then().statusCode(204);
        Object inSignOff = snapshot(inquiry, "d01", "d03");
        refused("ob", inquiry, 2, "V: D05/ A50", 409, "in Mitzeichnung");
        assertThat(snapshot(inquiry, "d01", "d03")).isEqualTo(inSignOff);

        signOff(inquiry, "d01", "d03");
        refused("ob", inquiry, 1, "V: D05/ A50", 409, "in Freigabe");
        approve(inquiry);
        refused("ob", inquiry, 2, "V: D05/ A50", 409, "freigegeben");
        assertThat(view(inquiry).getString("items[1].routing.raw")).isEqualTo("V: D03/ A32");
    }

    @Test
    void theUnitThatLostAnItemFindsItOnItsPage() {
        Submitted inquiry = submit("V: D01/ A11// D03/ A32");
        triage(inquiry);
        reroute("ob", inquiry, 1, "V: D01/ A11// D05/ A50").then().statusCode(200);
        Map<String, Object> handover = OpenItemReroutingTest.handovers("a32", "A32").stream()
                .filter(h -> inquiry.reference().equals(h.get("reference"))).findFirst().orElseThrow();
        String when = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
                .format(java.time.Instant.parse((String) handover.get("handedOverAt")).atZone(CouncilTime.ZONE));

        String page = as("a32").get("/fristen").then().statusCode(200).extract().asString();
        XmlPath html = new XmlPath(XmlPath.CompatibilityMode.HTML, page);
        String row = html.getString("**.find { it.name() == 'tr' && it.@'data-reference' == '" + inquiry.reference() + "' && it.@'data-unit' == 'A32' }");
        assertThat(html.getString("**.find { it.@id == 'abgegeben' }.h2")).isEqualTo("Abgegebene Fragen");
        assertThat(row).contains(when, inquiry.reference(), "Szenario", "1. Frage 1 der Fraktion?", "A32", "Beitrag",
                "V: D01/ A11// D05/ A50", "federführend: A11", "Bereich Oberbürgermeister (ob)");

        as("a11").get("/api/units/A32/handovers").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("nur deren Mitglieder"));
        String keeper = as("a11").get("/fristen").then().statusCode(200).extract().asString();
        assertThat(keeper).as("A11 keeps the item: nothing handed over").doesNotContain("data-unit=\"A32\"");
    }
}
