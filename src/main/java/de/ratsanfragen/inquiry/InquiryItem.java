package de.ratsanfragen.inquiry;

import java.util.List;

import de.ratsanfragen.organization.RoutingTag;

/**
 * A stored item of an inquiry.
 *
 * @param number       1, 2, … in document order
 * @param kind         question or remark
 * @param text         the faction's text
 * @param section      where it stands in the document, or {@code null}
 * @param measureRefs  codes of the measures it is about
 * @param routing      who must answer, or {@code null} until the OB office routes it
 * @param routingHints hints such as "Beantwortung Gesundheitsamt"
 * @param state        where it stands in the workflow
 * @param holder       the unit(s) working on it now, or {@code null}
 * @param overdue      a task for it passed its due date
 * @param holders      the units holding it now (codes), none when nobody does
 */
public record InquiryItem(int number, ItemKind kind, String text, Section section, List<String> measureRefs,
                          RoutingTag routing, List<String> routingHints, ItemState state, String holder, boolean overdue,
                          List<String> holders) {
}
