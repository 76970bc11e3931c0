package de.ratsanfragen.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of the OB office's inquiry list, with the inquiry's workflow state (a faction sees
 * {@link FactionInquirySummary}).
 *
 * @param state      its state in the workflow ({@code IN_SIGN_OFF} …)
 * @param answered   items with an answer that stands (one sent back for rework does not count)
 * @param extensions the deadline's extensions with their reasons
 */
public record InquirySummary(UUID id, String reference, String title, String faction, Instant receivedAt,
                             LocalDate dueDate, InquiryState state, int itemCount, int answered,
                             java.util.List<OpenInquiry.Extension> extensions) implements InquiryListing {

    @Override
    public String stateLabel() {
        return state.label();
    }

    @Override
    public boolean released() {
        return state == InquiryState.RELEASED;
    }
}
