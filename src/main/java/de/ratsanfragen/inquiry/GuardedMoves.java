package de.ratsanfragen.inquiry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import de.ratsanfragen.platform.ApiProblem;
import org.springframework.http.HttpStatus;

/**
 * How the {@link Inquiry} aggregate moves: the inquiry's state and its items', checked all together before any
 * of them changes ({@link InquiryState#canTransitionTo}, {@link ItemState#canTransitionTo}, a German 409 when a
 * move is not allowed), what changed since it was loaded (for {@link InquiryStore}) and the events of its moves.
 * The moves themselves — what the inquiry may do and when — are {@link Inquiry}'s.
 */
abstract sealed class GuardedMoves permits Inquiry {

    final UUID id;
    final String reference;
    final String faction;
    InquiryState state;
    final SortedMap<Integer, TrackedItem> items;
    final List<InquiryEvent> events = new ArrayList<>();
    final java.util.Set<Integer> changedItems = new java.util.TreeSet<>();
    boolean changed;

    GuardedMoves(UUID id, String reference, String faction, InquiryState state, Collection<TrackedItem> items) {
        this.id = id;
        this.reference = reference;
        this.faction = faction;
        this.state = state;
        this.items = new TreeMap<>();
        items.forEach(item -> this.items.put(item.number(), item));
    }

    /** An item's next state, checked but not yet applied. */
    record Hold(TrackedItem item, ItemState next) {
    }

    /**
     * Moves the inquiry and its items together, or — when the inquiry's move or one item's is not allowed —
     * neither of them: everything is checked before anything changes.
     */
    void move(InquiryState next, java.util.function.Supplier<Map<Hold, List<String>>> holds) {
        if (!state.canTransitionTo(next)) {
            throw conflict("Nicht möglich", "Die Anfrage " + reference + " ist " + state.label() + " und kann nicht „"
                    + next.label() + "“ werden.");
        }
        Map<Hold, List<String>> checked = holds.get();
        state = next;
        changed = true;
        apply(checked);
    }

    void requireState(String rule, InquiryState... allowed) {
        if (!List.of(allowed).contains(state)) {
            throw conflict("Nicht möglich", "Die Anfrage " + reference + " ist " + state.label() + ". " + rule + ".");
        }
    }

    /** Every item's next state, each checked. */
    Map<Hold, List<String>> holdAll(ItemState next, List<String> holders) {
        Map<Hold, List<String>> holds = new java.util.LinkedHashMap<>();
        items.values().forEach(item -> holds.put(checked(item, next), holders));
        return holds;
    }

    Hold checked(TrackedItem item, ItemState next) {
        if (!item.state.canTransitionTo(next)) {
            throw conflict("Nicht möglich", "Frage " + item.number() + " der Anfrage " + reference + " ist " + item.state.label()
                    + " und kann nicht „" + next.label() + "“ werden.");
        }
        return new Hold(item, next);
    }

    /** Applies holds that were all checked; an item that moves to another state is no longer overdue (its late task is done). */
    void apply(Map<Hold, List<String>> holds) {
        holds.forEach((hold, holders) -> {
            if (hold.item().state != hold.next()) {
                hold.item().overdue = false;
            }
            hold.item().state = hold.next();
            hold.item().holders = List.copyOf(holders);
            changedItems.add(hold.item().number());
        });
    }

    TrackedItem item(int number) {
        TrackedItem item = items.get(number);
        if (item == null) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "Nicht gefunden", "Die Anfrage " + reference + " hat keine Frage " + number + ".");
        }
        return item;
    }

    static ApiProblem conflict(String title, String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, title, detail);
    }

    UUID id() {
        return id;
    }

    String reference() {
        return reference;
    }

    String faction() {
        return faction;
    }

    InquiryState state() {
        return state;
    }

    Collection<TrackedItem> items() {
        return Collections.unmodifiableCollection(items.values());
    }

    /** Whether the inquiry's own row changed since it was loaded. */
    boolean changed() {
        return changed;
    }

    /** The items that changed since the inquiry was loaded. */
    List<TrackedItem> changedItems() {
        return changedItems.stream().map(items::get).toList();
    }

    /** The events of the moves made since it was loaded, once: the caller publishes them after storing. */
    List<InquiryEvent> takeEvents() {
        List<InquiryEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }
}
