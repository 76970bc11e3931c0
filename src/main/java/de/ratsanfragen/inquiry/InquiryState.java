package de.ratsanfragen.inquiry;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where an inquiry stands, in the order it passes the states, with the moves it may make from each. An
 * {@link Inquiry} changes its state only along these moves; every other one is refused.
 */
public enum InquiryState {

    SUBMITTED("eingereicht"),
    IN_TRIAGE("in Prüfung durch den Bereich OB"),
    IN_PROGRESS("in Bearbeitung"),
    IN_SIGN_OFF("in Mitzeichnung"),
    IN_APPROVAL("in Freigabe"),
    RELEASED("beantwortet"),
    WITHDRAWN("zurückgezogen");

    /** The states in which an inquiry is being answered (triage to approval). */
    public static final List<InquiryState> OPEN = List.of(IN_TRIAGE, IN_PROGRESS, IN_SIGN_OFF, IN_APPROVAL);
    /** The states in which its deadline runs and may be extended (answering to approval). */
    public static final Set<InquiryState> RUNNING = Collections.unmodifiableSet(EnumSet.of(IN_PROGRESS, IN_SIGN_OFF, IN_APPROVAL));

    private final String label;

    InquiryState(String label) {
        this.label = label;
    }

    /** The German name ("in Mitzeichnung"). */
    public String label() {
        return label;
    }

    /** Released or withdrawn: nothing moves it any more. */
    public boolean isFinal() {
        return this == RELEASED || this == WITHDRAWN;
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /**
     * Whether an inquiry in this state may move to {@code next}: forward through triage, answering, sign-off
     * and approval; back to answering when a sign-off or the approval returns items; withdrawn until released.
     */
    public boolean canTransitionTo(InquiryState next) {
        if (next == WITHDRAWN) {
            return !isFinal();
        }
        return switch (this) {
            case SUBMITTED -> next == IN_TRIAGE;
            case IN_TRIAGE -> next == IN_PROGRESS;
            case IN_PROGRESS -> next == IN_SIGN_OFF;
            case IN_SIGN_OFF -> next == IN_APPROVAL || next == IN_PROGRESS;
            case IN_APPROVAL -> next == RELEASED || next == IN_PROGRESS;
            case RELEASED, WITHDRAWN -> false;
        };
    }

    /** Every state by name with its German name, in order (for pages and exports). */
    public static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (InquiryState state : values()) {
            labels.put(state.name(), state.label());
        }
        return Collections.unmodifiableMap(labels);
    }
}
