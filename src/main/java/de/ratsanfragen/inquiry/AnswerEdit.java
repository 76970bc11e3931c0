package de.ratsanfragen.inquiry;

import java.time.Instant;

/**
 * The OB office changed the wording of an item's answer during approval.
 *
 * @param number   the item
 * @param oldText  the answer before
 * @param newText  the answer after
 * @param editedBy the user of the OB office
 * @param editedAt when
 */
public record AnswerEdit(int number, String oldText, String newText, String editedBy, Instant editedAt) {
}
