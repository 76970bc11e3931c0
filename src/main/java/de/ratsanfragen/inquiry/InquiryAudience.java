package de.ratsanfragen.inquiry;

import java.util.Set;
import java.util.UUID;

import de.ratsanfragen.platform.CurrentUser;

/**
 * Who may see an inquiry and what of it: the one place that decides it, for the intake API, the pages, the
 * response download and the monitor.
 *
 * @param id        the inquiry
 * @param faction   the submitting faction's code
 * @param state     its state
 * @param dezernate the Dezernate its routing tags assign: each signs its items off
 * @param units     the units its routing tags name (answering, contributing, consulted) or that wrote for it
 */
public record InquiryAudience(UUID id, String faction, InquiryState state, Set<String> dezernate, Set<String> units) {

    /** Every inquiry in full, its workflow and every deadline: the OB office. */
    public static boolean seesEveryInquiry(CurrentUser user) {
        return user.seesAllInquiries();
    }

    /** Follows the inquiry (its details or its progress): the OB office, and the faction that submitted it. */
    public boolean mayFollow(CurrentUser user) {
        return mayFollow(user, faction);
    }

    /** {@link #mayFollow(CurrentUser)} for an inquiry of this faction, when its row is at hand. */
    static boolean mayFollow(CurrentUser user, String faction) {
        return seesEveryInquiry(user) || user.factions().contains(faction);
    }

    /** The user belongs to the faction that submitted it. */
    public boolean submittedBy(CurrentUser user) {
        return user.factions().contains(faction);
    }

    /** Reads drafts of the response: the OB office and the Dezernate that sign the inquiry off. */
    public boolean mayReadDrafts(CurrentUser user) {
        return seesEveryInquiry(user) || user.units().stream().anyMatch(dezernate::contains);
    }

    /** Works or worked on it inside the administration: drafts' readers, and every unit it names or that wrote for it. */
    public boolean isStaffOf(CurrentUser user) {
        return mayReadDrafts(user) || user.units().stream().anyMatch(units::contains);
    }

    /** Reads its response: whoever works on it, and once it is released the faction that asked. */
    public boolean mayReadResponse(CurrentUser user) {
        return isStaffOf(user) || state == InquiryState.RELEASED && submittedBy(user);
    }

    public boolean released() {
        return state == InquiryState.RELEASED;
    }
}
