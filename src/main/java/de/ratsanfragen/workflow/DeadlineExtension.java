package de.ratsanfragen.workflow;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.ratsanfragen.deadline.DeadlineCalendar;
import de.ratsanfragen.deadline.Deadlines;
import de.ratsanfragen.deadline.Step;
import de.ratsanfragen.inquiry.InquiryProgress;
import de.ratsanfragen.inquiry.InquiryProgress.InquiryFacts;
import de.ratsanfragen.notification.InterimNotice;
import de.ratsanfragen.notification.Notifications;
import de.ratsanfragen.platform.ApiProblem;
import de.ratsanfragen.platform.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OB office extends an inquiry's deadline with a reason: the new final date is re-staggered,
 * every open task's due and follow-up dates and every waiting reminder and escalation move with it,
 * and the faction gets an interim notice (sent by an asynchronous job once the extension committed).
 */
@RestController
class DeadlineExtension {

    static final String MESSAGE = "msg_deadline_extended";

    /**
     * @param dueDate the new deadline
     * @param reason  why (the faction reads it)
     */
    record Extension(@NotNull(message = "fehlt") LocalDate dueDate, String reason) {
    }

    private final InquiryProgress progress;
    private final DeadlineCalendar calendar;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final Notifications notifications;

    DeadlineExtension(InquiryProgress progress, DeadlineCalendar calendar, RuntimeService runtimeService,
                      TaskService taskService, ManagementService managementService, Notifications notifications) {
        this.progress = progress;
        this.calendar = calendar;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.notifications = notifications;
    }

    @PostMapping(path = "/api/inquiries/{id}/deadline", consumes = "application/json", produces = "application/json")
    @Transactional
    public Map<String, Object> extend(@PathVariable UUID id, @Valid @RequestBody Extension extension) {
        CurrentUser user = CurrentUser.get();
        if (!user.seesAllInquiries()) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "Keine Berechtigung", "Fristen verlängert der Bereich Oberbürgermeister.");
        }
        InquiryFacts facts = progress.facts(id);
        List<ProcessInstance> instances = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id.toString()).list();
        if (facts.dueDate() == null || instances.isEmpty()) {
            throw new ApiProblem(HttpStatus.CONFLICT, "Keine laufende Frist",
                    "Die Anfrage " + facts.reference() + " hat keine laufende Frist (noch in Prüfung oder bereits beantwortet).");
        }
        LocalDate today = InquiryProcessSteps.today();
        Deadlines current = calendar.plan(facts.dueDate(), facts.receivedOn());
        Deadlines extended = calendar.extend(current, extension.dueDate(), extension.reason(), today);
        progress.extendDeadline(id, facts.dueDate(), extended.finalDue(), extension.reason().strip(), user.userId());
        for (ProcessInstance instance : instances) {
            moveDates(instance.getId(), extended);
        }
        ProcessInstance main = instances.stream().filter(instance -> instance.getProcessDefinitionId().startsWith(InquiryProcess.KEY + ":"))
                .findFirst().orElseThrow();
        runtimeService.createMessageCorrelation(MESSAGE).processInstanceId(main.getId())
                .setVariable("previousDueDate", facts.dueDate().toString())
                .setVariable("extensionReason", extension.reason().strip())
                .correlate();
        return Map.of("reference", facts.reference(), "previousDueDate", facts.dueDate(), "dueDate", extended.finalDue(),
                "explanation", extended.explanation());
    }

    /** The interim notice, sent by the event subprocess's asynchronous job. */
    @Bean
    JavaDelegate sendInterimNotice() {
        return execution -> {
            UUID inquiryId = UUID.fromString(InquiryProcess.INQUIRY_ID.from(execution).get());
            InquiryFacts facts = progress.facts(inquiryId);
            notifications.interimNotice(progress.factionCode(inquiryId), new InterimNotice(facts.reference(), facts.title(),
                    LocalDate.parse((String) execution.getVariable("previousDueDate")), facts.dueDate(),
                    (String) execution.getVariable("extensionReason")));
        };
    }

    /** Variables, open tasks and waiting timers of one process instance follow the new plan. */
    private void moveDates(String processInstanceId, Deadlines plan) {
        Map<String, Object> variables = InquiryProcessSteps.stepDates(plan);
        variables.forEach((name, value) -> {
            if (runtimeService.getVariable(processInstanceId, name) != null) {
                runtimeService.setVariable(processInstanceId, name, value);
            }
        });
        if (runtimeService.getVariable(processInstanceId, "leadDue") != null) {
            Step lead = stepOf(InquiryProcess.TASK_ANSWER, processInstanceId);
            runtimeService.setVariable(processInstanceId, "leadDue", endOfDay(plan.step(lead).due()));
            runtimeService.setVariable(processInstanceId, "leadFollowUp", endOfDay(plan.step(lead).followUp()));
        }
        for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId).list()) {
            Step step = stepOf(task.getTaskDefinitionKey(), processInstanceId);
            if (step != null) {
                task.setDueDate(endOfDay(plan.step(step).due()));
                task.setFollowUpDate(endOfDay(plan.step(step).followUp()));
                taskService.saveTask(task);
            }
        }
        for (Job job : managementService.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
            String timer = ((JobEntity) job).getJobHandlerConfigurationRaw();
            Step step = stepOf("task_" + timer.replaceFirst("^timer_(remind|overdue)_", ""), processInstanceId);
            if (step != null) {
                LocalDate date = timer.startsWith("timer_remind_") ? plan.step(step).followUp() : plan.step(step).due();
                managementService.setJobDuedate(job.getId(), endOfDay(date));
            }
        }
    }

    /** Which step of the plan a task belongs to; the lead's answer is a consolidation when others contribute. */
    private Step stepOf(String taskKey, String processInstanceId) {
        return switch (taskKey) {
            case InquiryProcess.TASK_CONTRIBUTE, InquiryProcess.TASK_COMMENT -> Step.ANSWERS;
            case InquiryProcess.TASK_ANSWER -> {
                Object contributors = runtimeService.getVariable(processInstanceId, InquiryProcess.CONTRIBUTORS.getName());
                Object consulted = runtimeService.getVariable(processInstanceId, InquiryProcess.CONSULTED.getName());
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
        return InquiryProcessSteps.endOfDay(date);
    }
}
