package de.ratsanfragen.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import de.ratsanfragen.DemoInquiries;
import de.ratsanfragen.ServiceTestSupport;
import de.ratsanfragen.platform.CouncilTime;
import io.restassured.path.json.JsonPath;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/statistics}: received and answered inquiries of a period, on time, days to answer per
 * Dezernat and unit, extensions with reasons — computed from inquiries released on different days.
 */
class StatisticsApiTest extends ServiceTestSupport {

    private static JsonPath statistics(LocalDate from, LocalDate to) {
        return as("ob").get("/api/statistics?from=" + from + "&to=" + to).then().statusCode(200).extract().jsonPath();
    }

    private static LocalDate dueDate(String id) {
        return LocalDate.parse(as("ob").get("/api/inquiries/" + id).then().extract().<String>path("dueDate"));
    }

    /** Answers, signs off and releases the inquiry (items D01/A11 and D03/A32) with the engine's clock on that day. */
    private static void releaseOn(DemoInquiries.Submitted inquiry, LocalDate day) {
        releaseAt(inquiry, day.atTime(10, 0));
    }

    private static void releaseAt(DemoInquiries.Submitted inquiry, java.time.LocalDateTime councilTime) {
        ClockUtil.setCurrentTime(Date.from(councilTime.atZone(CouncilTime.ZONE).toInstant()));
        try {
            DemoInquiries.completeOnly("a11", inquiry.id(), Map.of("answer", "Antwort des Amtes 11."));
            DemoInquiries.completeOnly("a32", inquiry.id(), Map.of("answer", "Antwort des Amtes 32."));
            DemoInquiries.completeOnly("d01", inquiry.id(), Map.of("approved", true));
            DemoInquiries.completeOnly("d03", inquiry.id(), Map.of("approved", true));
            DemoInquiries.completeOnly("ob", inquiry.id(), Map.of("approved", true));
        } finally {
            ClockUtil.reset();
        }
    }

    private static Map<String, Object> group(JsonPath statistics, String list, String code) {
        return statistics.getMap(list + ".find { it.code == '" + code + "' }");
    }

    @Test
    void receivedAnsweredOnTimeAndDaysToAnswerPerDezernatAndUnit() {
        LocalDate today = LocalDate.now(CouncilTime.ZONE);
        int receivedBefore = statistics(today, today).getInt("total.received");

        List<Integer> daysToAnswer = List.of(5, 12, 20, 25);
        List<DemoInquiries.Submitted> inquiries = new ArrayList<>();
        for (int i = 0; i < daysToAnswer.size(); i++) {
            DemoInquiries.Submitted inquiry = DemoInquiries.submit("Statistik", "V: D01/ A11", "V: D03/ A32");
            DemoInquiries.completeOnly("ob", inquiry.id(), Map.of());
            inquiries.add(inquiry);
        }
        // the one answered after 20 days had its deadline extended: measured against the deadline in force it is on time
        DemoInquiries.Submitted extendedOne = inquiries.get(2);
        String reason = "Die Recherche im Stadtarchiv braucht mehr Zeit.";
        LocalDate originalDue = dueDate(extendedOne.id());
        assertThat(today.plusDays(20)).as("late against the original deadline").isAfter(originalDue);
        as("ob").contentType("application/json").body(Map.of("dueDate", originalDue.plusWeeks(2).toString(), "reason", reason))
                .post("/api/inquiries/" + extendedOne.id() + "/deadline").then().statusCode(200);
        int onTime = 0;
        for (int i = 0; i < inquiries.size(); i++) {
            if (!today.plusDays(daysToAnswer.get(i)).isAfter(dueDate(inquiries.get(i).id()))) {
                onTime++;
            }
            releaseOn(inquiries.get(i), today.plusDays(daysToAnswer.get(i)));
        }
        assertThat(onTime).as("the test needs answers on time and late").isBetween(1, 3);

        assertThat(statistics(today, today).getInt("total.received")).isEqualTo(receivedBefore + daysToAnswer.size());

        // released on later days than any other test's inquiry: the period after today holds only these four
        JsonPath later = statistics(today.plusDays(1), today.plusDays(30));
        assertThat(later.getInt("total.received")).isZero();
        assertThat(later.getInt("total.answered")).isEqualTo(4);
        assertThat(later.getInt("total.answeredOnTime")).isEqualTo(onTime);
        assertThat(later.getDouble("total.onTimePercent")).isEqualTo(Math.round(1000.0 * onTime / 4) / 10.0);
        assertThat(later.getDouble("total.medianDays")).as("mean of the two middle values").isEqualTo((12 + 20) / 2.0);
        assertThat(later.getInt("total.p90Days")).as("nearest rank of four: the largest").isEqualTo(25);
        for (String code : List.of("D01", "D03")) {
            assertThat(group(later, "byDezernat", code)).containsEntry("answered", 4).containsEntry("answeredOnTime", onTime);
        }
        assertThat(group(later, "byDezernat", "D01")).containsEntry("name", "Dezernat 01");
        assertThat(group(later, "byUnit", "A32")).containsEntry("answered", 4).containsEntry("p90Days", 25);
        assertThat(group(later, "byDezernat", "D05")).as("not involved").isNull();

        // an answer released on the last day of the period counts, one the day after does not
        JsonPath upToSecond = statistics(today.plusDays(1), today.plusDays(12));
        assertThat(upToSecond.getInt("total.answered")).isEqualTo(2);
        assertThat(upToSecond.getDouble("total.onTimePercent")).isEqualTo(100.0);
        assertThat(upToSecond.getDouble("total.medianDays")).isEqualTo((5 + 12) / 2.0);

        List<Map<String, Object>> extensions = statistics(today, today.plusDays(30)).getList("extensions");
        assertThat(extensions).anySatisfy(extension -> assertThat(extension)
                .containsEntry("reference", extendedOne.reference()).containsEntry("reason", reason)
                .containsEntry("previousDue", originalDue.toString()).containsEntry("newDue", dueDate(extendedOne.id()).toString()));
        assertThat(later.getList("extensions")).as("extended today, not later").isEmpty();
    }

    @Test
    void aReleaseJustAfterMidnightCountsForThatDayInTheCouncilsTime() {
        LocalDate day = LocalDate.now(CouncilTime.ZONE).plusDays(31);
        DemoInquiries.Submitted inquiry = DemoInquiries.submit("Statistik um Mitternacht", "V: D01/ A11", "V: D03/ A32");
        DemoInquiries.completeOnly("ob", inquiry.id(), Map.of());
        // 00:30 in Erfurt is still the day before in UTC
        releaseAt(inquiry, day.atTime(0, 30));

        assertThat(statistics(day, day).getInt("total.answered")).isEqualTo(1);
        assertThat(statistics(day.minusDays(1), day.minusDays(1)).getInt("total.answered")).isZero();
    }

    @Test
    void aPeriodBackwardsOrOverFiveYearsOrUnreadableIsRefusedInGerman() {
        as("ob").get("/api/statistics?from=2026-05-01&to=2026-04-30").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("endet (2026-04-30) vor seinem Beginn"));
        as("ob").get("/api/statistics?from=2020-01-01&to=2025-01-01").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("höchstens 5 Jahre"));
        as("ob").get("/api/statistics?from=2020-01-02&to=2025-01-01").then().statusCode(200);
        as("ob").get("/api/statistics?from=31.12.2025").then().statusCode(400)
                .body("detail", containsString("JJJJ-MM-TT"));
        as("ob").get("/api/statistics?von=2026-01-01").then().statusCode(400)
                .body("detail", containsString("„von“ gibt es nicht"));
        JsonPath defaults = as("ob").get("/api/statistics").then().statusCode(200).extract().jsonPath();
        LocalDate today = LocalDate.now(CouncilTime.ZONE);
        assertThat(defaults.getString("to")).isEqualTo(today.toString());
        assertThat(defaults.getString("from")).isEqualTo(today.withDayOfYear(1).toString());
    }

    @Test
    void onlyTheObOfficeSeesTheStatistics() {
        as("gruene").get("/api/statistics").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("Oberbürgermeister"));
        as("a11").get("/api/statistics").then().statusCode(403);
        io.restassured.RestAssured.given().get("/api/statistics").then().statusCode(401);
    }
}
