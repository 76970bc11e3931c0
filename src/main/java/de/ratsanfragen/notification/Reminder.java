package de.ratsanfragen.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A task of a unit is due soon.
 *
 * @param reference inquiry reference, {@code ANF-2026-0001}
 * @param subject   the inquiry's subject, or {@code null}
 * @param items     numbers of the items the task is about (empty for tasks on the whole inquiry)
 * @param taskName  the task's name as Tasklist shows it
 * @param dueDate   when the task is due
 * @param taskId    the task's id for a direct link into Tasklist, or {@code null} for a link to the list
 */
public record Reminder(String reference, String subject, List<Integer> items, String taskName, LocalDate dueDate,
                       String taskId) {

    public Reminder {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(taskName, "taskName");
        Objects.requireNonNull(dueDate, "dueDate");
        items = items == null ? List.of() : List.copyOf(items);
    }
}
