package de.ratsanfragen.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An inquiry's answers as the review before release shows them (page and {@code GET /api/inquiries/{id}/review}).
 *
 * @param id        the inquiry
 * @param reference {@code ANF-2026-0001}
 * @param title     its subject
 * @param faction   the faction's name
 * @param dueDate   its deadline, or {@code null}
 * @param state     its state, in German
 * @param step      what the user decides now: {@code SIGN_OFF}, {@code APPROVAL}, or {@code NONE} (read only)
 * @param taskId    the step decided on this page (its Tasklist task), or {@code null}; the decision names it
 * @param dezernat  the Dezernat that signs off in this step, or {@code null}
 * @param mayEdit   the user may change the wording of the answers (the OB office in approval)
 * @param draftPdf  the draft response as PDF, or {@code null} for a user who may not read drafts
 * @param draftDocx the draft response as Word document, or {@code null}
 * @param items     the items the user reviews (a Dezernat: its own), in order
 */
public record ReviewSheet(UUID id, String reference, String title, String faction, LocalDate dueDate, String state, Step step,
                          String taskId, String dezernat, boolean mayEdit, String draftPdf, String draftDocx, List<Item> items) {

    /** What the user decides on the page. */
    public enum Step {
        SIGN_OFF,
        APPROVAL,
        NONE
    }

    /**
     * One item under review.
     *
     * @param number         its number
     * @param section        its section's heading, or {@code null}
     * @param text           the faction's text
     * @param state          where it stands, in German
     * @param answer         its answer, or {@code null}
     * @param answeredBy     the units that gave it, each by name ({@code Personal- und Organisationsamt (A11)})
     * @param measures       the measures it is about, with their status
     * @param proposedStatus the status the answering unit proposed, in German, or {@code null}
     * @param units          the units it may go back to (its routing's), the lead first
     * @param edits          the OB office's changes of its wording, oldest first
     */
    public record Item(int number, String section, String text, String state, String answer, List<String> answeredBy,
                       List<Measure> measures, String proposedStatus, List<Unit> units, List<Edit> edits) {
    }

    /** The OB office changed the wording of the answer: who, when (council time), before and after. */
    public record Edit(String editedBy, java.time.OffsetDateTime editedAt, String oldText, String newText) {
    }

    /** A measure an item is about: code, text and status as the evaluation reported it. */
    public record Measure(String code, String text, String status) {
    }

    /** A unit an item may go back to. */
    public record Unit(String code, String name, boolean lead) {
    }
}
