package de.ratsanfragen.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One line of the inquiry list, as one user may see it: with its workflow state for the OB office
 * ({@link InquirySummary}), with its progress for the faction ({@link FactionInquirySummary}).
 */
public sealed interface InquiryListing permits InquirySummary, FactionInquirySummary {

    UUID id();

    String reference();

    String title();

    String faction();

    Instant receivedAt();

    LocalDate dueDate();

    int itemCount();

    /** Items answered, as the viewer counts them. */
    int answered();

    List<OpenInquiry.Extension> extensions();

    /** The state in German, as the list shows it. */
    String stateLabel();

    /** The answer can be downloaded once it is released. */
    boolean released();
}
