package de.ratsanfragen.workflow;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Date;

import de.ratsanfragen.deadline.Deadlines;
import de.ratsanfragen.platform.CouncilTime;

/** Dates as the process uses them: "today" by the engine's clock, a day's end as a task's due time, German dates in forms. */
final class ProcessDates {

    /** The council's time zone: where a date becomes a point in time (due dates, "today"). */
    static final ZoneId COUNCIL_TIME = CouncilTime.ZONE;
    /** Tasks are due at the end of the office day. */
    private static final LocalTime END_OF_DAY = LocalTime.of(16, 0);
    static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

    private ProcessDates() {
    }

    static Date endOfDay(LocalDate date) {
        return Date.from(date.atTime(END_OF_DAY).atZone(COUNCIL_TIME).toInstant());
    }

    /** The deadline as the forms show it: „04.12.2026 – 2 Wochen ab Eingang am …“. */
    static String dueDateText(Deadlines deadlines) {
        return deadlines.finalDue().format(GERMAN_DATE) + " – " + deadlines.explanation();
    }

    /** A date typed into a form (TT.MM.JJJJ); anything else is refused with a German message. */
    static LocalDate parseTyped(String text) {
        try {
            return LocalDate.parse(text, TYPED_DATE);
        } catch (DateTimeParseException e) {
            throw TaskInputs.refuse("„" + text + "“ ist kein Datum im Format TT.MM.JJJJ.");
        }
    }
}
