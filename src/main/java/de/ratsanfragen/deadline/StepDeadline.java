package de.ratsanfragen.deadline;

import java.time.LocalDate;

/**
 * When one internal step is due and when its task should come up again as a reminder.
 *
 * @param due      the step's due date (a working day)
 * @param followUp the reminder date, a few working days before {@code due}, never after it
 */
public record StepDeadline(LocalDate due, LocalDate followUp) {
}
