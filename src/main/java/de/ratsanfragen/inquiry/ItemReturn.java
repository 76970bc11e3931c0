package de.ratsanfragen.inquiry;

import java.util.List;

/**
 * One item sent back from sign-off or approval: what is to change, and the units that rework it.
 *
 * @param number  the item
 * @param comment what is to change (required)
 * @param units   the units that get a task in the next round, chosen among those the item's routing names;
 *                {@code null}: every unit it names (a send-back through Tasklist's form, which names none)
 */
public record ItemReturn(int number, String comment, List<String> units) {
}
