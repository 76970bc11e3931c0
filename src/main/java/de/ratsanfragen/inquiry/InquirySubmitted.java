package de.ratsanfragen.inquiry;

import java.util.UUID;

/**
 * An inquiry was stored as submitted; published inside the submitting transaction, so whatever
 * reacts to it (the workflow starts its process) happens together with the submission or not at all.
 *
 * @param inquiryId the inquiry
 * @param reference its reference number
 */
public record InquirySubmitted(UUID inquiryId, String reference) implements InquiryEvent {
}
