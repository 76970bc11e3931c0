package de.ratsanfragen.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A released or withdrawn inquiry as the archive lists it.
 *
 * @param faction    the faction's code
 * @param dueDate    its deadline in force at the end (extensions included), {@code null} if it never had one
 * @param releasedAt when it was released, {@code null} for a withdrawn one
 * @param items      its items
 * @param extensions how often its deadline was extended
 */
public record ArchivedInquiry(UUID id, String reference, String title, String faction, Instant receivedAt, LocalDate dueDate,
                              InquiryState state, Instant releasedAt, int items, int extensions) {
}
