package de.ratsanfragen.monitoring;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An open task of a unit with its deadlines ({@code GET /api/units/{code}/deadlines}, the page {@code /fristen}).
 *
 * @param subject         the inquiry's title
 * @param item            the item's number, {@code null} for a task about the whole inquiry
 * @param itemText        the item's text, {@code null} for a task about the whole inquiry
 * @param task            the task's German name
 * @param unit            the unit it waits for
 * @param taskDue         the task's own (internal) deadline
 * @param workingDaysLeft working days from today to it (negative: passed), {@code null} without one
 * @param lightLabel      the light in German
 * @param inquiryDue      the inquiry's final deadline
 * @param tasklist        where the task opens in Tasklist
 */
public record UnitTaskDeadline(UUID inquiryId, String reference, String subject, Integer item, String itemText, String task,
                               String unit, LocalDate taskDue, Integer workingDaysLeft, TrafficLight light, String lightLabel,
                               LocalDate inquiryDue, String tasklist) {
}
