package de.ratsanfragen.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.ratsanfragen.deadline.InquiryType;

/**
 * An inquiry in triage as the OB office's workspace shows it.
 *
 * @param id         the inquiry
 * @param reference  {@code ANF-2026-0001}
 * @param title      its subject
 * @param faction    the faction's name
 * @param receivedOn the day it was received
 * @param items      its items in order
 * @param units      the units an item can be routed to, grouped by Dezernat (the OB office its own group)
 * @param types      the inquiry types to choose from
 * @param triage     the inquiry is in triage (routing, suggestions, deadline and completion); otherwise it is being
 *                   answered and only the routing of its open items can change
 */
public record TriageView(UUID id, String reference, String title, String faction, LocalDate receivedOn, List<Item> items,
                         List<UnitGroup> units, List<InquiryType> types, boolean triage) {

    /** Numbers of the items without a routing. */
    public List<Integer> unrouted() {
        return items.stream().filter(item -> item.routing() == null).map(Item::number).toList();
    }

    /**
     * One item.
     *
     * @param number     its number
     * @param text       the faction's text
     * @param section    the section's heading as written, or {@code null}
     * @param measures   the measures it is about, with their status
     * @param routing    who answers it now, or {@code null}
     * @param hints      the document's routing hints („Beantwortung Gesundheitsamt“)
     * @param suggestion the routing the hints suggest, for an item without one; else {@code null}
     * @param state      where the item stands, in German
     * @param changeable its routing may change now (in triage, or open: not yet answered)
     */
    public record Item(int number, String text, String section, List<MeasureLine> measures, Routing routing, List<String> hints,
                       Routing suggestion, String state, boolean changeable) {
    }

    /** A measure an item is about: its code, text and German status. */
    public record MeasureLine(String code, String text, String status) {
    }

    /**
     * A routing with the units' names.
     *
     * @param tag       the routing tag as stored ({@code V: D03/ A53// D05/ A50})
     * @param answering the units that answer, the lead first
     * @param consulted the units consulted („in Abstimmung mit“)
     */
    public record Routing(String tag, List<UnitLabel> answering, List<UnitLabel> consulted) {

        public UnitLabel lead() {
            return answering.get(0);
        }

        /** Codes of the units that answer besides the lead. */
        public List<String> others() {
            return answering.stream().skip(1).map(UnitLabel::code).toList();
        }

        public List<String> consultedCodes() {
            return consulted.stream().map(UnitLabel::code).toList();
        }
    }

    /** A unit with its code and name („A53 – Gesundheitsamt“). */
    public record UnitLabel(String code, String name) {

        public String label() {
            return code + " – " + name;
        }
    }

    /** A Dezernat (or the OB office) with itself and its units, as one group of a list. */
    public record UnitGroup(UnitLabel head, List<UnitLabel> units) {
    }
}
