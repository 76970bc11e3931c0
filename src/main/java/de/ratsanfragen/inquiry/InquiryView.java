package de.ratsanfragen.inquiry;

/**
 * An inquiry as one user may see it: everything ({@link Inquiry}) for the OB office, its progress
 * ({@link FactionInquiry}) for the faction that submitted it.
 */
public sealed interface InquiryView permits Inquiry, FactionInquiry {
}
