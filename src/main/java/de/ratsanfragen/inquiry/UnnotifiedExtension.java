package de.ratsanfragen.inquiry;

import java.time.LocalDate;

/**
 * An extension of the deadline whose interim notice to the faction is not yet sent.
 *
 * @param id          its number (in the order of extensions)
 * @param previousDue the deadline before
 * @param newDue      the deadline after
 * @param reason      why (the faction reads it)
 */
public record UnnotifiedExtension(long id, LocalDate previousDue, LocalDate newDue, String reason) {
}
