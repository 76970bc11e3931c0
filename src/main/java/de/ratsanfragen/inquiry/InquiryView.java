package de.ratsanfragen.inquiry;

/**
 * An inquiry as one user may see it: everything ({@link InquiryDetails}) for the OB office, its progress
 * ({@link FactionInquiry}) for the faction that submitted it.
 */
public sealed interface InquiryView permits InquiryDetails, FactionInquiry {
}
