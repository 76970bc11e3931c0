package de.ratsanfragen.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened to inquiries in a period — received, answered, deadlines extended — as the
 * statistics of the OB office count it.
 */
@Service
public class InquiryHistory {

    /**
     * An inquiry received or answered in the period.
     *
     * @param receivedOn the day it came in (council time)
     * @param dueDate    its deadline (as extended), {@code null} if it never got one
     * @param answeredOn the day its answer was released, {@code null} while not answered
     * @param dezernate  the Dezernate its routing tags name
     * @param units      the units its routing tags name
     */
    public record PeriodInquiry(UUID id, String reference, LocalDate receivedOn, LocalDate dueDate, LocalDate answeredOn,
                                Set<String> dezernate, Set<String> units) {
    }

    /** A deadline extended in the period, with its reason. */
    public record PeriodExtension(String reference, LocalDate previousDue, LocalDate newDue, String reason, LocalDate extendedOn) {
    }

    private final InquiryRepository repository;

    InquiryHistory(InquiryRepository repository) {
        this.repository = repository;
    }

    /** Inquiries received or answered from {@code from} (inclusive) to {@code until} (exclusive). */
    @Transactional(readOnly = true)
    public List<PeriodInquiry> receivedOrAnswered(Instant from, Instant until) {
        return repository.receivedOrAnswered(from, until);
    }

    /** Extensions granted from {@code from} (inclusive) to {@code until} (exclusive), oldest first. */
    @Transactional(readOnly = true)
    public List<PeriodExtension> extensions(Instant from, Instant until) {
        return repository.extensionsBetween(from, until);
    }
}
