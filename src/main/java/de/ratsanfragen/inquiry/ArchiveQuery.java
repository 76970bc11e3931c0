package de.ratsanfragen.inquiry;

/**
 * Which released and withdrawn inquiries to read, checked by the caller: a page of them, newest receipt first.
 *
 * @param year    the year of receipt (council time), {@code null}: any
 * @param faction the faction's code, {@code null}: any
 * @param text    text the subject contains (any case; {@code %} and {@code _} are taken literally), {@code null}: any
 * @param offset  rows to skip
 * @param limit   rows to read at most
 */
public record ArchiveQuery(Integer year, String faction, String text, int offset, int limit) {
}
