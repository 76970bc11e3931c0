package de.ratsanfragen.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of the inquiry list: what a faction follows about its inquiry (no internal comments, no staff names).
 *
 * @param answered   items with an answer
 * @param extensions the deadline's extensions with their reasons
 */
public record InquirySummary(UUID id, String reference, String title, String faction, Instant receivedAt,
                             LocalDate dueDate, String state, int itemCount, int answered, java.util.List<OpenInquiry.Extension> extensions) {

    /** The answer can be downloaded once it is released. */
    public boolean released() {
        return InquiryProgress.RELEASED.equals(state);
    }
}
