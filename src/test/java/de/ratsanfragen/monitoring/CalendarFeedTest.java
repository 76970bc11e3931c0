package de.ratsanfragen.monitoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalToIgnoringCase;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import de.ratsanfragen.CalendarLinks;
import de.ratsanfragen.DemoInquiries;
import de.ratsanfragen.ServiceTestSupport;
import io.restassured.path.json.JsonPath;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** {@code GET /api/calendar/{token}.ics}: what a unit's and the OB office's calendar show, read back with ical4j. */
class CalendarFeedTest extends ServiceTestSupport {

    private static LocalDate start(VEvent event) {
        Temporal start = event.getDateTimeStart().getDate();
        assertThat(start).as("an all-day event").isInstanceOf(LocalDate.class);
        return (LocalDate) start;
    }

    private static JsonPath detail(String inquiryId) {
        return as("ob").get("/api/deadlines/" + inquiryId).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aUnitSeesItsOpenTasksAndTheDeadlinesOfItsInquiriesButNotOtherUnitsInquiries() {
        DemoInquiries.Submitted own = DemoInquiries.submit("Personalgewinnung im Integrationsbereich", "V: D01/ A11");
        DemoInquiries.Submitted other = DemoInquiries.submit("Wartezeiten der Ausländerbehörde", "V: D03/ A32");
        DemoInquiries.completeOnly("ob", own.id(), Map.of());
        DemoInquiries.completeOnly("ob", other.id(), Map.of());
        JsonPath ownDetail = detail(own.id());

        String link = CalendarLinks.create("a11");
        given().get(link).then().statusCode(200)
                .contentType(equalToIgnoringCase("text/calendar;charset=UTF-8"))
                .header("Cache-Control", containsString("no-store"));
        Map<String, VEvent> events = CalendarLinks.events(CalendarLinks.fetch(link));

        VEvent task = events.get(own.id() + "-1-A11@ratsanfragen");
        assertThat(task).as("the answer task of item 1 in %s", events.keySet()).isNotNull();
        assertThat(start(task)).isEqualTo(LocalDate.parse(ownDetail.getString("itemDetails[0].taskDue")));
        assertThat(task.getSummary().getValue()).contains("Frage 1", own.reference());
        String taskId = as("a11").get("/engine-rest/task?processInstanceBusinessKey=" + own.id()).then().extract().path("[0].id");
        assertThat(task.getUrl().getValue()).as("opens the task itself").endsWith("/camunda/app/tasklist/default/#/?task=" + taskId);
        VEvent deadline = events.get(own.id() + "-frist@ratsanfragen");
        assertThat(deadline).isNotNull();
        assertThat(start(deadline)).isEqualTo(LocalDate.parse(ownDetail.getString("dueDate")));
        assertThat(events.keySet()).noneMatch(uid -> uid.startsWith(other.id()));

        Map<String, VEvent> dezernat = CalendarLinks.events(CalendarLinks.fetch(CalendarLinks.create("d01")));
        assertThat(dezernat).containsKey(own.id() + "-frist@ratsanfragen");
        assertThat(dezernat.keySet()).noneMatch(uid -> uid.startsWith(other.id()));
    }

    @Test
    void theObOfficeSeesEveryOpenInquirysFinalDeadlineAndNothingForInquiriesInTriage() {
        String title = "Straßenbäume, Radwege; „Grün“ – ein Betreff, der länger ist als eine Zeile im iCalendar-Format";
        DemoInquiries.Submitted triaged = DemoInquiries.submit(title, "V: D04/ A67");
        DemoInquiries.completeOnly("ob", triaged.id(), Map.of());
        DemoInquiries.Submitted inTriage = DemoInquiries.submit("Noch ohne Frist", "V: D05/ A50");

        String ics = CalendarLinks.fetch(CalendarLinks.create("ob"));
        List<Map<String, Object>> rows = as("ob").get("/api/deadlines").then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, VEvent> events = CalendarLinks.events(ics);

        Map<String, LocalDate> expected = rows.stream().filter(row -> row.get("dueDate") != null).collect(Collectors.toMap(
                row -> row.get("id") + "-frist@ratsanfragen", row -> LocalDate.parse((String) row.get("dueDate"))));
        assertThat(expected).containsKey(triaged.id() + "-frist@ratsanfragen");
        assertThat(events.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((uid, due) -> assertThat(start(events.get(uid))).as(uid).isEqualTo(due));
        assertThat(events.keySet()).noneMatch(uid -> uid.startsWith(inTriage.id()));

        VEvent event = events.get(triaged.id() + "-frist@ratsanfragen");
        assertThat(event.getSummary().getValue()).isEqualTo("Frist " + triaged.reference() + ": " + title);
        assertThat(event.getDescription().getValue()).contains("0 von 1 Fragen beantwortet", "/monitor/" + triaged.id());
        assertThat(ics.lines()).allMatch(line -> line.length() <= 75, "folded lines");
    }
}
