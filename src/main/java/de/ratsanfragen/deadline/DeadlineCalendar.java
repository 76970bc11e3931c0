package de.ratsanfragen.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.platform.ApiProblem;

/**
 * The module's entry point: computes an inquiry's deadlines in the council's working-day calendar.
 * A working day is Monday to Friday unless it is a public holiday of the council's federal state
 * (from the organization directory, holidays from jollyday).
 *
 * <p><b>Final date.</b> A period is counted from the receipt date, which itself does not count: two
 * weeks from Monday the 13th is Monday the 27th, 14 calendar days from Friday the 17th is Friday the
 * 31st. A period in calendar days or weeks that ends on a weekend or holiday ends on the next working
 * day instead; a period in working days always ends on one. An explicit date (e.g. "before the
 * committee meeting") follows the same rule, as the GUIDE asks for every deadline: on a weekend or
 * holiday it moves to the next working day, and the explanation says so.
 *
 * <p><b>Internal dates.</b> Each {@link Step} is due the configured number of working days before the
 * final date, and no step is due before the first working day after receipt. If the period is too short
 * for that, the whole stagger is compressed proportionally: with {@code n} working days of room and
 * the answers configured {@code a} days before the end, a step configured {@code d} days before is due
 * {@code floor(d * n / a)} working days before the final date. The order of the steps is kept (two may
 * fall on the same day), the answers get the first day there is, and in the extreme case (final date =
 * first working day after receipt) everything is due on the final date. A step's reminder date lies the
 * configured working days before its due date, but not before that first working day either.
 */
@Service
public class DeadlineCalendar {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMAN);
    private static final DateTimeFormatter DAY_AND_DATE = DateTimeFormatter.ofPattern("EEEE, dd.MM.yyyy", Locale.GERMAN);
    private static final String INVALID = "Ungültige Frist";
    /**
     * A final date lies at most this many years after receipt, explicit or extended: the longest
     * period we know is Munich's twelve weeks. Planning counts the days between, so a date in the year
     * 999,999,999 (the parser accepts it) kept a request busy for good.
     */
    static final int MAX_YEARS_AFTER_RECEIPT = 2;

    private final DeadlineProperties properties;
    private final StateHolidays holidays;

    DeadlineCalendar(DeadlineProperties properties, OrganizationDirectory directory) {
        this.properties = properties;
        this.holidays = new StateHolidays(directory.council().state());
    }

    /**
     * Deadlines for an inquiry of this type received on this day.
     *
     * @param inquiryType a configured type ({@code ANFRAGE}, {@code grosse-anfrage}, …); blank or
     *                    {@code null} means the configured default type
     * @throws ApiProblem 400 for an unknown type or a missing receipt date
     */
    public Deadlines plan(String inquiryType, LocalDate receivedOn) {
        requireReceipt(receivedOn);
        String type = inquiryType == null || inquiryType.isBlank()
                ? properties.defaultType() : DeadlineProperties.typeKey(inquiryType);
        DeadlineProperties.Period period = properties.period(type).orElseThrow(() -> new ApiProblem(HttpStatus.BAD_REQUEST,
                "Unbekannte Anfrageart", "Für die Anfrageart „" + inquiryType.trim() + "“ ist keine Frist festgelegt. Bekannt sind: "
                        + String.join(", ", properties.periods().keySet()) + "."));
        int amount = period.amount();
        String head = describe(period) + " ab Eingang am " + receivedOn.format(DATE);
        return switch (period.unit()) {
            case WORKING_DAYS -> {
                LocalDate due = addWorkingDays(receivedOn, amount);
                yield deadlines(receivedOn, due, receivedOn, type, head + ": " + due.format(DAY_AND_DATE) + ".");
            }
            case CALENDAR_DAYS -> rolled(receivedOn, receivedOn.plusDays(amount), type, head);
            case WEEKS -> rolled(receivedOn, receivedOn.plusWeeks(amount), type, head);
        };
    }

    /**
     * Deadlines for an explicitly given final date, e.g. the day before a committee meeting.
     *
     * @throws ApiProblem 400 if the date is missing or lies before the receipt date
     */
    public Deadlines plan(LocalDate explicitDueDate, LocalDate receivedOn) {
        requireReceipt(receivedOn);
        if (explicitDueDate == null) {
            throw invalid("Es ist kein Datum für die Frist angegeben.");
        }
        if (explicitDueDate.isBefore(receivedOn)) {
            throw invalid("Die Frist " + explicitDueDate.format(DATE) + " liegt vor dem Eingang der Anfrage am "
                    + receivedOn.format(DATE) + ".");
        }
        requireWithinHorizon(explicitDueDate, receivedOn);
        LocalDate due = workingDayOnOrAfter(explicitDueDate);
        String explanation = due.equals(explicitDueDate)
                ? "Vorgegebener Termin: " + due.format(DAY_AND_DATE) + "."
                : "Vorgegebener Termin " + movedBecause(explicitDueDate, due) + ".";
        return deadlines(receivedOn, due, receivedOn, Deadlines.EXPLICIT, explanation);
    }

    /**
     * Moves the final date later and re-staggers the internal dates from it; no internal date then lies
     * before the working day after {@code today}, so nobody is overdue the moment the deadline is extended.
     *
     * @param reason why the deadline is extended (told to the faction in the interim notice)
     * @throws ApiProblem 400 without a reason, for a date in the past or one not later than the current final date
     */
    public Deadlines extend(Deadlines current, LocalDate newFinalDate, String reason, LocalDate today) {
        if (reason == null || reason.isBlank()) {
            throw invalid("Für eine Fristverlängerung ist eine Begründung nötig.");
        }
        if (newFinalDate == null) {
            throw invalid("Es ist kein neues Datum für die Frist angegeben.");
        }
        if (newFinalDate.isBefore(today)) {
            throw invalid("Die neue Frist " + newFinalDate.format(DATE) + " liegt in der Vergangenheit.");
        }
        if (!newFinalDate.isAfter(current.finalDue())) {
            throw invalid("Die neue Frist " + newFinalDate.format(DATE) + " muss nach der bisherigen Frist "
                    + current.finalDue().format(DATE) + " liegen.");
        }
        requireWithinHorizon(newFinalDate, current.receivedOn());
        LocalDate due = workingDayOnOrAfter(newFinalDate);
        String target = due.equals(newFinalDate) ? due.format(DAY_AND_DATE) : movedBecause(newFinalDate, due);
        String explanation = "Verlängert von " + current.finalDue().format(DAY_AND_DATE) + " auf " + target
                + ". Begründung: " + reason.trim();
        LocalDate notBefore = today.isAfter(current.receivedOn()) ? today : current.receivedOn();
        return deadlines(current.receivedOn(), due, notBefore, Deadlines.EXPLICIT, explanation);
    }

    /**
     * The same final date with the internal dates staggered again from {@code today}: for a round in
     * which items were sent back, whose first dates may have passed. Past the final date every step
     * is due on it.
     */
    public Deadlines restagger(Deadlines current, LocalDate today) {
        LocalDate notBefore = today.isAfter(current.receivedOn()) ? today : current.receivedOn();
        return deadlines(current.receivedOn(), current.finalDue(), notBefore, current.basis(), current.explanation());
    }

    /** The configured inquiry types with their periods, for the triage form: "ANFRAGE: 2 Wochen (Standard); …". */
    public String describeInquiryTypes() {
        return properties.periods().entrySet().stream()
                .map(type -> type.getKey() + ": " + describe(type.getValue())
                        + (type.getKey().equals(properties.defaultType()) ? " (ohne Angabe)" : ""))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /** Monday to Friday and not a public holiday of the council's state. */
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && holidays.nameOf(date).isEmpty();
    }

    /** The first working day after {@code date} (never {@code date} itself). */
    public LocalDate nextWorkingDay(LocalDate date) {
        return addWorkingDays(date, 1);
    }

    /** {@code date} itself if it is a working day, else the next one: where a deadline on a free day ends. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : nextWorkingDay(date);
    }

    /**
     * Counts {@code days} working days from {@code date}, which itself does not count: 1 is the next
     * working day, -1 the previous one, 0 is {@code date} unchanged (even if it is not a working day).
     */
    public LocalDate addWorkingDays(LocalDate date, int days) {
        int step = days < 0 ? -1 : 1;
        LocalDate current = date;
        for (int left = Math.abs(days); left > 0; ) {
            current = current.plusDays(step);
            if (isWorkingDay(current)) {
                left--;
            }
        }
        return current;
    }

    /**
     * The working days after {@code from} up to and including {@code to} (negative if {@code to} is
     * earlier), so that {@code addWorkingDays(from, workingDaysBetween(from, to))} is {@code to} for
     * every working day {@code to}. A monitor uses it for "due in 3 working days" and "overdue by 2".
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The German name of the state's public holiday on this date (e.g. "Reformationstag"), if it is one. */
    public Optional<String> holidayName(LocalDate date) {
        return holidays.nameOf(date);
    }

    private Deadlines rolled(LocalDate receivedOn, LocalDate end, String type, String head) {
        LocalDate due = workingDayOnOrAfter(end);
        String explanation = due.equals(end)
                ? head + ": " + due.format(DAY_AND_DATE) + "."
                : head + "; " + movedBecause(end, due) + ".";
        return deadlines(receivedOn, due, receivedOn, type, explanation);
    }

    /** "31.10.2025 ist Reformationstag, daher Montag, 03.11.2025" */
    private String movedBecause(LocalDate end, LocalDate due) {
        String why = holidays.nameOf(end).orElseGet(() -> "ein " + end.format(DateTimeFormatter.ofPattern("EEEE", Locale.GERMAN)));
        return end.format(DATE) + " ist " + why + ", daher " + due.format(DAY_AND_DATE);
    }

    /** Staggers the steps back from {@code finalDue}; see the class comment for the compression. */
    private Deadlines deadlines(LocalDate receivedOn, LocalDate finalDue, LocalDate notBefore, String basis,
            String explanation) {
        int room = Math.max(0, workingDaysBetween(notBefore, finalDue) - 1);
        int longest = properties.stagger().daysBefore(Step.ANSWERS);
        LocalDate earliest = nextWorkingDay(notBefore);
        Map<Step, StepDeadline> steps = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            int daysBefore = properties.stagger().daysBefore(step);
            if (longest > room) {
                daysBefore = daysBefore * room / longest;
            }
            LocalDate due = addWorkingDays(finalDue, -daysBefore);
            LocalDate followUp = addWorkingDays(due, -properties.reminderLeadDays());
            if (followUp.isBefore(earliest)) {
                followUp = earliest.isAfter(due) ? due : earliest;
            }
            steps.put(step, new StepDeadline(due, followUp));
        }
        return new Deadlines(receivedOn, finalDue, steps, basis, explanation);
    }

    static String describe(DeadlineProperties.Period period) {
        int n = period.amount();
        return n + switch (period.unit()) {
            case CALENDAR_DAYS -> n == 1 ? " Kalendertag" : " Kalendertage";
            case WORKING_DAYS -> n == 1 ? " Arbeitstag" : " Arbeitstage";
            case WEEKS -> n == 1 ? " Woche" : " Wochen";
        };
    }

    private static void requireWithinHorizon(LocalDate date, LocalDate receivedOn) {
        if (date.isAfter(receivedOn.plusYears(MAX_YEARS_AFTER_RECEIPT))) {
            throw invalid("Die Frist " + date.format(DATE) + " liegt mehr als " + MAX_YEARS_AFTER_RECEIPT
                    + " Jahre nach dem Eingang der Anfrage am " + receivedOn.format(DATE) + "; so lange Fristen werden nicht angenommen.");
        }
    }

    private static void requireReceipt(LocalDate receivedOn) {
        if (receivedOn == null) {
            throw invalid("Das Eingangsdatum der Anfrage fehlt.");
        }
    }

    private static ApiProblem invalid(String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, INVALID, detail);
    }
}
