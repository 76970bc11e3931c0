package de.ratsanfragen.inquiry;

import java.util.UUID;

/**
 * A faction withdrew its inquiry before the answer was released; published inside the withdrawing
 * transaction, so that the workflow ends the inquiry's tasks together with the withdrawal or not at all.
 *
 * @param inquiryId the inquiry
 * @param reference its reference number
 */
public record InquiryWithdrawn(UUID inquiryId, String reference) implements InquiryEvent {
}
