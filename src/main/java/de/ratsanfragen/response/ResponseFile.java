package de.ratsanfragen.response;

/**
 * A response document to send: a stored version or a draft compiled now.
 *
 * @param reference what it is named after ({@code ANF-2026-0001/2}, a draft {@code ANF-2026-0001/2-Entwurf})
 * @param sha256    the stored version's checksum, {@code null} for a draft
 */
public record ResponseFile(byte[] content, String reference, String sha256) {
}
