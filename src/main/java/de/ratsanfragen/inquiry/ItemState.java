package de.ratsanfragen.inquiry;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where an item of an inquiry stands. It passes most of its inquiry's states and a few of its own: a
 * unit answers it or declines it, a Dezernat signs it off or returns it for rework.
 */
public enum ItemState {

    NEW("eingereicht"),
    IN_TRIAGE("in Prüfung durch den Bereich OB"),
    IN_PROGRESS("in Bearbeitung"),
    IN_SIGN_OFF("in Mitzeichnung"),
    IN_APPROVAL("in Freigabe"),
    RELEASED("beantwortet"),
    WITHDRAWN("zurückgezogen"),
    DECLINED("abgegeben, Zuständigkeit wird geklärt"),
    /** Declined and routed anew, once: its new units take it up next. */
    REROUTED("neu zugeordnet"),
    ANSWERED("beantwortet, wartet auf die anderen Fragen"),
    RETURNED("zur Überarbeitung zurückgegeben"),
    SIGNED_OFF("mitgezeichnet");

    /**
     * States in which a unit still has to answer: an item sent back keeps its old answer while it is
     * reworked (returned, then in progress again), and does not count as answered.
     */
    public static final Set<ItemState> AWAITING_ANSWER = Collections.unmodifiableSet(EnumSet.of(NEW, IN_TRIAGE, IN_PROGRESS, DECLINED, REROUTED, RETURNED));

    private final String label;

    ItemState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Whether an item in this state may move to {@code next}. An item is answered (or declined, then
     * re-routed and answered) while in progress, signed off or returned in sign-off and approval, released
     * with its inquiry, and withdrawn with it at any time before.
     */
    public boolean canTransitionTo(ItemState next) {
        if (next == WITHDRAWN) {
            return this != RELEASED && this != WITHDRAWN;
        }
        return switch (this) {
            case NEW -> next == IN_TRIAGE;
            case IN_TRIAGE -> next == IN_PROGRESS;
            // a unit's own task: answered, declined, or taken up again by the next unit of its routing
            case IN_PROGRESS -> next == ANSWERED || next == DECLINED || next == IN_PROGRESS;
            case DECLINED -> next == REROUTED || next == DECLINED;
            case REROUTED -> next == IN_PROGRESS;
            case ANSWERED -> next == IN_SIGN_OFF;
            case IN_SIGN_OFF -> next == RETURNED || next == SIGNED_OFF || next == IN_APPROVAL;
            case RETURNED -> next == RETURNED || next == IN_PROGRESS;
            case SIGNED_OFF -> next == SIGNED_OFF || next == IN_APPROVAL;
            case IN_APPROVAL -> next == RETURNED || next == SIGNED_OFF || next == RELEASED;
            case RELEASED, WITHDRAWN -> false;
        };
    }

    /** Every state by name with its German name (for pages). */
    public static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (ItemState state : values()) {
            labels.put(state.name(), state.label());
        }
        return Collections.unmodifiableMap(labels);
    }
}
