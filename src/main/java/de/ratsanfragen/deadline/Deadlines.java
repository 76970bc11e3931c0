package de.ratsanfragen.deadline;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The deadlines of one inquiry.
 *
 * @param receivedOn  the day the inquiry was received; no internal date lies before the working day after it
 * @param finalDue    the day the response is due (always a working day of the council's state)
 * @param steps       the internal due and reminder dates, in the order of {@link Step}
 * @param basis       the inquiry type whose period was applied (e.g. {@code ANFRAGE}), or {@link #EXPLICIT}
 *                    for a date that was set explicitly or by an extension
 * @param explanation how the final date was computed, in German, for the OB office and the faction
 */
public record Deadlines(LocalDate receivedOn, LocalDate finalDue, Map<Step, StepDeadline> steps, String basis,
        String explanation) {

    public static final String EXPLICIT = "explicit";

    public Deadlines {
        steps = Collections.unmodifiableMap(new EnumMap<>(steps));
    }

    public StepDeadline step(Step step) {
        return steps.get(step);
    }
}
