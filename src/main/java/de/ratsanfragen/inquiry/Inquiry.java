package de.ratsanfragen.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.ratsanfragen.organization.RoutingTag;

/**
 * An inquiry on its way from receipt to release: the aggregate that owns its state and its items' states.
 * Every move is one method that checks it against {@link InquiryState#canTransitionTo} and
 * {@link ItemState#canTransitionTo}, refuses an illegal one with a German 409 before changing anything,
 * and records its {@link InquiryEvent}. {@link InquiryStore} loads it under a row lock and stores what
 * changed; the services of this module publish the events after storing.
 */
final class Inquiry extends GuardedMoves {

    private LocalDate dueDate;
    private Instant releasedAt;

    Inquiry(UUID id, String reference, String faction, InquiryState state, LocalDate dueDate, Instant releasedAt,
            Collection<TrackedItem> items) {
        super(id, reference, faction, state, items);
        this.dueDate = dueDate;
        this.releasedAt = releasedAt;
    }

    /** The OB office begins to check the submitted inquiry: it holds every item. */
    void beginTriage(String obOffice) {
        move(InquiryState.IN_TRIAGE, () -> holdAll(ItemState.IN_TRIAGE, List.of(obOffice)));
        events.add(new InquiryEvent.TriageStarted(id, reference));
    }

    /**
     * Sets or corrects an item's routing: while the inquiry is submitted or in triage, or for an item a unit
     * declined. Otherwise its tasks are out and follow the tag they were created with.
     */
    void route(int number, java.util.function.Supplier<RoutingTag> routing) {
        TrackedItem item = item(number);
        requireRoutingMayChange();
        if (state != InquiryState.SUBMITTED && state != InquiryState.IN_TRIAGE && item.state != ItemState.DECLINED) {
            throw conflict("Prüfung abgeschlossen", "Die Anfrage " + reference + " ist bereits verteilt; der V-Vermerk von Frage "
                    + number + " ändert sich nur noch, wenn eine Einheit sie als „nicht zuständig“ zurückgibt.");
        }
        if (item.state == ItemState.DECLINED) {
            // routed anew once: a second routing before its units took it up is refused
            apply(Map.of(checked(item, ItemState.REROUTED), item.holders));
        }
        item.routing = routing.get();
        item.routingChanged = true;
        changedItems.add(number);
    }

    /**
     * The OB office routes an open item anew while its units work on it (another lead, units added or removed,
     * other consulted units). Only an item in progress: an answered item waits for its sign-off, and one in
     * sign-off or approval goes back to its units only by being returned there. A routing that names the same
     * units in the same roles changes nothing.
     *
     * @return the units that held a role under the routing before and hold none under the new one, each with its old role
     */
    Map<String, Contribution.Role> reroute(int number, java.util.function.Supplier<RoutingTag> routing) {
        TrackedItem item = item(number);
        requireRoutingMayChange();
        if (state != InquiryState.IN_PROGRESS || item.state != ItemState.IN_PROGRESS) {
            throw conflict("Nicht neu zuzuordnen", "Frage " + number + " der Anfrage " + reference + " ist " + item.state.label()
                    + ". Neu zugeordnet wird nur eine offene Frage, die noch nicht beantwortet ist; Fragen in der Mitzeichnung "
                    + "oder Freigabe gehen über „zurückgeben“ an die Einheiten zurück.");
        }
        RoutingTag next = routing.get();
        if (ItemRoles.of(item.routing).equals(ItemRoles.of(next))) {
            return Map.of();
        }
        RoutingTag previous = item.routing;
        item.routing = next;
        item.routingChanged = true;
        changedItems.add(number);
        events.add(new ItemRerouted(id, number, next.raw()));
        return ItemRoles.lost(previous, next);
    }

    /** An item's routing as it stands. */
    RoutingTag routing(int number) {
        return item(number).routing;
    }

    private void requireRoutingMayChange() {
        if (state == InquiryState.RELEASED) {
            throw conflict("Bereits beantwortet", "Die Anfrage " + reference + " ist freigegeben; ihre Zuständigkeiten ändern sich nicht mehr.");
        }
        if (state == InquiryState.WITHDRAWN) {
            throw conflict("Zurückgezogen", "Die Anfrage " + reference + " ist zurückgezogen; ihre Zuständigkeiten ändern sich nicht mehr.");
        }
    }

    /** Whether the item waits for a new routing after a unit declined it. */
    boolean declined(int number) {
        return item(number).state == ItemState.DECLINED;
    }

    /** Numbers of the items without a routing. */
    List<Integer> unrouted() {
        return items.values().stream().filter(item -> item.routing == null || item.routing.assignments().isEmpty())
                .map(TrackedItem::number).toList();
    }

    /** Triage is done: the deadline is set and the units answer. */
    void startAnswering(LocalDate due) {
        requireState("Verteilt wird eine Anfrage nur aus der Prüfung durch den Bereich OB", InquiryState.IN_TRIAGE);
        if (!unrouted().isEmpty()) {
            throw conflict("Nicht verteilt", "Die Anfrage " + reference + " hat Fragen ohne V-Vermerk: " + unrouted() + ".");
        }
        move(InquiryState.IN_PROGRESS, Map::of);
        dueDate = due;
        events.add(new InquiryEvent.AnsweringStarted(id, reference, due));
    }

    /** The item's units take it up (in a first round, after a re-routing or after it was sent back). */
    void takeUp(int number, List<String> holders) {
        requireState("Fragen werden nur bearbeitet, solange die Anfrage in Bearbeitung ist", InquiryState.IN_PROGRESS);
        apply(Map.of(checked(item(number), ItemState.IN_PROGRESS), holders));
    }

    /** A unit wrote its contribution or comment and no longer holds the item; after the last, the lead does. */
    void contributed(int number, String unit) {
        if (item(number).state == ItemState.IN_PROGRESS && item(number).letGo(unit, true)) {
            changedItems.add(number);
        }
    }

    /** The lead unit answered the item; it holds it until sign-off. */
    void answered(int number, String lead) {
        requireState("Antworten werden nur gegeben, solange die Anfrage in Bearbeitung ist", InquiryState.IN_PROGRESS);
        apply(Map.of(checked(item(number), ItemState.ANSWERED), List.of(lead)));
        events.add(new InquiryEvent.ItemAnswered(id, number, lead));
    }

    /** A unit declined the item („nicht zuständig“): the OB office holds it for a new routing. */
    void decline(int number, String unit, String reason, String obOffice) {
        requireState("Fragen werden nur abgegeben, solange die Anfrage in Bearbeitung ist", InquiryState.IN_PROGRESS);
        apply(Map.of(checked(item(number), ItemState.DECLINED), List.of(obOffice)));
        events.add(new InquiryEvent.ItemDeclined(id, number, unit, reason));
    }

    /** The round's items are answered: each is held by its Dezernate until they have decided. */
    void beginSignOff(Map<Integer, List<String>> dezernateByItem) {
        move(InquiryState.IN_SIGN_OFF, () -> {
            Map<Hold, List<String>> holds = new java.util.LinkedHashMap<>();
            dezernateByItem.forEach((number, dezernate) -> holds.put(checked(item(number), ItemState.IN_SIGN_OFF), dezernate));
            return holds;
        });
        events.add(new InquiryEvent.SignOffStarted(id, reference, List.copyOf(dezernateByItem.keySet())));
    }

    /** A Dezernat decided in its sign-off: its items still in sign-off wait only for the Dezernate yet to decide. */
    void signOffDecided(String dezernat) {
        items.values().stream().filter(item -> item.state == ItemState.IN_SIGN_OFF && item.letGo(dezernat, false))
                .forEach(item -> changedItems.add(item.number()));
    }

    /**
     * A Dezernat (or the OB office in approval) sends items back, each with its comment and the units that rework
     * it ({@link ItemReturns#check}). They wait, with every comment of this round, until {@link #startRework()}
     * begins the next round; an item sent back twice in a round goes to the units both chose.
     */
    void sendBack(String by, List<ItemReturn> returns) {
        requireState("Fragen gehen nur aus der Mitzeichnung oder der Freigabe zurück", InquiryState.IN_SIGN_OFF, InquiryState.IN_APPROVAL);
        Map<Hold, List<String>> holds = new java.util.LinkedHashMap<>();
        returns.forEach(back -> holds.put(checked(ItemReturns.check(item(back.number()), back, reference), ItemState.RETURNED), List.of(by)));
        apply(holds);
        returns.forEach(back -> {
            TrackedItem item = item(back.number());
            String note = by + ": " + back.comment().strip();
            item.reworkUnits = ItemReturns.union(item.reworkUnits, back.units(), item.returned);
            item.reworkUnitsChanged = true;
            item.returnNote = item.returned ? item.returnNote + "\n" + note : note;
            item.returned = true;
        });
        returns.forEach(back -> events.add(new InquiryEvent.ItemsSentBack(id, List.of(back.number()), by, back.comment().strip())));
    }

    /**
     * After every Dezernat decided (or the approval sent items back): the items sent back, each once, are
     * reworked in a new round; the others passed and wait. Nothing is overdue until a new date passes.
     *
     * @return the items of the new round, none when nothing was sent back
     */
    List<Integer> startRework() {
        requireState("Eine neue Runde beginnt nur nach der Mitzeichnung oder der Freigabe", InquiryState.IN_SIGN_OFF, InquiryState.IN_APPROVAL);
        List<Integer> reworked = items.values().stream().filter(TrackedItem::returned).map(TrackedItem::number).toList();
        if (reworked.isEmpty()) {
            return reworked;
        }
        move(InquiryState.IN_PROGRESS, () -> {
            Map<Hold, List<String>> passed = new java.util.LinkedHashMap<>();
            items.values().stream().filter(item -> !item.returned).forEach(item -> passed.put(checked(item, ItemState.SIGNED_OFF), List.of()));
            return passed;
        });
        items.values().stream().filter(TrackedItem::returned).forEach(item -> {
            item.returned = false;
            changedItems.add(item.number());
        });
        clearOverdue();
        events.add(new InquiryEvent.ReworkStarted(id, reference, reworked));
        return reworked;
    }

    /** Every Dezernat signed off: the OB office holds every item for approval. */
    void beginApproval(String obOffice) {
        move(InquiryState.IN_APPROVAL, () -> holdAll(ItemState.IN_APPROVAL, List.of(obOffice)));
        events.add(new InquiryEvent.ApprovalStarted(id, reference));
    }

    /** Numbers of the items without an answer. */
    List<Integer> unanswered() {
        return items.values().stream().filter(item -> !item.answered()).map(TrackedItem::number).toList();
    }

    /** The OB office released the answer at this moment: the inquiry is answered. */
    void release(Instant at) {
        if (state != InquiryState.IN_APPROVAL) {
            throw conflict("Nicht mehr möglich", "Die Anfrage " + reference + " ist " + state.label()
                    + " und wird nicht freigegeben; freigegeben wird nur eine Anfrage in der Freigabe.");
        }
        if (!unanswered().isEmpty()) {
            throw conflict("Nicht beantwortet", "Freigabe nicht möglich: ohne Antwort sind noch " + unanswered() + ".");
        }
        move(InquiryState.RELEASED, () -> holdAll(ItemState.RELEASED, List.of()));
        releasedAt = at;
        events.add(new InquiryReleased(id, reference));
    }

    /** The faction withdraws the inquiry (until it is released); what units wrote is kept. */
    void withdraw() {
        if (state.isFinal()) {
            throw conflict("Nicht mehr möglich", "Die Anfrage " + reference + " ist "
                    + (state == InquiryState.RELEASED ? "bereits beantwortet" : "bereits zurückgezogen")
                    + " und kann nicht zurückgezogen werden.");
        }
        move(InquiryState.WITHDRAWN, () -> holdAll(ItemState.WITHDRAWN, List.of()));
        events.add(new InquiryWithdrawn(id, reference));
    }

    /** The deadline moves, with a reason the faction reads: only while the inquiry is being answered. */
    void extendDeadline(LocalDate newDue, String reason) {
        if (!InquiryState.RUNNING.contains(state)) {
            throw conflict("Keine Verlängerung möglich", "Die Frist der Anfrage " + reference + " läuft nicht (sie ist "
                    + state.label() + "); verlängert wird nur eine Frist, die läuft.");
        }
        LocalDate previous = dueDate;
        dueDate = newDue;
        changed = true;
        events.add(new InquiryEvent.DeadlineExtended(id, previous, newDue, reason));
    }

    /** A task for the item passed its due date. */
    void markOverdue(int number) {
        TrackedItem item = item(number);
        if (!item.overdue && !state.isFinal()) {
            item.overdue = true;
            changedItems.add(number);
        }
    }

    /** The deadline lies ahead again: no item is overdue any more. */
    void clearOverdue() {
        items.values().stream().filter(TrackedItem::overdue).forEach(item -> {
            item.overdue = false;
            changedItems.add(item.number());
        });
    }

    /**
     * The OB office changes the wording of an answer during approval; a released answer changes only through a
     * correction (a new version of the response).
     */
    void requireApprovalForEdit(int number) {
        TrackedItem item = item(number);
        if (state == InquiryState.RELEASED) {
            throw conflict("Bereits freigegeben", "Die Anfrage " + reference + " ist freigegeben; ihre Antworten ändert nur noch "
                    + "eine Berichtigung (neue Fassung des Antwortschreibens).");
        }
        if (state != InquiryState.IN_APPROVAL || item.state != ItemState.IN_APPROVAL || !item.answered()) {
            throw conflict("Nicht in der Freigabe", "Frage " + number + " der Anfrage " + reference + " ist " + item.state.label()
                    + "; den Wortlaut einer Antwort ändert der Bereich OB nur in der Freigabe.");
        }
    }

    /** A released answer may be corrected (for a new version of the response); before, items go back through approval. */
    void requireReleasedForCorrection() {
        if (state != InquiryState.RELEASED) {
            throw conflict("Noch nicht freigegeben",
                    "Antworten berichtigt der Bereich OB erst nach der Freigabe; vorher gehen Fragen über die Freigabe zurück.");
        }
    }

    LocalDate dueDate() {
        return dueDate;
    }

    Instant releasedAt() {
        return releasedAt;
    }
}
