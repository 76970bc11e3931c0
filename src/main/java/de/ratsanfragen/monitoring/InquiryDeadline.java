package de.ratsanfragen.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.ratsanfragen.inquiry.OpenInquiry;

/**
 * An inquiry being answered as the deadline monitor lists it ({@code GET /api/deadlines}, the page
 * {@code /monitor}, the exports).
 *
 * @param faction         the faction's name
 * @param subject         the inquiry's title
 * @param state           its state ({@code IN_TRIAGE}, {@code IN_PROGRESS}, {@code IN_SIGN_OFF}, {@code IN_APPROVAL})
 * @param dueDate         its deadline, {@code null} while in triage
 * @param workingDaysLeft working days from today to the deadline (negative: passed), {@code null} without one
 * @param lightLabel      the light in German
 * @param answered        items with an answer
 * @param items           all its items
 * @param overdueItems    items one of whose tasks is past due
 * @param holders         the units holding one of its items now
 * @param extensions      the extensions of its deadline, with their reasons
 */
public record InquiryDeadline(UUID id, String reference, String faction, String subject, de.ratsanfragen.inquiry.InquiryState state, LocalDate dueDate,
                              Integer workingDaysLeft, TrafficLight light, String lightLabel, int answered, int items,
                              int overdueItems, Set<String> holders, List<OpenInquiry.Extension> extensions) {
}
