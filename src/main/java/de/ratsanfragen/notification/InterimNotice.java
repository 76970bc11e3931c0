package de.ratsanfragen.notification;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The OB office extended an inquiry's deadline; the faction is told why and until when.
 *
 * @param reference       inquiry reference, {@code ANF-2026-0001}
 * @param subject         the inquiry's subject, or {@code null}
 * @param previousDueDate the deadline so far
 * @param newDueDate      the extended deadline
 * @param reason          why, as the OB office wrote it (required)
 */
public record InterimNotice(String reference, String subject, LocalDate previousDueDate, LocalDate newDueDate,
                            String reason) {

    public InterimNotice {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(previousDueDate, "previousDueDate");
        Objects.requireNonNull(newDueDate, "newDueDate");
        // the workflow refuses an extension without a reason; reaching here without one is a bug
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Zwischennachricht zu " + reference + " ohne Begründung");
        }
        reason = reason.strip();
    }
}
