package de.ratsanfragen.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A task of a unit is overdue; its Dezernat and the OB office are told (no task link: only the unit
 * itself may open its tasks).
 *
 * @param reference inquiry reference, {@code ANF-2026-0001}
 * @param subject   the inquiry's subject, or {@code null}
 * @param items     numbers of the items the task is about (empty for tasks on the whole inquiry)
 * @param taskName  the task's name as Tasklist shows it
 * @param dueDate   when the task was due
 */
public record Escalation(String reference, String subject, List<Integer> items, String taskName, LocalDate dueDate) {

    public Escalation {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(taskName, "taskName");
        Objects.requireNonNull(dueDate, "dueDate");
        items = items == null ? List.of() : List.copyOf(items);
    }
}
