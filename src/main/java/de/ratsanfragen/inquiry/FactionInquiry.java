package de.ratsanfragen.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.ratsanfragen.evaluation.Measure;

/**
 * An inquiry as its faction follows it: what it asked, the deadline with every extension and its
 * reason, and how far the answers are — not how the administration works on them. No workflow states
 * of the items (a decline, a send-back), no units holding them, no overdue marks, no routing, no
 * comments and no names of staff.
 *
 * @param factionInDocument the faction as the document names it
 * @param state      where the inquiry stands, coarsely
 * @param stateLabel the same in German
 * @param itemCount  how many items it has
 * @param answered   items for which an answer has been written; an answer sent back for rework still counts,
 *                   so the faction sees progress, not the administration's internal rounds
 * @param extensions the deadline's extensions with their reasons
 * @param items      the items in document order
 * @param measures   the evaluated measures the items are about, as the report states them
 * @param fileName   the uploaded file's name, or {@code null} for JSON
 * @param format     how the document was read
 * @param warnings   what could not be read cleanly in the submitted document
 */
public record FactionInquiry(UUID id, String reference, String title, String faction, String factionName,
                             String factionInDocument, String committee,
                             LocalDate documentDate, Instant receivedAt, LocalDate dueDate, Stage state, String stateLabel,
                             int itemCount, int answered, List<OpenInquiry.Extension> extensions, List<Item> items,
                             UUID evaluationId, String evaluationTitle, List<Measure> measures, String fileName,
                             String format, List<String> warnings)
        implements InquiryView {

    /**
     * One item as the faction sees it.
     *
     * @param answered an answer has been written (released with the response)
     */
    public record Item(int number, ItemKind kind, String text, Section section, List<String> measureRefs, boolean answered) {
    }

    /** An inquiry's state as the faction sees it: received, being answered, answered, withdrawn. */
    public enum Stage {
        RECEIVED("eingegangen"),
        IN_PROGRESS("in Bearbeitung"),
        RELEASED("beantwortet"),
        WITHDRAWN("zurückgezogen");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Triage is receipt; answering, sign-off and approval are all „in Bearbeitung“. */
        static Stage of(InquiryState state) {
            return switch (state) {
                case SUBMITTED, IN_TRIAGE -> RECEIVED;
                case RELEASED -> RELEASED;
                case WITHDRAWN -> WITHDRAWN;
                case IN_PROGRESS, IN_SIGN_OFF, IN_APPROVAL -> IN_PROGRESS;
            };
        }
    }

    /** The faction's view of the inquiry the OB office sees in full. */
    static FactionInquiry of(InquiryDetails inquiry, Set<Integer> withAnswer, List<OpenInquiry.Extension> extensions) {
        Stage stage = Stage.of(inquiry.state());
        List<Item> items = inquiry.items().stream()
                .map(item -> new Item(item.number(), item.kind(), item.text(), item.section(), item.measureRefs(),
                        withAnswer.contains(item.number())))
                .toList();
        return new FactionInquiry(inquiry.id(), inquiry.reference(), inquiry.title(), inquiry.faction(), inquiry.factionName(),
                inquiry.factionInDocument(), inquiry.committee(), inquiry.documentDate(), inquiry.receivedAt(), inquiry.dueDate(), stage, stage.label(),
                items.size(), (int) items.stream().filter(Item::answered).count(), extensions, items,
                inquiry.evaluationId(), inquiry.evaluationTitle(), inquiry.measures(), inquiry.fileName(), inquiry.format(),
                inquiry.warnings());
    }
}
