package de.ratsanfragen.inquiry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.ratsanfragen.evaluation.Measure;
import de.ratsanfragen.evaluation.MeasureStatus;
import de.ratsanfragen.organization.RoutingTag;

/**
 * An inquiry as the process's tasks and the response letter read it.
 *
 * @param id           the inquiry
 * @param reference    {@code ANF-2026-0001}
 * @param title        its subject
 * @param faction      the faction's name
 * @param receivedOn   the day it was received (council time)
 * @param dueDate      its deadline, or {@code null} before triage
 * @param state        its state
 * @param committee    the committee it is addressed to, or {@code null}
 * @param documentDate the date the faction wrote on it, or {@code null}
 * @param items        its items
 */
public record InquiryFacts(UUID id, String reference, String title, String faction, LocalDate receivedOn, LocalDate dueDate,
                           InquiryState state, String committee, LocalDate documentDate, List<Item> items) {

    public Item item(int number) {
        return items.stream().filter(item -> item.number() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("inquiry " + reference + " has no item " + number));
    }

    /**
     * An item as the workflow's tasks show it.
     *
     * @param number         its number
     * @param kind           question or remark
     * @param text           the faction's text
     * @param section        where it stands (Handlungsfeld, Empfehlung, heading), or {@code null}
     * @param routing        its routing, or {@code null}
     * @param hints          routing hints from the document
     * @param measures       the measures it is about
     * @param answer         its answer once given, else {@code null}
     * @param answeredBy     the units that gave it ({@code D01/A11, D03/A32}), else {@code null}
     * @param proposedStatus the implementation status the answering unit found for the item's measures, or {@code null}
     * @param state          where the item stands ({@link ItemState#RETURNED} while it waits for its rework)
     */
    public record Item(int number, ItemKind kind, String text, Section section, RoutingTag routing, List<String> hints,
                       List<Measure> measures, String answer, String answeredBy, MeasureStatus proposedStatus, ItemState state) {

        /** The section's heading as written, or {@code null}. */
        public String heading() {
            return section == null ? null : section.heading();
        }
    }
}
