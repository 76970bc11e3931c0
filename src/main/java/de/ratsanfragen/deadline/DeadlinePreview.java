package de.ratsanfragen.deadline;

import java.time.LocalDate;

/**
 * The deadlines a triage would set, as the OB office sees them before it confirms: the final date and the
 * internal dates the tasks will get (staggered from the day of the triage), and how many working days that
 * leaves the units for their answers.
 *
 * @param deadlines         the final date and each step's date, staggered from {@code from}
 * @param from              the day the units' time starts: the day of the triage (or of the receipt, if later)
 * @param answerDays        working days after {@code from} up to the units' answers
 * @param minimumAnswerDays the configured fewest working days for the answers
 */
public record DeadlinePreview(Deadlines deadlines, LocalDate from, int answerDays, int minimumAnswerDays) {

    /** Whether the units get fewer working days than configured. */
    public boolean tooShort() {
        return answerDays < minimumAnswerDays;
    }

    /** The German warning for a deadline that leaves the units too little time, or {@code null}. */
    public String warning() {
        if (!tooShort()) {
            return null;
        }
        return "Die Einheiten hätten für ihre Antworten nur " + answerDays + (answerDays == 1 ? " Arbeitstag" : " Arbeitstage")
                + "; vorgesehen sind mindestens " + minimumAnswerDays + ". Bitte die Frist prüfen oder eine spätere wählen.";
    }
}
