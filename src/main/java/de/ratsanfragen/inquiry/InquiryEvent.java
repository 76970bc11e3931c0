package de.ratsanfragen.inquiry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What happened to an inquiry, published by its {@link Inquiry} with each move, inside the transaction that
 * stores it: a listener's failure rolls the move back. The first ones ({@link InquirySubmitted},
 * {@link InquiryReleased}, {@link InquiryWithdrawn}, {@link ItemRerouted}) have files of their own because
 * other modules have listened to them from the start.
 */
public sealed interface InquiryEvent permits InquirySubmitted, InquiryReleased, InquiryWithdrawn, ItemRerouted,
        InquiryEvent.TriageStarted, InquiryEvent.AnsweringStarted, InquiryEvent.ItemAnswered, InquiryEvent.ItemDeclined,
        InquiryEvent.SignOffStarted, InquiryEvent.ItemsSentBack, InquiryEvent.ReworkStarted, InquiryEvent.ApprovalStarted,
        InquiryEvent.DeadlineExtended, InquiryEvent.AnswerCorrected {

    UUID inquiryId();

    /** The OB office began to check and route the inquiry. */
    record TriageStarted(UUID inquiryId, String reference) implements InquiryEvent {
    }

    /** Triage is done: every item is routed and the deadline is set. */
    record AnsweringStarted(UUID inquiryId, String reference, LocalDate dueDate) implements InquiryEvent {
    }

    /** The lead unit answered an item. */
    record ItemAnswered(UUID inquiryId, int number, String unit) implements InquiryEvent {
    }

    /** A unit returned an item as „nicht zuständig“; the OB office routes it anew. */
    record ItemDeclined(UUID inquiryId, int number, String unit, String reason) implements InquiryEvent {
    }

    /** Every item of the round is answered; the Dezernate sign them off. */
    record SignOffStarted(UUID inquiryId, String reference, List<Integer> items) implements InquiryEvent {
    }

    /** A Dezernat or the OB office sent items back for rework, with a comment. */
    record ItemsSentBack(UUID inquiryId, List<Integer> items, String by, String comment) implements InquiryEvent {
    }

    /** The items sent back are reworked in a new round; the others wait, signed off. */
    record ReworkStarted(UUID inquiryId, String reference, List<Integer> items) implements InquiryEvent {
    }

    /** Every Dezernat signed off; the OB office approves. */
    record ApprovalStarted(UUID inquiryId, String reference) implements InquiryEvent {
    }

    /** The deadline was moved, with a reason the faction reads. */
    record DeadlineExtended(UUID inquiryId, LocalDate previousDue, LocalDate newDue, String reason) implements InquiryEvent {
    }

    /** The OB office corrected a released answer. */
    record AnswerCorrected(UUID inquiryId, int number, String by) implements InquiryEvent {
    }
}
