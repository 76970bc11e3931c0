package de.ratsanfragen.response;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The versions of an inquiry's response ({@code GET /api/inquiries/{id}/response}).
 *
 * @param released whether the inquiry is released (before, there are only drafts and no version)
 * @param versions every stored version, the first first
 */
public record ResponseHistory(boolean released, List<Entry> versions) {

    /**
     * One version with its reason and checksums.
     *
     * @param createdBy who made it; for staff only, left out of the faction's history (no staff names)
     */
    public record Entry(int version, String reference, String reason,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String createdBy,
                        Instant createdAt, String pdfSha256, String docxSha256) {

        /** A stored version as the history lists it, with who made it for staff only. */
        static Entry of(ResponseVersion version, boolean staff) {
            return new Entry(version.version(), version.reference(), version.reason(), staff ? version.createdBy() : null,
                    version.createdAt(), version.pdfSha256(), version.docxSha256());
        }
    }
}
