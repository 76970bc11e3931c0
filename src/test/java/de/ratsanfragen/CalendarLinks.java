package de.ratsanfragen;

import static de.ratsanfragen.ServiceTestSupport.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;

/** Calendar links and feeds for tests: links made through the real API, feeds read as a calendar app would (no login). */
public final class CalendarLinks {

    /** The user makes (or renews) their calendar link and gets its address. */
    public static String create(String user) {
        return as(user).post("/api/calendar/token").then().statusCode(201).extract().jsonPath().getString("url");
    }

    /** The feed behind a link, fetched without any login, as text. */
    public static String fetch(String link) {
        return given().get(link).then().statusCode(200).extract().asString();
    }

    /** The events of a feed by their UID, parsed by ical4j. */
    public static Map<String, VEvent> events(String ics) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            Map<String, VEvent> events = new LinkedHashMap<>();
            for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
                String uid = event.getUid().orElseThrow().getValue();
                assertThat(events.put(uid, event)).as("UID %s only once", uid).isNull();
            }
            return events;
        } catch (java.io.IOException | net.fortuna.ical4j.data.ParserException e) {
            throw new AssertionError("the feed is no valid iCalendar: " + ics, e);
        }
    }

    private CalendarLinks() {
    }
}
