package de.ratsanfragen.inquiry;

import java.time.Instant;

/**
 * What a unit wrote to an item: an answer (the lead's or the only unit's), a contribution to the
 * lead, a comment of a consulted unit, or a decline.
 *
 * @param unit          code of the unit
 * @param role          {@link Role}
 * @param text          the text, or {@code null} for a decline
 * @param declined      "nicht zuständig"
 * @param declineReason why, for a decline
 * @param author        the user who wrote it
 * @param createdAt     when
 */
public record Contribution(String unit, Role role, String text, boolean declined, String declineReason, String author,
                           Instant createdAt) {

    /** Longest text a unit may write (about ten pages). */
    public static final int MAX_TEXT_LENGTH = 20_000;

    public enum Role {
        ANSWER,
        CONTRIBUTION,
        COMMENT
    }
}
