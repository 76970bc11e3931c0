package de.ratsanfragen.response;

import java.time.Instant;

/**
 * One stored version of a response, without its bytes (the answer to a correction).
 *
 * @param reference the answer's reference with the version ({@code ANF-2026-0001/2})
 * @param createdBy who made it (the releasing or correcting user, {@code system} without one)
 */
public record ResponseVersion(int version, String reference, String reason, String createdBy, Instant createdAt, String pdfSha256,
                              String docxSha256) {
}
