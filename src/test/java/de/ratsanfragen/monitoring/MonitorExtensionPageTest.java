package de.ratsanfragen.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.ratsanfragen.DemoInquiries;
import de.ratsanfragen.ServiceTestSupport;
import de.ratsanfragen.platform.CouncilTime;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * The OB office extends a deadline on the monitor's drill-down (issue 13, point 6): the same service method
 * as {@code POST /api/inquiries/{id}/deadline}; every refusal in German on the page (and as problem+json
 * through the API), with nothing changed; other roles see no form and are refused with 403.
 */
class MonitorExtensionPageTest extends ServiceTestSupport {

    private static DemoInquiries.Submitted running() {
        DemoInquiries.Submitted inquiry = DemoInquiries.submit("Frist verlängern", "V: D01/ A11");
        DemoInquiries.completeOnly("ob", inquiry.id(), Map.of());
        return inquiry;
    }

    private static JsonPath detail(DemoInquiries.Submitted inquiry) {
        return as("ob").get("/api/deadlines/" + inquiry.id()).then().statusCode(200).extract().jsonPath();
    }

    private static String dueOfUnitsTask(DemoInquiries.Submitted inquiry) {
        return as("a11").get("/engine-rest/task?processInstanceBusinessKey=" + inquiry.id()).then().statusCode(200)
                .extract().jsonPath().getString("[0].due");
    }

    /** What an extension changes: the deadline, the extensions recorded, the unit's task date. */
    private record Deadline(String dueDate, List<Object> extensions, String taskDue) {
        static Deadline of(DemoInquiries.Submitted inquiry) {
            JsonPath detail = detail(inquiry);
            return new Deadline(detail.getString("dueDate"), detail.getList("extensions"), dueOfUnitsTask(inquiry));
        }
    }

    private static MonitorHtml submit(String user, DemoInquiries.Submitted inquiry, String dueDate, String reason) {
        MonitorHtml form = MonitorHtml.get(user, "/monitor/" + inquiry.id());
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        if (dueDate != null) {
            fields.put("dueDate", dueDate);
        }
        if (reason != null) {
            fields.put("reason", reason);
        }
        return MonitorHtml.post(user, form, "/monitor/" + inquiry.id() + "/frist", fields);
    }

    @Test
    void theObOfficeExtendsOnTheDrillDownAsThroughTheApi() {
        DemoInquiries.Submitted inquiry = running();
        Deadline before = Deadline.of(inquiry);
        MonitorHtml page = MonitorHtml.get("ob", "/monitor/" + inquiry.id());
        assertThat(page.exists("verlaengern")).isTrue();
        assertThat(page.html().getString("**.find { it.@id == 'verlaengern' }.'**'.find { it.@name == '_csrf' }.@value"))
                .as("the form carries its CSRF token").isNotEmpty();

        LocalDate newDue = LocalDate.parse(before.dueDate()).plusWeeks(3);
        String reason = "Das Gutachten des Umweltamts liegt erst später vor.";
        MonitorHtml done = submit("ob", inquiry, newDue.toString(), reason);
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.text("verlaengert")).contains("Die Frist ist verlängert", "Zwischennachricht");

        JsonPath after = detail(inquiry);
        assertThat(LocalDate.parse(after.getString("dueDate"))).as("the new date, or the working day after it").isAfterOrEqualTo(newDue)
                .isBefore(newDue.plusDays(5));
        assertThat(after.getList("extensions")).hasSize(1);
        assertThat(after.getString("extensions[0].reason")).isEqualTo(reason);
        assertThat(after.getString("extensions[0].previousDue")).isEqualTo(before.dueDate());
        assertThat(dueOfUnitsTask(inquiry)).as("the unit's task date moved with it").isGreaterThan(before.taskDue());
        assertThat(done.text("verlaengerungen")).contains(reason);
        // the faction reads the same reason in its own view
        as("gruene").get("/api/inquiries/" + inquiry.id()).then().statusCode(200)
                .body("extensions[0].reason", org.hamcrest.Matchers.equalTo(reason));
    }

    @Test
    void everyBadInputIsRefusedInGermanOnThePageAndThroughTheApiAndNothingChanges() {
        DemoInquiries.Submitted inquiry = running();
        Deadline before = Deadline.of(inquiry);
        LocalDate current = LocalDate.parse(before.dueDate());
        LocalDate yesterday = LocalDate.now(CouncilTime.ZONE).minusDays(1);
        record Bad(String dueDate, String reason, int status, String message) {
        }
        List<Bad> bad = List.of(
                new Bad(current.toString(), "Zu spät.", 400, "muss nach der bisherigen Frist"),
                new Bad(current.minusDays(1).toString(), "Zu spät.", 400, "muss nach der bisherigen Frist"),
                new Bad(yesterday.toString(), "Zu spät.", 400, "in der Vergangenheit"),
                new Bad(current.plusWeeks(2).toString(), null, 400, "Begründung"),
                new Bad(current.plusWeeks(2).toString(), "   ", 400, "Begründung"),
                new Bad(null, "Ohne Datum.", 400, "kein neues Datum"),
                new Bad("31.12.", "Falsches Format.", 400, "kein Datum"),
                new Bad(current.plusYears(3).toString(), "Zu weit.", 400, ""));
        for (Bad input : bad) {
            MonitorHtml page = submit("ob", inquiry, input.dueDate(), input.reason());
            assertThat(page.status()).as("page: %s", input).isEqualTo(input.status());
            assertThat(page.text("verlaengern-fehler")).as("page: %s", input).isNotBlank().contains(input.message());
            assertThat(page.html().getString("**.find { it.@id == 'reason' }").strip()).as("the reason is kept")
                    .isEqualTo(input.reason() == null ? "" : input.reason().strip());
            assertThat(Deadline.of(inquiry)).as("nothing changed by %s", input).isEqualTo(before);
        }
        for (Bad input : bad.subList(0, 6)) {
            Map<String, Object> body = new java.util.HashMap<>();
            body.put("dueDate", input.dueDate());
            body.put("reason", input.reason());
            as("ob").contentType("application/json").body(body).post("/api/inquiries/" + inquiry.id() + "/deadline").then()
                    .statusCode(400).contentType("application/problem+json");
            assertThat(Deadline.of(inquiry)).as("nothing changed through the API by %s", input).isEqualTo(before);
        }
    }

    @Test
    void otherRolesSeeNoFormAndTheirPostIsRefusedWith403() {
        DemoInquiries.Submitted inquiry = running();
        Deadline before = Deadline.of(inquiry);
        String later = LocalDate.parse(before.dueDate()).plusWeeks(2).toString();
        for (String user : List.of("a11", "d01", "gruene")) {
            MonitorHtml page = MonitorHtml.get(user, "/monitor/" + inquiry.id());
            assertThat(page.status()).isEqualTo(403);
            assertThat(page.exists("verlaengern")).as("no form for %s", user).isFalse();
            MonitorHtml refused = MonitorHtml.post(user, page, "/monitor/" + inquiry.id() + "/frist",
                    Map.of("dueDate", later, "reason", "Versuch."));
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.text("verboten")).contains("Bereich Oberbürgermeister");
            as(user).contentType("application/json").body(Map.of("dueDate", later, "reason", "Versuch."))
                    .post("/api/inquiries/" + inquiry.id() + "/deadline").then().statusCode(403).contentType("application/problem+json");
        }
        // without the form's token no extension either
        MonitorHtml page = MonitorHtml.get("ob", "/monitor/" + inquiry.id());
        as("ob").cookie("JSESSIONID", page.session()).formParam("dueDate", later).formParam("reason", "Ohne Token.")
                .post("/monitor/" + inquiry.id() + "/frist").then().statusCode(403);
        assertThat(Deadline.of(inquiry)).isEqualTo(before);

        // in triage no deadline runs: no form, and a POST is refused with 409
        DemoInquiries.Submitted inTriage = DemoInquiries.submit("Noch in Prüfung", "V: D01/ A11");
        MonitorHtml triagePage = MonitorHtml.get("ob", "/monitor/" + inTriage.id());
        assertThat(triagePage.exists("verlaengern")).isFalse();
        MonitorHtml conflict = MonitorHtml.post("ob", triagePage, "/monitor/" + inTriage.id() + "/frist",
                Map.of("dueDate", later, "reason", "Zu früh."));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text("verlaengern-fehler")).contains("keine laufende Frist");
        assertThat(conflict.exists("verlaengern")).isFalse();
    }
}
