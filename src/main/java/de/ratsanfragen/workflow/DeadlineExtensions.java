package de.ratsanfragen.workflow;

import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;

import de.ratsanfragen.deadline.DeadlineCalendar;
import de.ratsanfragen.deadline.Deadlines;
import de.ratsanfragen.deadline.Step;
import de.ratsanfragen.inquiry.InquiryAudience;
import de.ratsanfragen.inquiry.InquiryCatalog;
import de.ratsanfragen.inquiry.InquiryLifecycle;
import de.ratsanfragen.inquiry.InquiryState;
import de.ratsanfragen.inquiry.InquiryFacts;
import de.ratsanfragen.notification.InterimNotice;
import de.ratsanfragen.notification.Notifications;
import de.ratsanfragen.platform.ApiProblem;
import de.ratsanfragen.platform.CouncilClock;
import de.ratsanfragen.platform.CurrentUser;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OB office extends an inquiry's deadline with a reason: the new final date is re-staggered,
 * every open task's due and follow-up dates move with it (the deadline watch reads them), overdue marks are cleared,
 * and the faction gets an interim notice (sent by an asynchronous job once the extension committed). The one
 * extension of the service: {@code POST /api/inquiries/{id}/deadline} ({@link DeadlineExtension}) and the
 * monitor's drill-down page call {@link #extend}.
 */
@Service
public class DeadlineExtensions {

    private final InquiryCatalog inquiries;
    private final InquiryLifecycle lifecycle;
    private final DeadlineCalendar calendar;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final Notifications notifications;
    private final CouncilClock clock;

    DeadlineExtensions(InquiryCatalog inquiries, InquiryLifecycle lifecycle, DeadlineCalendar calendar, RuntimeService runtimeService,
                      TaskService taskService, Notifications notifications, CouncilClock clock) {
        this.inquiries = inquiries;
        this.lifecycle = lifecycle;
        this.calendar = calendar;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * The deadline as extended.
     *
     * @param previousDueDate the deadline before
     * @param dueDate         the new deadline
     * @param explanation     the rule and the reason, as the forms show it
     */
    public record Extended(String reference, LocalDate previousDueDate, LocalDate dueDate, String explanation) {
    }

    /**
     * Extends the inquiry's deadline to {@code newDue} for this reason, as the current user (the OB office);
     * refused, with nothing changed, for anyone else (403), without a reason, without a date, for a date in
     * the past or not after the current deadline (400), and for an inquiry whose deadline does not run (409).
     */
    @Transactional
    public Extended extend(UUID id, LocalDate newDue, String reason) {
        CurrentUser user = CurrentUser.get();
        if (!InquiryAudience.seesEveryInquiry(user)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "Keine Berechtigung", "Fristen verlängert der Bereich Oberbürgermeister.");
        }
        InquiryFacts facts = inquiries.facts(id);
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(InquiryProcess.KEY)
                .processInstanceBusinessKey(id.toString()).singleResult();
        if (facts.dueDate() == null || instance == null || !InquiryState.RUNNING.contains(facts.state())) {
            throw new ApiProblem(HttpStatus.CONFLICT, "Keine laufende Frist",
                    "Die Anfrage " + facts.reference() + " hat keine laufende Frist (noch in Prüfung, bereits beantwortet oder zurückgezogen).");
        }
        LocalDate today = clock.today();
        Deadlines current = calendar.plan(facts.dueDate(), facts.receivedOn());
        Deadlines extended = calendar.extend(current, newDue, reason, today);
        if (reason.strip().length() > de.ratsanfragen.inquiry.InquiryLimits.MAX_REASON_LENGTH) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Ungültige Verlängerung",
                    "Die Begründung ist länger als " + de.ratsanfragen.inquiry.InquiryLimits.MAX_REASON_LENGTH + " Zeichen.");
        }
        // refused by the inquiry if it was released or withdrawn since it was read above; no item is overdue after it
        LocalDate previous = lifecycle.extendDeadline(id, extended.finalDue(), reason.strip(), user.userId());
        // every date now lies ahead, and the deadline watch reports the new dates afresh
        moveDates(instance.getId(), extended);
        runtimeService.createMessageCorrelation(InquiryProcess.MESSAGE_DEADLINE_EXTENDED).processInstanceId(instance.getId())
                .correlate();
        return new Extended(facts.reference(), previous, extended.finalDue(), extended.explanation());
    }

    /**
     * The interim notice, sent by the event subprocess's asynchronous job: one job per extension, each
     * telling the oldest extension not told yet (two quick extensions never share one notice).
     */
    @Bean(InquiryProcess.SEND_INTERIM_NOTICE)
    JavaDelegate sendInterimNotice() {
        return execution -> {
            UUID inquiryId = UUID.fromString(InquiryProcess.INQUIRY_ID.from(execution).get());
            lifecycle.oldestUnnotifiedExtension(inquiryId).ifPresent(extension -> {
                InquiryFacts facts = inquiries.facts(inquiryId);
                notifications.interimNotice(inquiries.audience(inquiryId).orElseThrow().faction(), new InterimNotice(facts.reference(), facts.title(),
                        extension.previousDue(), extension.newDue(), extension.reason()));
                lifecycle.extensionNotified(extension.id());
            });
        };
    }

    /**
     * The final date (from which every task still to come takes its dates, {@link TaskDates}), the
     * deadline the forms show, and the dates of every open task follow the new plan.
     */
    private void moveDates(String processInstanceId, Deadlines plan) {
        runtimeService.setVariable(processInstanceId, InquiryProcess.FINAL_DUE.getName(), plan.finalDue().toString());
        runtimeService.setVariable(processInstanceId, InquiryProcess.DUE_DATE_TEXT.getName(), ProcessDates.dueDateText(plan));
        for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId).list()) {
            Step step = stepOf(task);
            if (step != null) {
                task.setDueDate(endOfDay(plan.step(step).due()));
                task.setFollowUpDate(endOfDay(plan.step(step).followUp()));
                taskService.saveTask(task);
            }
        }
    }

    /** Which step of the plan a task belongs to; the lead's answer is a consolidation when others contribute. */
    private Step stepOf(Task task) {
        return switch (task.getTaskDefinitionKey()) {
            case InquiryProcess.TASK_CONTRIBUTE, InquiryProcess.TASK_COMMENT, InquiryProcess.TASK_REROUTE -> Step.ANSWERS;
            case InquiryProcess.TASK_ANSWER -> {
                Object contributors = taskService.getVariable(task.getId(), InquiryProcess.CONTRIBUTORS.getName());
                Object consulted = taskService.getVariable(task.getId(), InquiryProcess.CONSULTED.getName());
                boolean others = contributors != null && !contributors.toString().isBlank()
                        || consulted != null && !consulted.toString().isBlank();
                yield others ? Step.CONSOLIDATION : Step.ANSWERS;
            }
            case InquiryProcess.TASK_SIGN_OFF -> Step.SIGN_OFF;
            case InquiryProcess.TASK_APPROVE -> Step.APPROVAL;
            default -> null;
        };
    }

    private static Date endOfDay(LocalDate date) {
        return ProcessDates.endOfDay(date);
    }
}
