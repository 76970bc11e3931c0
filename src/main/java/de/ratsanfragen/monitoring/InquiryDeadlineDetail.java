package de.ratsanfragen.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.ratsanfragen.inquiry.OpenInquiry;

/**
 * One inquiry in detail ({@code GET /api/deadlines/{id}}, the page {@code /monitor/{id}}) — being answered, or
 * released or withdrawn (from the archive), then in its final state:
 * the fields of its row in the list ({@link InquiryDeadline}, described there), every item with its state,
 * the unit holding it, its internal deadline and the reminders and escalations sent, and the tasks about
 * the whole inquiry.
 *
 * @param itemDetails  its items in order
 * @param inquiryTasks the open tasks about the whole inquiry (triage, sign-off, approval)
 * @param cockpit      the process instance in Cockpit, for administrators only ({@code null} for anyone else)
 * @param releasedOn   the day it was released, council time ({@code null} before, and for a withdrawn one)
 */
public record InquiryDeadlineDetail(UUID id, String reference, String faction, String subject, de.ratsanfragen.inquiry.InquiryState state, LocalDate dueDate,
                                    Integer workingDaysLeft, TrafficLight light, String lightLabel, int answered, int items,
                                    int overdueItems, Set<String> holders, List<OpenInquiry.Extension> extensions,
                                    List<Holder> heldBy, List<ItemDeadline> itemDetails, List<TaskDeadline> inquiryTasks, String cockpit,
                                    LocalDate releasedOn) {

    /**
     * An item with the earliest of its open tasks.
     *
     * @param holder      the units holding it now, joined ({@code A32, D05}); {@code null} when nobody does
     * @param overdue     one of its tasks is past due, or the deadline watch marked it overdue
     * @param taskDue     its internal deadline (the earliest open task's due date), {@code null} without an open task
     * @param taskUnit    the unit that task waits for
     * @param reminders   reminders sent about it
     * @param escalations escalations sent about it
     * @param heldBy      who holds it now, with names: the units whose task is open, the Dezernate in sign-off, the OB
     *                    office in triage, approval and re-routing
     */
    public record ItemDeadline(int number, String text, de.ratsanfragen.inquiry.ItemState state, String holder, boolean overdue, LocalDate taskDue,
                               String taskUnit, int reminders, int escalations, List<Holder> heldBy) {
    }

    /**
     * An open task about the whole inquiry.
     *
     * @param name     the task's German name
     * @param unit     the unit it waits for
     * @param due      its due date
     * @param tasklist where it opens in Tasklist, only for a task of the OB office ({@code null} for another unit's)
     */
    public record TaskDeadline(String name, String unit, LocalDate due, String tasklist) {
    }
}
