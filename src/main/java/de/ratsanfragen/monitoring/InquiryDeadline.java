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
 * @param light           {@code UEBERFAELLIG} as soon as its deadline or one of its steps (an item's task, a task about
 *                        the whole inquiry) is past due, else by the working days left; {@code null} for a released or
 *                        withdrawn inquiry (its drill-down)
 * @param lightLabel      the light in German (the state's name for a released or withdrawn inquiry)
 * @param answered        items with an answer
 * @param items           all its items
 * @param overdueItems    items one of whose tasks is past due, or marked overdue by the deadline watch
 * @param holders         the units holding one of its items now (codes)
 * @param extensions      the extensions of its deadline, with their reasons
 * @param heldBy          the units holding one of its items now, with their names (as {@code holders}, by code)
 */
public record InquiryDeadline(UUID id, String reference, String faction, String subject, de.ratsanfragen.inquiry.InquiryState state, LocalDate dueDate,
                              Integer workingDaysLeft, TrafficLight light, String lightLabel, int answered, int items,
                              int overdueItems, Set<String> holders, List<OpenInquiry.Extension> extensions,
                              List<Holder> heldBy) {
}
