package de.ratsanfragen.inquiry;

import java.util.UUID;

/**
 * The OB office gave a declined item, or an open item its units are working on, a new routing by hand
 * ({@code PUT …/items/{n}/routing}); published inside that transaction, so that the workflow moves the item
 * on with it (completes its re-routing task, or ends its open tasks and asks its new units) or the routing
 * is not changed at all.
 *
 * @param inquiryId the inquiry
 * @param number    the item
 * @param tag       the new routing tag, already checked and stored
 */
public record ItemRerouted(UUID inquiryId, int number, String tag) implements InquiryEvent {
}
