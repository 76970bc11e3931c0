package de.ratsanfragen.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import de.ratsanfragen.DemoInquiries;
import de.ratsanfragen.ServiceTestSupport;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Before release a faction follows its inquiry's progress — received, in progress, how many items have
 * an answer, the deadline — and nothing of how the administration works on it: no item states (a
 * decline, a send-back), no units holding items, no overdue marks, no routing, no comments. The OB office
 * keeps the full view. Through {@code GET /api/inquiries/{id}}, {@code GET /api/inquiries} and the page.
 */
class FactionProgressApiTest extends ServiceTestSupport {

    private static final String DECLINE_REASON = "Das ist Sache des Amtes für Soziales.";
    private static final String RETURN_COMMENT = "Bitte die Zahlen von 2025 ergänzen, intern abstimmen.";
    /** What a faction's view of an item holds, and nothing more. */
    private static final List<String> ITEM_FIELDS = List.of("number", "kind", "text", "section", "measureRefs", "answered");
    /** What the faction must not see anywhere in its JSON: item states, holders, marks and routing. */
    private static final List<String> INTERNALS = List.of("\"holder\"", "\"overdue\"", "\"routing\"", "\"routingHints\"",
            "IN_TRIAGE", "DECLINED", "RETURNED", "IN_SIGN_OFF", "SIGNED_OFF", "IN_APPROVAL", "A11", "A50", "D05");

    @Autowired
    JdbcClient jdbc;

    private static JsonPath factionView(DemoInquiries.Submitted inquiry) {
        String body = as("gruene").get("/api/inquiries/" + inquiry.id()).then().statusCode(200).extract().asString();
        assertThat(body).doesNotContain(INTERNALS).doesNotContain(DECLINE_REASON, RETURN_COMMENT);
        JsonPath json = JsonPath.from(body);
        for (int i = 0; i < json.getList("items").size(); i++) {
            assertThat(json.getMap("items[" + i + "]").keySet()).containsExactlyInAnyOrderElementsOf(ITEM_FIELDS);
        }
        return json;
    }

    private static JsonPath staffView(DemoInquiries.Submitted inquiry) {
        return as("ob").get("/api/inquiries/" + inquiry.id()).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> factionRow(DemoInquiries.Submitted inquiry) {
        String body = as("gruene").get("/api/inquiries").then().statusCode(200).extract().asString();
        Map<String, Object> row = JsonPath.from(body).getMap("find { it.reference == '" + inquiry.reference() + "' }");
        assertThat(row).isNotNull().doesNotContainKeys("holder", "holders", "overdueItems");
        return row;
    }

    @Test
    void aDeclineASendBackAndAnOverdueMarkStayInsideTheAdministration() {
        DemoInquiries.Submitted inquiry = DemoInquiries.submit("Nur der Fortschritt", "V: D01/ A11", "V: D03/ A32");
        assertThat(factionView(inquiry).getString("state")).isEqualTo("RECEIVED");
        assertThat(staffView(inquiry).getString("state")).isEqualTo("IN_TRIAGE");
        DemoInquiries.completeOnly("ob", inquiry.id(), Map.of());

        // a unit declines: the OB office sees it, the faction sees its inquiry in progress
        DemoInquiries.completeOnly("a11", inquiry.id(), Map.of("declined", true, "declineReason", DECLINE_REASON));
        assertThat(staffView(inquiry).getString("items[0].state")).isEqualTo("DECLINED");
        JsonPath declined = factionView(inquiry);
        assertThat(declined.getString("state")).isEqualTo("IN_PROGRESS");
        assertThat(declined.getString("stateLabel")).isEqualTo("in Bearbeitung");
        assertThat(declined.getInt("answered")).isZero();

        as("ob").contentType("application/json").body(Map.of("tag", "V: D05/ A50"))
                .put("/api/inquiries/" + inquiry.id() + "/items/1/routing").then().statusCode(200);
        DemoInquiries.completeOnly("a50", inquiry.id(), Map.of("answer", "Antwort des Amtes für Soziales."));
        DemoInquiries.completeOnly("a32", inquiry.id(), Map.of("answer", "Antwort der Ausländerbehörde."));
        // an escalation marks an item overdue (here set as the deadline watch sets it)
        jdbc.sql("update ratsanfragen.inquiry_item set overdue = true where inquiry_id = cast(:id as uuid) and number = 2")
                .param("id", inquiry.id()).update();
        JsonPath inSignOff = staffView(inquiry);
        assertThat(inSignOff.getString("state")).isEqualTo("IN_SIGN_OFF");
        assertThat(inSignOff.getBoolean("items[1].overdue")).isTrue();
        JsonPath answered = factionView(inquiry);
        assertThat(answered.getString("state")).isEqualTo("IN_PROGRESS");
        assertThat(answered.getInt("answered")).isEqualTo(2);
        assertThat(answered.getList("items.answered", Boolean.class)).containsExactly(true, true);

        // a Dezernat sends an answer back with a comment: rework is the administration's business
        DemoInquiries.completeOnly("d05", inquiry.id(), Map.of("approved", false, "returnItems", "1", "comment", RETURN_COMMENT));
        DemoInquiries.completeOnly("d03", inquiry.id(), Map.of("approved", true));
        assertThat(staffView(inquiry).getString("items[0].state")).isIn("RETURNED", "IN_PROGRESS");
        assertThat(as("ob").get("/api/inquiries").then().statusCode(200).extract().jsonPath()
                .getInt("find { it.reference == '" + inquiry.reference() + "' }.answered")).isEqualTo(1);
        JsonPath reworked = factionView(inquiry);
        assertThat(reworked.getInt("answered")).isEqualTo(2);
        assertThat(reworked.getString("state")).isEqualTo("IN_PROGRESS");
        Map<String, Object> row = factionRow(inquiry);
        assertThat(row).containsEntry("state", "IN_PROGRESS").containsEntry("stateLabel", "in Bearbeitung")
                .containsEntry("answered", 2).containsEntry("itemCount", 2);

        // the page (HTTP Basic is accepted for scripts) shows the same progress and nothing internal
        String page = as("gruene").get("/anfragen").then().statusCode(200).extract().asString();
        String line = page.substring(page.indexOf("data-reference=\"" + inquiry.reference() + "\""));
        line = line.substring(0, line.indexOf("</tr>"));
        assertThat(line).contains("2 von 2", "in Bearbeitung");
        assertThat(page).doesNotContain(DECLINE_REASON, RETURN_COMMENT, "zur Überarbeitung", "Zuständigkeit wird geklärt",
                "in Mitzeichnung", "überfällig");
    }

    @Test
    void theFactionsViewIsTheSameWhenItWithdrawsAndTheOfficeStillSeesEverything() {
        DemoInquiries.Submitted inquiry = DemoInquiries.submit("Zurückgezogen", "V: D03/ A32");
        DemoInquiries.completeOnly("ob", inquiry.id(), Map.of());

        String withdrawn = as("gruene").post("/api/inquiries/" + inquiry.id() + "/withdraw").then().statusCode(200)
                .extract().asString();
        assertThat(withdrawn).doesNotContain(INTERNALS);
        assertThat(JsonPath.from(withdrawn).getString("state")).isEqualTo("WITHDRAWN");
        assertThat(JsonPath.from(withdrawn).getString("stateLabel")).isEqualTo("zurückgezogen");
        assertThat(staffView(inquiry).getString("items[0].routing.raw")).isEqualTo("V: D03/ A32");
    }
}
