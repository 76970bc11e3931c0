package de.ratsanfragen.inquiry;

import java.util.List;

import de.ratsanfragen.organization.RoutingTag;

/**
 * An item as its {@link Inquiry}'s moves need it: its state, who holds it, its routing and what waits on it.
 * Only the inquiry changes it (its fields are the package's, its moves are the inquiry's).
 */
final class TrackedItem {

    private final int number;
    ItemState state;
    List<String> holders;
    RoutingTag routing;
    boolean returned;
    String returnNote;
    boolean overdue;
    private final boolean answered;
    /** Set by the inquiry when it routes the item: its routing is written with it. */
    boolean routingChanged;
    /** The units chosen to rework it after a send-back ({@code null}: every unit its routing names). */
    List<String> reworkUnits;
    /** Set by the inquiry when it sends the item back: the chosen units are written with it. */
    boolean reworkUnitsChanged;

    TrackedItem(int number, ItemState state, List<String> holders, RoutingTag routing, boolean returned, String returnNote,
         boolean overdue, boolean answered) {
        this.number = number;
        this.state = state;
        this.holders = List.copyOf(holders);
        this.routing = routing;
        this.returned = returned;
        this.returnNote = returnNote;
        this.overdue = overdue;
        this.answered = answered;
    }

    /**
     * The unit no longer holds the item (its task is done); when nobody is left and {@code thenLead}, the lead
     * holds it (its answer comes next).
     *
     * @return whether the unit held it
     */
    boolean letGo(String unit, boolean thenLead) {
        if (!holders.contains(unit)) {
            return false;
        }
        List<String> rest = holders.stream().filter(holder -> !holder.equals(unit)).toList();
        holders = rest.isEmpty() && thenLead && routing != null ? List.of(routing.lead()) : rest;
        return true;
    }

    int number() {
        return number;
    }

    ItemState state() {
        return state;
    }

    List<String> holders() {
        return holders;
    }

    RoutingTag routing() {
        return routing;
    }

    boolean returned() {
        return returned;
    }

    String returnNote() {
        return returnNote;
    }

    boolean overdue() {
        return overdue;
    }

    boolean answered() {
        return answered;
    }

    boolean routingChanged() {
        return routingChanged;
    }

    List<String> reworkUnits() {
        return reworkUnits;
    }

    boolean reworkUnitsChanged() {
        return reworkUnitsChanged;
    }
}
