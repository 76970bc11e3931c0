package de.ratsanfragen.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import de.ratsanfragen.platform.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The deadline the OB office sets in triage, by inquiry type or as an explicit date, with the rules every way
 * of triaging shares (Tasklist, the REST API, the triage page): an explicit date must lie after the day of
 * receipt — a deadline on that day leaves nobody any time — and must not have passed. The preview shows the
 * dates the tasks will get and warns when the units would have fewer working days than configured.
 */
@Service
public class TriageDeadlines {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMAN);
    private static final String INVALID = "Ungültige Frist";

    private final DeadlineCalendar calendar;
    private final DeadlineProperties properties;

    TriageDeadlines(DeadlineCalendar calendar, DeadlineProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    /** The configured types in the configuration's order, with their German names and periods. */
    public List<InquiryType> inquiryTypes() {
        return properties.periods().entrySet().stream()
                .map(type -> new InquiryType(type.getKey(), type.getValue().label(), DeadlineCalendar.describe(type.getValue()),
                        type.getKey().equals(properties.defaultType())))
                .toList();
    }

    /**
     * The deadlines of the triage's choice: an explicit date before a type; neither means the default type.
     *
     * @param today the council's today, against which a passed date is refused
     * @throws ApiProblem 400 for an unknown type, a type whose deadline has passed (a late triage), an explicit date
     *                    on or before the day of receipt, one that has passed, or one too far ahead
     */
    public Deadlines plan(String inquiryType, LocalDate explicitDue, LocalDate receivedOn, LocalDate today) {
        if (explicitDue == null) {
            Deadlines byType = calendar.plan(inquiryType, receivedOn);
            if (byType.finalDue().isBefore(today)) {
                // triaged late: the type's period ran out before the triage; someone has to decide the new date
                throw invalid("Die Frist dieser Art wäre der " + byType.finalDue().format(DATE) + " und ist schon vorbei; "
                        + "bitte eine abweichende Frist angeben.");
            }
            return byType;
        }
        if (receivedOn != null && explicitDue.isBefore(receivedOn)) {
            throw invalid("Die Frist " + explicitDue.format(DATE) + " liegt vor dem Eingang der Anfrage am "
                    + receivedOn.format(DATE) + ".");
        }
        if (explicitDue.equals(receivedOn)) {
            throw invalid("Die Frist " + explicitDue.format(DATE) + " ist der Tag des Eingangs der Anfrage; "
                    + "die Frist muss nach dem Eingang liegen, damit die Einheiten Zeit für ihre Antworten haben.");
        }
        if (explicitDue.isBefore(today)) {
            throw invalid("Die Frist " + explicitDue.format(DATE) + " liegt in der Vergangenheit.");
        }
        return calendar.plan(explicitDue, receivedOn);
    }

    /** {@link #plan} with the dates the tasks will get when the triage is confirmed {@code today}. */
    public DeadlinePreview preview(String inquiryType, LocalDate explicitDue, LocalDate receivedOn, LocalDate today) {
        Deadlines planned = calendar.restagger(plan(inquiryType, explicitDue, receivedOn, today), today);
        LocalDate from = today.isAfter(receivedOn) ? today : receivedOn;
        int answerDays = Math.max(0, calendar.workingDaysBetween(from, planned.step(Step.ANSWERS).due()));
        return new DeadlinePreview(planned, from, answerDays, properties.minimumAnswerDays());
    }

    private static ApiProblem invalid(String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, INVALID, detail);
    }
}
