package de.ratsanfragen.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.ratsanfragen.DemoInquiries;
import de.ratsanfragen.ServiceTestSupport;
import de.ratsanfragen.inquiry.InquiryLifecycle;
import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.platform.CouncilTime;
import io.restassured.path.json.JsonPath;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The monitor tells the truth (issue 13, point 7): an overdue step makes its inquiry red and counted, even
 * while its final deadline lies ahead; „Bei“ names who holds each item now, in every state; the traffic
 * light is a filter of the list, the page and the API alike.
 */
class MonitorTruthTest extends ServiceTestSupport {

    @Autowired
    InquiryLifecycle lifecycle;
    @Autowired
    OrganizationDirectory directory;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private static Date at(LocalDate day, int hour) {
        return Date.from(day.atTime(hour, 0).atZone(CouncilTime.ZONE).toInstant());
    }

    private static JsonPath detail(DemoInquiries.Submitted inquiry) {
        return as("ob").get("/api/deadlines/" + inquiry.id()).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> row(String query, DemoInquiries.Submitted inquiry) {
        List<Map<String, Object>> rows = as("ob").get("/api/deadlines" + query).then().statusCode(200).extract().jsonPath().getList("$");
        return rows.stream().filter(row -> inquiry.reference().equals(row.get("reference"))).findFirst().orElse(null);
    }

    @Test
    void anItemPastItsTaskDateMakesItsInquiryOverdueAndCountedWhileTheFinalDeadlineIsStillAhead() {
        DemoInquiries.Submitted inquiry = DemoInquiries.submit("Ampel sagt die Wahrheit", "V: D01/ A11", "V: D03/ A32");
        DemoInquiries.completeOnly("ob", inquiry.id(), Map.of());
        DemoInquiries.completeOnly("a32", inquiry.id(), Map.of("answer", "Pünktlich beantwortet."));
        JsonPath before = detail(inquiry);
        LocalDate taskDue = LocalDate.parse(before.getString("itemDetails[0].taskDue"));
        LocalDate finalDue = LocalDate.parse(before.getString("dueDate"));
        LocalDate dayAfter = taskDue.plusDays(1);
        assertThat(finalDue).as("the inquiry's own deadline lies after the day its item is late").isAfter(dayAfter);
        assertThat(before.getString("light")).isNotEqualTo("UEBERFAELLIG");

        // the item's task is past its due date; the deadline watch has not looked yet
        ClockUtil.setCurrentTime(at(dayAfter, 9));
        Map<String, Object> late = row("?light=UEBERFAELLIG", inquiry);
        assertThat(late).as("listed under the red light").isNotNull().containsEntry("light", "UEBERFAELLIG")
                .containsEntry("lightLabel", "überfällig").containsEntry("overdueItems", 1);
        assertThat((Integer) late.get("workingDaysLeft")).as("final deadline still ahead").isNotNegative();
        assertThat(row("?light=IM_PLAN", inquiry)).isNull();
        assertThat(row("?light=BALD_FAELLIG", inquiry)).isNull();
        assertThat(detail(inquiry).getBoolean("itemDetails[0].overdue")).isTrue();
        assertThat(detail(inquiry).getBoolean("itemDetails[1].overdue")).as("answered in time").isFalse();

        // the page: the row is red, and the header counts it with every other red row of the view
        MonitorHtml page = MonitorHtml.get("ob", "/monitor?light=UEBERFAELLIG&dezernat=D01");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.lightOf("reference", inquiry.reference())).contains("ueberfaellig");
        int red = page.countClass("fristen", "ueberfaellig");
        assertThat(red).isPositive();
        assertThat(page.html().getString("**.find { it.@'data-light' == 'UEBERFAELLIG' }")).isEqualTo(red + " überfällig");
        assertThat(page.html().getString("**.find { it.@'data-light' == 'IM_PLAN' }")).isEqualTo("0 im Plan");
        assertThat(MonitorHtml.get("ob", "/monitor?light=UEBERFAELLIG&dezernat=D04").row("reference", inquiry.reference())).isNull();

        // the deadline watch marks the item overdue (its escalation job); the mark alone keeps the light red
        lifecycle.markOverdue(UUID.fromString(inquiry.id()), 1);
        ClockUtil.reset();
        as("ob").get("/api/inquiries/" + inquiry.id()).then().body("items[0].overdue", org.hamcrest.Matchers.equalTo(true));
        assertThat(row("", inquiry)).containsEntry("light", "UEBERFAELLIG").containsEntry("overdueItems", 1);
        MonitorHtml detailPage = MonitorHtml.get("ob", "/monitor/" + inquiry.id());
        assertThat(detailPage.text("ueberfaellig")).isEqualTo("1");
        assertThat(detailPage.html().getString("**.find { it.name() == 'tr' && it.@'data-number' == '1' }.@class")).contains("overdue");

        // answered late: the item moved on, its late task is done; the sign-off has dates of its own
        DemoInquiries.completeOnly("a11", inquiry.id(), Map.of("answer", "Spät, aber beantwortet."));
        as("ob").get("/api/inquiries/" + inquiry.id()).then().body("items[0].overdue", org.hamcrest.Matchers.equalTo(false));
        Map<String, Object> inSignOff = row("", inquiry);
        assertThat(inSignOff).containsEntry("state", "IN_SIGN_OFF").containsEntry("overdueItems", 0);
        assertThat(inSignOff.get("light")).isNotEqualTo("UEBERFAELLIG");

        // a task about the whole inquiry (a Dezernat's sign-off) past its date turns it red too
        LocalDate signOffDue = LocalDate.parse(detail(inquiry).getString("inquiryTasks[0].due"));
        ClockUtil.setCurrentTime(at(signOffDue.plusDays(1), 9));
        assertThat(row("?light=UEBERFAELLIG", inquiry)).isNotNull().containsEntry("overdueItems", 0);
    }

    @Test
    void anUnknownLightIsRefusedInGermanOnTheApiAndThePage() {
        as("ob").get("/api/deadlines?light=ROT").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("„ROT“")).body("detail", containsString("UEBERFAELLIG"));
        as("ob").get("/api/deadlines.csv?light=gelb").then().statusCode(400).contentType("application/problem+json");
        as("ob").get("/api/deadlines?ampel=ROT").then().statusCode(400).body("detail", containsString("light"));
        MonitorHtml page = MonitorHtml.get("ob", "/monitor?light=ROT");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text("fehler")).contains("Die Ampel „ROT“ gibt es nicht");
        assertThat(page.exists("fristen")).isFalse();
        as("gruene").get("/api/deadlines?light=UEBERFAELLIG").then().statusCode(403);
    }

    /** The holders' codes of an item in the drill-down, and their names as the directory has them. */
    private void holds(DemoInquiries.Submitted inquiry, int number, String... codes) {
        JsonPath detail = detail(inquiry);
        String item = "itemDetails[" + (number - 1) + "]";
        assertThat(detail.getList(item + ".heldBy.code")).as("item %d held by", number).containsExactly((Object[]) codes);
        assertThat(detail.getList(item + ".heldBy.name")).containsExactly(java.util.Arrays.stream(codes)
                .map(code -> directory.find(code).orElseThrow().name()).toArray());
    }

    @Test
    void bySaysWhoHoldsEachItemNowInEveryStateWithTheUnitsNames() {
        DemoInquiries.Submitted inquiry = DemoInquiries.submit("Wer hat die Frage?",
                "V: D01/ A11// D03/ A32 in Abstimmung mit D05", "V: D04/ A67");
        String ob = directory.obOffice().code();
        holds(inquiry, 1, ob);

        DemoInquiries.completeOnly("ob", inquiry.id(), Map.of());
        // the units whose tasks are open: the one contributing and the one consulted, not yet the lead
        holds(inquiry, 1, "A32", "D05");
        holds(inquiry, 2, "A67");
        assertThat(row("", inquiry).get("holders")).asList().containsExactlyInAnyOrder("A32", "D05", "A67");
        assertThat(row("", inquiry).get("heldBy")).asList().hasSize(3);
        MonitorHtml list = MonitorHtml.get("ob", "/monitor?dezernat=D04");
        assertThat(list.holdersOf("reference", inquiry.reference())).containsExactlyInAnyOrder("A32", "D05", "A67");
        assertThat(list.row("reference", inquiry.reference())).contains(directory.find("A67").orElseThrow().name());
        MonitorHtml page = MonitorHtml.get("ob", "/monitor/" + inquiry.id());
        assertThat(page.holdersOf("number", "1")).containsExactly("A32", "D05");
        assertThat(page.row("number", "1")).contains(directory.find("A32").orElseThrow().name(), directory.find("D05").orElseThrow().name())
                .doesNotContain(directory.find("A11").orElseThrow().name());

        DemoInquiries.completeOnly("a32", inquiry.id(), Map.of("answer", "Beitrag."));
        holds(inquiry, 1, "D05");
        DemoInquiries.completeOnly("d05", inquiry.id(), Map.of("answer", "Stellungnahme."));
        holds(inquiry, 1, "A11");
        DemoInquiries.completeOnly("a11", inquiry.id(), Map.of("answer", "Antwort."));
        holds(inquiry, 1, "A11");
        DemoInquiries.completeOnly("a67", inquiry.id(), Map.of("answer", "Antwort."));
        // sign-off: each item by its Dezernate until each has decided
        holds(inquiry, 1, "D01", "D03");
        holds(inquiry, 2, "D04");
        DemoInquiries.completeOnly("d01", inquiry.id(), Map.of("approved", true));
        holds(inquiry, 1, "D03");
        DemoInquiries.completeOnly("d04", inquiry.id(), Map.of("approved", true));
        holds(inquiry, 2);
        assertThat(MonitorHtml.get("ob", "/monitor/" + inquiry.id()).row("number", "2")).contains("–");
        DemoInquiries.completeOnly("d03", inquiry.id(), Map.of("approved", false, "returnItems", "1", "comment", "Bitte ergänzen."));
        // the last decision: item 1 goes round again to the units asked first
        holds(inquiry, 1, "A32", "D05");
        holds(inquiry, 2);
        DemoInquiries.completeOnly("a32", inquiry.id(), Map.of("answer", "Beitrag, ergänzt."));
        DemoInquiries.completeOnly("d05", inquiry.id(), Map.of("answer", "Stellungnahme, ergänzt."));
        DemoInquiries.completeOnly("a11", inquiry.id(), Map.of("answer", "Antwort, ergänzt."));
        DemoInquiries.completeOnly("d01", inquiry.id(), Map.of("approved", true));
        DemoInquiries.completeOnly("d03", inquiry.id(), Map.of("approved", true));
        holds(inquiry, 1, ob);
        holds(inquiry, 2, ob);
        DemoInquiries.completeOnly("ob", inquiry.id(), Map.of("approved", true));
        holds(inquiry, 1);
        assertThat(detail(inquiry).getString("state")).isEqualTo("RELEASED");
    }

    @Test
    void aDeclinedItemIsHeldByTheObOfficeForItsNewRouting() {
        DemoInquiries.Submitted inquiry = DemoInquiries.submit("Nicht zuständig", "V: D01/ A11");
        DemoInquiries.completeOnly("ob", inquiry.id(), Map.of());
        holds(inquiry, 1, "A11");
        DemoInquiries.completeOnly("a11", inquiry.id(), Map.of("declined", true, "declineReason", "Zuständig ist das Amt 50."));
        holds(inquiry, 1, directory.obOffice().code());
        DemoInquiries.completeOnly("ob", inquiry.id(), Map.of("routingTag", "V: D05/ A50"));
        holds(inquiry, 1, "A50");
    }
}
