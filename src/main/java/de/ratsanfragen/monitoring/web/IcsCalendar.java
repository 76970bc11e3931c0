package de.ratsanfragen.monitoring.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Deadlines as an iCalendar file (RFC 5545), written by ical4j, which escapes and folds the faction's
 * free text correctly; every deadline is an all-day event that does not block time.
 */
final class IcsCalendar {

    /**
     * One deadline.
     *
     * @param uid         stays the same on every fetch, so that calendar apps update the event instead of adding one
     * @param day         the deadline (council time)
     * @param link        where to act on it, or {@code null}
     */
    record Deadline(String uid, LocalDate day, String summary, String description, URI link) {
    }

    /** How often calendar apps should fetch the feed again. */
    private static final java.time.Duration REFRESH = java.time.Duration.ofHours(1);

    private IcsCalendar() {
    }

    static String render(String name, List<Deadline> deadlines) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//ratsanfragen//Fristen//DE"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        // no METHOD: a subscribed feed is no scheduling message (RFC 5546 would then want an ORGANIZER per event)
        calendar.add(new Name(name));
        // the name and refresh interval as Outlook, Apple and Google read them (NAME and REFRESH-INTERVAL are RFC 7986)
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        for (Deadline deadline : deadlines) {
            VEvent event = new VEvent(deadline.day(), deadline.day().plusDays(1), deadline.summary());
            event.add(new Uid(deadline.uid()));
            event.add(new Description(deadline.description()));
            if (deadline.link() != null) {
                event.add(new Url(deadline.link()));
            }
            event.add(ImmutableTransp.TRANSPARENT);
            calendar.add(event);
        }
        StringWriter ics = new StringWriter();
        try {
            // RFC 5545 wants at least one event, but a unit without open deadlines has none, and calendar apps
            // take an empty feed; checked only where there is something to check, so the log stays quiet
            new CalendarOutputter(!deadlines.isEmpty()).output(calendar, ics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ics.toString();
    }
}
