package de.ratsanfragen.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One line of the inquiry list. */
public record InquirySummary(UUID id, String reference, String title, String faction, Instant receivedAt,
                             LocalDate dueDate, String state, int itemCount) {
}
