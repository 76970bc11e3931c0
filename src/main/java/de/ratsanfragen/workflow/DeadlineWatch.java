package de.ratsanfragen.workflow;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import de.ratsanfragen.platform.CouncilTime;
import de.ratsanfragen.inquiry.InquiryProgress;
import de.ratsanfragen.notification.Escalation;
import de.ratsanfragen.notification.Notifications;
import de.ratsanfragen.notification.Released;
import de.ratsanfragen.notification.Reminder;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Mail that deadlines and decisions cause. What the non-interrupting timers on the user tasks do: before the due date the unit is reminded,
 * after it the Dezernat and the OB office are told and the item is marked overdue. The service tasks
 * run as asynchronous jobs (after the transaction that reached them has committed); a mail that cannot
 * be sent fails the job, which the engine retries (R3/PT10M) and then reports as an incident.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineWatch {

    private static final ZoneId COUNCIL_TIME = CouncilTime.ZONE;

    /** The watched task's open instances, each with the unit it waits for and the items it is about. */
    private record OpenTask(Task task, String unit, List<Integer> items, LocalDate due) {
    }

    private final TaskService taskService;
    private final Notifications notifications;
    private final InquiryProgress progress;
    private final ProcessLists processLists;

    DeadlineWatch(TaskService taskService, Notifications notifications, InquiryProgress progress, ProcessLists processLists) {
        this.taskService = taskService;
        this.notifications = notifications;
        this.progress = progress;
        this.processLists = processLists;
    }

    @Bean
    JavaDelegate remindOpenTasks() {
        return execution -> openTasks(execution).forEach(open -> notifications.remindUnit(open.unit(),
                new Reminder(InquiryProcess.REFERENCE.from(execution).get(), InquiryProcess.TITLE.from(execution).getOrNull(),
                        open.items(), open.task().getName(), open.due(), open.task().getId())));
    }

    @Bean
    JavaDelegate escalateOpenTasks() {
        return execution -> {
            UUID inquiryId = UUID.fromString(InquiryProcess.INQUIRY_ID.from(execution).get());
            for (OpenTask open : openTasks(execution)) {
                open.items().forEach(item -> progress.markOverdue(inquiryId, item));
                notifications.escalate(open.unit(), new Escalation(InquiryProcess.REFERENCE.from(execution).get(),
                        InquiryProcess.TITLE.from(execution).getOrNull(), open.items(), open.task().getName(), open.due()));
            }
        };
    }

    /** The faction hears that its answer is released (a job of its own: sent after the release committed). */
    @Bean
    JavaDelegate notifyFaction() {
        return execution -> {
            UUID inquiryId = UUID.fromString(InquiryProcess.INQUIRY_ID.from(execution).get());
            notifications.released(progress.factionCode(inquiryId), new Released(InquiryProcess.REFERENCE.from(execution).get(),
                    InquiryProcess.TITLE.from(execution).getOrNull(), InquiryProcessSteps.today()));
        };
    }

    private List<OpenTask> openTasks(DelegateExecution execution) {
        String watched = (String) execution.getVariable("watchedTask");
        // in the sign-off, each Dezernat's timer watches only its own task
        String dezernat = execution.hasVariable(InquiryProcess.DEZERNAT.getName())
                ? InquiryProcess.DEZERNAT.from(execution).getOrNull() : null;
        List<Integer> items = items(execution);
        return taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(watched).list().stream()
                .flatMap(task -> taskService.getIdentityLinksForTask(task.getId()).stream()
                        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                        .filter(link -> dezernat == null || dezernat.equals(link.getGroupId()))
                        .map(link -> new OpenTask(task, link.getGroupId(), items,
                                task.getDueDate().toInstant().atZone(COUNCIL_TIME).toLocalDate())))
                .toList();
    }

    /** The item of an item process, the items of a Dezernat's sign-off, or all items of this round. */
    private List<Integer> items(DelegateExecution execution) {
        if (execution.hasVariable(InquiryProcess.ITEM_NUMBER.getName())) {
            return List.of(InquiryProcess.ITEM_NUMBER.from(execution).get());
        }
        if (execution.hasVariable(InquiryProcess.SIGN_OFF_ITEMS.getName())
                && InquiryProcess.SIGN_OFF_ITEMS.from(execution).getOrNull() != null) {
            return processLists.numbers(InquiryProcess.SIGN_OFF_ITEMS.from(execution).get());
        }
        return processLists.numbers(InquiryProcess.ITEM_NUMBERS.from(execution).get());
    }
}
