package de.ratsanfragen.inquiry;

import java.util.List;

import de.ratsanfragen.organization.RoutingTag;

/**
 * One item of an imported inquiry.
 *
 * @param number       1, 2, … in document order
 * @param kind         question or remark
 * @param text         the faction's text, markup removed, hard line breaks joined
 * @param section      where it stands, or {@code null} in a plain numbered inquiry
 * @param measureRefs  codes of the evaluated measures it is about ({@code HF1/E2/M1}, a whole field {@code HF8})
 * @param routing      the routing tag that closes its block, or {@code null} (the OB office routes it in triage)
 * @param routingHints lines such as "Beantwortung Gesundheitsamt" that precede it
 */
public record ImportedItem(int number, ItemKind kind, String text, Section section, List<String> measureRefs,
                           RoutingTag routing, List<String> routingHints) {

    public ImportedItem {
        measureRefs = List.copyOf(measureRefs);
        routingHints = List.copyOf(routingHints);
    }

    ImportedItem withRouting(RoutingTag tag) {
        return new ImportedItem(number, kind, text, section, measureRefs, tag, routingHints);
    }
}
