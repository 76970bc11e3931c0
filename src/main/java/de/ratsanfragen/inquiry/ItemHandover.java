package de.ratsanfragen.inquiry;

import java.time.Instant;
import java.util.UUID;

/**
 * An item a unit lost when the OB office routed it anew: its task ended; what it wrote stays with the item.
 *
 * @param inquiryId    the inquiry
 * @param reference    {@code ANF-2026-0001}
 * @param subject      the inquiry's subject
 * @param item         the item's number
 * @param itemText     the item's text
 * @param unit         the unit that lost it
 * @param role         the role it had
 * @param roleLabel    that role in German („federführend“, „Beitrag“, „Stellungnahme“)
 * @param handedOverAt when
 * @param newRouting   the routing tag it has since („V: D05/ A50“)
 * @param newLead      the unit that leads since
 * @param handedOverBy the OB office's user who routed it anew
 */
public record ItemHandover(UUID inquiryId, String reference, String subject, int item, String itemText, String unit,
                           Contribution.Role role, String roleLabel, Instant handedOverAt, String newRouting, String newLead,
                           String handedOverBy) {
}
