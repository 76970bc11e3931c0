package de.ratsanfragen.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One line of a faction's inquiry list: its progress as in {@link FactionInquiry}, without internals.
 *
 * @param answered   items for which an answer has been written (one sent back for rework still counts)
 * @param extensions the deadline's extensions with their reasons
 */
public record FactionInquirySummary(UUID id, String reference, String title, String faction, Instant receivedAt,
                                    LocalDate dueDate, FactionInquiry.Stage state, String stateLabel, int itemCount,
                                    int answered, List<OpenInquiry.Extension> extensions) implements InquiryListing {

    @Override
    public boolean released() {
        return state == FactionInquiry.Stage.RELEASED;
    }

    /** The faction's line of the OB office's one, counting every answer written. */
    static FactionInquirySummary of(InquirySummary summary, int withAnswer) {
        FactionInquiry.Stage stage = FactionInquiry.Stage.of(summary.state());
        return new FactionInquirySummary(summary.id(), summary.reference(), summary.title(), summary.faction(),
                summary.receivedAt(), summary.dueDate(), stage, stage.label(), summary.itemCount(), withAnswer,
                summary.extensions());
    }
}
