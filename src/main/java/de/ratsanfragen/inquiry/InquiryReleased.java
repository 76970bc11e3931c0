package de.ratsanfragen.inquiry;

import java.util.UUID;

/**
 * The OB office approved the answers and the inquiry is released; published inside the releasing
 * transaction, so that what is frozen with the release (the response document's first version) exists
 * exactly when the release does.
 *
 * @param inquiryId the inquiry
 * @param reference its reference number
 */
public record InquiryReleased(UUID inquiryId, String reference) implements InquiryEvent {
}
