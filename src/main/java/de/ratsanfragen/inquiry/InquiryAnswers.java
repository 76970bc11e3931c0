package de.ratsanfragen.inquiry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.ratsanfragen.evaluation.MeasureStatus;
import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.platform.ApiProblem;
import de.ratsanfragen.platform.CouncilClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the units write to an item — contributions, comments, declines and the lead's answer — and the OB
 * office's correction of a released answer. Nothing is overwritten: every text is kept as its own
 * contribution; the answer is what goes into the response. Answering and declining move the item
 * ({@link Inquiry#answered}, {@link Inquiry#decline}) in the same transaction.
 */
@Service
@Transactional
public class InquiryAnswers {

    private final AnswerStore answers;
    private final InquiryLifecycle lifecycle;
    private final OrganizationDirectory directory;
    private final ApplicationEventPublisher events;
    private final CouncilClock clock;

    InquiryAnswers(AnswerStore answers, InquiryLifecycle lifecycle, OrganizationDirectory directory,
                   ApplicationEventPublisher events, CouncilClock clock) {
        this.answers = answers;
        this.lifecycle = lifecycle;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Keeps a contribution or comment; a later round adds to it. The unit no longer holds the item (the lead
     * does after the last one); a decline moves the item to the OB office.
     */
    public void contribute(UUID id, int number, Contribution contribution) {
        lifecycle.move(id, List.of(number), inquiry -> {
            if (contribution.declined()) {
                inquiry.decline(number, contribution.unit(), contribution.declineReason(), directory.obOffice().code());
            } else {
                inquiry.contributed(number, contribution.unit());
            }
            answers.insertContribution(id, number, contribution, now());
            return null;
        });
    }

    /**
     * The lead's answer: kept as its contribution like every other, and it becomes the item's answer as it
     * goes into the response, given by these units ({@code D01/A11}).
     */
    public void answer(UUID id, int number, Contribution answer, List<String> givenBy, MeasureStatus proposedStatus) {
        lifecycle.move(id, List.of(number), inquiry -> {
            inquiry.answered(number, answer.unit());
            answers.insertAnswer(id, number, answer, givenBy, proposedStatus, now());
            return null;
        });
    }

    @Transactional(readOnly = true)
    public List<Contribution> contributions(UUID id, int number) {
        return answers.contributions(id, number);
    }

    /** Why the item was sent back last (who and what to change), or {@code null} if it never was. */
    @Transactional(readOnly = true)
    public String returnNote(UUID id, int number) {
        return answers.returnNote(id, number);
    }

    /** The units chosen to rework the item when it was sent back last, or {@code null}: every unit its routing names. */
    @Transactional(readOnly = true)
    public List<String> reworkUnits(UUID id, int number) {
        return answers.reworkUnits(id, number);
    }

    /**
     * The OB office changes the wording of an answer during approval (not after release: that is a
     * {@link #correct correction}). The text before and after, who and when are kept ({@link #edits}); the
     * item's answer, as the response prints it, is the new text.
     */
    public void edit(UUID id, int number, String written, String editedBy) {
        // a browser's textarea sends CR LF: stored, compared and counted as the answers are, with LF
        String text = written == null ? null : written.replace("\r\n", "\n").replace('\r', '\n');
        lifecycle.move(id, List.of(number), inquiry -> {
            inquiry.requireApprovalForEdit(number);
            if (text == null || text.isBlank() || text.length() > Contribution.MAX_TEXT_LENGTH) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "Ungültige Antwort", "Die geänderte Antwort zu Frage " + number
                        + (text == null || text.isBlank() ? " fehlt." : " ist mit " + text.length() + " Zeichen zu lang; erlaubt sind "
                        + Contribution.MAX_TEXT_LENGTH + "."));
            }
            if (answers.editAnswer(id, number, text.strip(), editedBy, now()) == 0) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "Unverändert", "Die Antwort zu Frage " + number + " lautet bereits so.");
            }
            return null;
        });
    }

    /** The OB office's edits of answers in approval, oldest first: of one item, or of all ({@code number} {@code null}). */
    @Transactional(readOnly = true)
    public List<AnswerEdit> edits(UUID id, Integer number) {
        return answers.edits(id, number);
    }

    /**
     * The OB office corrects a released answer (for a new version of the response): kept as its own
     * contribution beside the original, which stays; the item's answer becomes the corrected text.
     */
    public void correct(UUID id, int number, String text, String correctedBy) {
        lifecycle.move(id, List.of(number), inquiry -> {
            inquiry.requireReleasedForCorrection();
            if (text == null || text.isBlank() || text.length() > Contribution.MAX_TEXT_LENGTH) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "Ungültige Berichtigung", "Die berichtigte Antwort zu Frage " + number
                        + " fehlt oder ist länger als " + Contribution.MAX_TEXT_LENGTH + " Zeichen.");
            }
            if (answers.correctAnswer(id, number, text.strip()) == 0) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "Ungültige Berichtigung", "Die Anfrage " + inquiry.reference()
                        + " hat keine beantwortete Frage " + number + ".");
            }
            answers.insertContribution(id, number, new Contribution(directory.obOffice().code(), Contribution.Role.ANSWER,
                    text.strip(), false, null, correctedBy, null), now());
            events.publishEvent(new InquiryEvent.AnswerCorrected(id, number, correctedBy));
            return null;
        });
    }

    private Instant now() {
        return clock.now();
    }
}
