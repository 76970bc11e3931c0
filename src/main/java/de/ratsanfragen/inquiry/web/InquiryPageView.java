package de.ratsanfragen.inquiry.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.ratsanfragen.inquiry.FactionInquiry;
import de.ratsanfragen.inquiry.InquiryAudience;
import de.ratsanfragen.inquiry.InquiryItem;
import de.ratsanfragen.inquiry.InquiryState;
import de.ratsanfragen.inquiry.OpenInquiry;
import de.ratsanfragen.platform.CurrentUser;

/**
 * The page model of one inquiry ({@code anfrage.html}).
 *
 * @param stateLabel    where it stands, in the words its faction sees
 * @param items         its items; {@link Row#workflow} only for the OB office
 * @param mayWithdraw   the user may withdraw it now (its faction or the OB office, before the release)
 * @param mayReadDraft  the user may open the draft of the response (OB office, signing Dezernate)
 * @param mayCorrect    the user may correct the released response (OB office)
 * @param mayRoute      the OB office may triage it or change the routing of its open items ({@code /pruefung})
 * @param mayReview     the OB office may open its review of the answers ({@code /durchsicht})
 */
record InquiryPageView(UUID id, String reference, String title, String factionName, Instant receivedAt, LocalDate dueDate,
                       InquiryState state, String stateLabel, int itemCount, int answered,
                       List<OpenInquiry.Extension> extensions, List<Row> items, boolean mayWithdraw, boolean mayReadDraft,
                       boolean mayCorrect, boolean mayRoute, boolean mayReview) {

    /**
     * @param section  where the item stands in the document, or {@code null}
     * @param workflow its workflow state and who holds it (OB office only), or {@code null}
     */
    record Row(int number, String text, String section, List<String> measures, boolean answered, String workflow) {
    }

    /** @param nameOf a unit's name by its code, as the directory gives it */
    static InquiryPageView of(FactionInquiry progress, Map<Integer, InquiryItem> details, InquiryAudience audience,
                              CurrentUser user, java.util.function.Function<String, String> nameOf) {
        List<Row> rows = progress.items().stream().map(item -> {
            InquiryItem detail = details.get(item.number());
            String workflow = detail == null ? null
                    : detail.state().label() + (detail.holders() == null || detail.holders().isEmpty() ? ""
                    : " – bei " + String.join(", ", detail.holders().stream().map(code -> nameOf.apply(code) + " (" + code + ")").toList()));
            return new Row(item.number(), item.text(), item.section() == null ? null : item.section().heading(),
                    item.measureRefs(), item.answered(), workflow);
        }).toList();
        InquiryState state = audience.state();
        boolean open = state != InquiryState.RELEASED && state != InquiryState.WITHDRAWN;
        boolean office = InquiryAudience.seesEveryInquiry(user);
        return new InquiryPageView(progress.id(), progress.reference(), progress.title(), progress.factionName(),
                progress.receivedAt(), progress.dueDate(), state, progress.stateLabel(), progress.itemCount(),
                progress.answered(), progress.extensions(), rows, open && (office || audience.submittedBy(user)),
                audience.mayReadDrafts(user) && open, office && audience.released(),
                office && (state == InquiryState.IN_TRIAGE || state == InquiryState.IN_PROGRESS),
                office && (state == InquiryState.IN_PROGRESS || state == InquiryState.IN_SIGN_OFF || state == InquiryState.IN_APPROVAL));
    }

    public boolean released() {
        return state == InquiryState.RELEASED;
    }
}
