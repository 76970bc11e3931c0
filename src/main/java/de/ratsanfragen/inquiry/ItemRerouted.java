package de.ratsanfragen.inquiry;

import java.util.UUID;

/**
 * The OB office gave a declined item a new routing by hand ({@code PUT …/items/{n}/routing});
 * published inside that transaction, so that the item's re-routing task is completed with it or the
 * routing is not changed at all.
 *
 * @param inquiryId the inquiry
 * @param number    the item
 * @param tag       the new routing tag, already checked and stored
 */
public record ItemRerouted(UUID inquiryId, int number, String tag) implements InquiryEvent {
}
