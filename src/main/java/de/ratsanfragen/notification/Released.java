package de.ratsanfragen.notification;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The OB office approved the answer; the faction is told it is there.
 *
 * @param reference  inquiry reference, {@code ANF-2026-0001}
 * @param subject    the inquiry's subject, or {@code null}
 * @param releasedOn the day of the release
 */
public record Released(String reference, String subject, LocalDate releasedOn) {

    public Released {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(releasedOn, "releasedOn");
    }
}
