package de.ratsanfragen.inquiry;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * An inquiry in brief, for lists of tasks: reference, subject, deadline and its items' texts.
 *
 * @param items item texts by number
 */
public record InquiryOutline(UUID id, String reference, String title, LocalDate dueDate, Map<Integer, String> items) {
}
