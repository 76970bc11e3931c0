package de.ratsanfragen.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import de.ratsanfragen.evaluation.EvaluationCatalog;
import de.ratsanfragen.platform.CouncilClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves an inquiry on: each method loads the {@link Inquiry} under its row lock, makes one guarded move,
 * stores what changed and publishes the move's event, all in one transaction. An illegal move is refused
 * with a German 409 and changes nothing. Called by the workflow (as the system) and the intake API.
 */
@Service
@Transactional
public class InquiryLifecycle {

    private final InquiryStore store;
    private final ExtensionStore extensions;
    private final AnswerStore answers;
    private final InquiryQueries queries;
    private final EvaluationCatalog evaluations;
    private final ApplicationEventPublisher events;
    private final CouncilClock clock;

    InquiryLifecycle(InquiryStore store, ExtensionStore extensions, AnswerStore answers, InquiryQueries queries,
                     EvaluationCatalog evaluations, ApplicationEventPublisher events, CouncilClock clock) {
        this.store = store;
        this.extensions = extensions;
        this.answers = answers;
        this.queries = queries;
        this.evaluations = evaluations;
        this.events = events;
        this.clock = clock;
    }

    /** The OB office begins to check the submitted inquiry. */
    public void beginTriage(UUID id, String obOffice) {
        act(id, inquiry -> inquiry.beginTriage(obOffice));
    }

    /** Triage is done: the deadline is set and the units answer. */
    public void startAnswering(UUID id, LocalDate due) {
        act(id, inquiry -> inquiry.startAnswering(due));
    }

    /** The item's units (the lead alone, or every answering unit) take it up. */
    public void takeUp(UUID id, int number, List<String> holders) {
        move(id, List.of(number), inquiry -> {
            inquiry.takeUp(number, holders);
            return null;
        });
    }

    /** The round's items go to their Dezernate for sign-off (each item held by all of its Dezernate). */
    public void beginSignOff(UUID id, Map<Integer, List<String>> dezernateByItem) {
        act(id, inquiry -> inquiry.beginSignOff(dezernateByItem));
    }

    /** A Dezernat decided in its sign-off (signed off or sent items back): it no longer holds its items. */
    public void signOffDecided(UUID id, String dezernat) {
        act(id, inquiry -> inquiry.signOffDecided(dezernat));
    }

    /** A Dezernat, or the OB office in approval, sends items back with one comment, each to every unit it names. */
    public void sendBack(UUID id, Collection<Integer> numbers, String by, String comment) {
        sendBack(id, by, numbers.stream().distinct().map(number -> new ItemReturn(number, comment, null)).toList());
    }

    /** A Dezernat, or the OB office in approval, sends items back, each with its own comment to the units chosen for it. */
    public void sendBack(UUID id, String by, List<ItemReturn> returns) {
        move(id, returns.stream().map(ItemReturn::number).toList(), inquiry -> {
            inquiry.sendBack(by, returns);
            return null;
        });
    }

    /**
     * After every Dezernat decided: the items sent back, each once, start a new round.
     *
     * @return the items of the new round, none when nothing was sent back
     */
    public List<Integer> startRework(UUID id) {
        return move(id, Inquiry::startRework);
    }

    /** Every Dezernat signed off: the OB office approves. */
    public void beginApproval(UUID id, String obOffice) {
        act(id, inquiry -> inquiry.beginApproval(obOffice));
    }

    /**
     * The OB office released the answer at this moment (the engine's clock): the proposed measure statuses
     * are recorded and the release is published ({@link InquiryReleased}) in the same transaction.
     */
    public void release(UUID id, Instant releasedAt) {
        act(id, inquiry -> {
            inquiry.release(releasedAt);
            recordProposedStatuses(id, inquiry.reference());
        });
    }

    /** The faction (or the OB office for it) withdraws the inquiry; its open tasks end ({@link InquiryWithdrawn}). */
    public void withdraw(UUID id) {
        act(id, Inquiry::withdraw);
    }

    /**
     * Extends the deadline (with its reason) while the inquiry is being answered; no item is overdue after it.
     *
     * @return the deadline before
     */
    public LocalDate extendDeadline(UUID id, LocalDate newDue, String reason, String extendedBy) {
        return move(id, inquiry -> {
            LocalDate previous = inquiry.dueDate();
            inquiry.extendDeadline(newDue, reason);
            inquiry.clearOverdue();
            extensions.insert(id, previous, newDue, reason, extendedBy, clock.now());
            return previous;
        });
    }

    /** A task for the item passed its due date. */
    public void markOverdue(UUID id, int number) {
        move(id, List.of(number), inquiry -> {
            inquiry.markOverdue(number);
            return null;
        });
    }

    /** The oldest extension the faction has not been told of yet. */
    @Transactional(readOnly = true)
    public Optional<UnnotifiedExtension> oldestUnnotifiedExtension(UUID id) {
        return extensions.oldestUnnotified(id);
    }

    /** The faction has been told of this extension. */
    public void extensionNotified(long extensionId) {
        extensions.markNotified(extensionId, clock.now());
    }

    private void act(UUID id, java.util.function.Consumer<Inquiry> change) {
        move(id, inquiry -> {
            change.accept(inquiry);
            return null;
        });
    }

    /** Loads the inquiry under its row lock, makes the move, stores it and publishes its events. */
    <T> T move(UUID id, Function<Inquiry, T> change) {
        return move(id, null, change);
    }

    /** {@link #move(UUID, Function)} of an inquiry loaded with only these items ({@code null}: all). */
    <T> T move(UUID id, Collection<Integer> items, Function<Inquiry, T> change) {
        Inquiry inquiry = store.lock(id, items).orElseThrow(() -> InquiryCatalog.unknown(id));
        T result = change.apply(inquiry);
        store.save(inquiry);
        inquiry.takeEvents().forEach(events::publishEvent);
        return result;
    }

    /** With the release, every status a unit proposed goes into its measures' history. */
    private void recordProposedStatuses(UUID id, String reference) {
        UUID evaluationId = queries.find(id).map(InquiryQueries.Row::evaluationId).orElse(null);
        if (evaluationId == null) {
            return;
        }
        Map<Integer, AnswerStore.Answer> given = answers.answers(id);
        for (InquiryItem item : queries.items(id)) {
            AnswerStore.Answer answer = given.get(item.number());
            if (answer != null && answer.proposedStatus() != null) {
                item.measureRefs().forEach(code -> evaluations.recordStatusChange(evaluationId, code, answer.proposedStatus(),
                        answer.givenBy(), reference));
            }
        }
    }
}
