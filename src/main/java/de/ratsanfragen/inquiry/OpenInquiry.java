package de.ratsanfragen.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An inquiry being answered, as the deadline monitor lists it (and, for its drill-down, one that was
 * released or withdrawn).
 *
 * @param faction       the faction's code
 * @param dueDate       its deadline, {@code null} while in triage
 * @param answered      items with an answer
 * @param overdueItems  items one of whose tasks is past due
 * @param dezernate     the Dezernate its routing tags name
 * @param units         the units its routing tags name (answering and consulted)
 * @param holders       the units holding one of its items now
 * @param overdueNumbers the items marked overdue (by the deadline watch), by number
 * @param releasedAt    when it was released, {@code null} before (or when withdrawn)
 */
public record OpenInquiry(UUID id, String reference, String title, String faction, Instant receivedAt, LocalDate dueDate,
                          InquiryState state, int items, int answered, int overdueItems, Set<String> dezernate, Set<String> units,
                          Set<String> holders, List<Extension> extensions, Set<Integer> overdueNumbers, Instant releasedAt) {

    /** An extension of the deadline, with its reason. */
    public record Extension(LocalDate previousDue, LocalDate newDue, String reason, Instant extendedAt) {
    }
}
