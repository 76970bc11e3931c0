package de.ratsanfragen.workflow;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import de.ratsanfragen.inquiry.InquiryCatalog;
import de.ratsanfragen.inquiry.InquiryFacts;
import de.ratsanfragen.inquiry.InquiryLifecycle;
import de.ratsanfragen.notification.Escalation;
import de.ratsanfragen.notification.Notifications;
import de.ratsanfragen.notification.Released;
import de.ratsanfragen.notification.Reminder;
import de.ratsanfragen.platform.CouncilClock;
import de.ratsanfragen.platform.CouncilTime;
import de.ratsanfragen.platform.DatabaseOutage;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deadline watch. Every task's own dates are the deadlines: when a task's follow-up date has
 * passed its unit is reminded, when its due date has passed the Dezernat and the OB office are told
 * and its items are marked overdue. The watch looks at the open tasks periodically; each notice is
 * recorded once per task and date (a date moved by an extension or a new round is watched again)
 * and sent by a {@code process_deadline_notice} of its own: one mail per job, sent after the watch's
 * transaction committed, retried (R3/PT10M) and then reported as an incident if the mail server fails;
 * an escalation marks the task's items overdue in the same job.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineWatch implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);
    private static final ZoneId COUNCIL_TIME = CouncilTime.ZONE;

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final Notifications notifications;
    private final InquiryCatalog inquiries;
    private final InquiryLifecycle lifecycle;
    private final DeadlineNotices notices;
    private final ProcessLists processLists;
    private final TransactionTemplate transaction;
    private final DeadlineWatchProperties properties;
    private final CouncilClock clock;
    private ScheduledExecutorService scheduler;

    DeadlineWatch(TaskService taskService, RuntimeService runtimeService, Notifications notifications, InquiryCatalog inquiries,
                  InquiryLifecycle lifecycle, DeadlineNotices notices, ProcessLists processLists, TransactionTemplate transaction, DeadlineWatchProperties properties,
                  CouncilClock clock) {
        this.clock = clock;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.notifications = notifications;
        this.inquiries = inquiries;
        this.lifecycle = lifecycle;
        this.notices = notices;
        this.processLists = processLists;
        this.transaction = transaction;
        this.properties = properties;
    }

    /**
     * One look at every open task of the inquiry processes, by the engine's clock. Each notice is
     * recorded and started in a transaction of its own: a task that cannot be noticed (its process
     * changed under the watch's feet) does not hold up the others, and is tried again next time.
     *
     * @return the notices started (each a reminder or escalation mail on its way)
     */
    int watch() {
        Date now = Date.from(clock.now());
        List<Task> overdue = taskService.createTaskQuery().processDefinitionKey(InquiryProcess.KEY).dueBefore(now).list();
        List<Task> followUp = taskService.createTaskQuery().processDefinitionKey(InquiryProcess.KEY).followUpBefore(now)
                .dueAfter(now).list();
        List<String> ids = new ArrayList<>();
        overdue.forEach(task -> ids.add(task.getId()));
        followUp.forEach(task -> ids.add(task.getId()));
        Set<String> noticed = notices.recorded(ids);
        int started = 0;
        for (Task task : overdue) {
            started += noticeApart(task, DeadlineNotices.Kind.ESCALATION, task.getDueDate(), noticed, now);
        }
        for (Task task : followUp) {
            // a follow-up on the due date itself is no reminder: the escalation follows at once
            if (task.getFollowUpDate().before(task.getDueDate())) {
                started += noticeApart(task, DeadlineNotices.Kind.REMINDER, task.getFollowUpDate(), noticed, now);
            }
        }
        return started;
    }

    private int noticeApart(Task task, DeadlineNotices.Kind kind, Date date, Set<String> noticed, Date now) {
        if (noticed.contains(DeadlineNotices.key(task.getId(), kind, date.getTime()))) {
            return 0;
        }
        try {
            Integer started = transaction.execute(status -> notice(task, kind, date, now));
            return started == null ? 0 : started;
        } catch (RuntimeException e) {
            log.warn("Fristenwache: Hinweis zur Aufgabe {} ({}) diesmal nicht möglich: {}", task.getId(), task.getName(), e.toString());
            return 0;
        }
    }

    private int notice(Task task, DeadlineNotices.Kind kind, Date date, Date now) {
        UUID inquiryId = UUID.fromString((String) taskService.getVariable(task.getId(), InquiryProcess.INQUIRY_ID.getName()));
        String unit = taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).findFirst().orElse(null);
        if (unit == null) {
            return 0;
        }
        List<Integer> items = items(task, inquiryId);
        if (!notices.record(task.getId(), kind, date.toInstant(), inquiryId, unit, items, now.toInstant())) {
            return 0; // another node of the service was quicker
        }
        VariableMap variables = Variables.createVariables();
        InquiryProcess.INQUIRY_ID.on(variables).set(inquiryId.toString());
        InquiryProcess.REFERENCE.on(variables).set((String) taskService.getVariable(task.getId(), InquiryProcess.REFERENCE.getName()));
        InquiryProcess.TITLE.on(variables).set((String) taskService.getVariable(task.getId(), InquiryProcess.TITLE.getName()));
        InquiryProcess.NOTICE_KIND.on(variables).set(kind.name());
        InquiryProcess.NOTICE_TASK_ID.on(variables).set(task.getId());
        InquiryProcess.NOTICE_TASK_NAME.on(variables).set(task.getName());
        InquiryProcess.NOTICE_UNIT.on(variables).set(unit);
        InquiryProcess.NOTICE_ITEMS.on(variables).set(ProcessLists.join(items));
        InquiryProcess.NOTICE_DATE.on(variables).set(date);
        InquiryProcess.NOTICE_DUE.on(variables).set(task.getDueDate());
        runtimeService.startProcessInstanceByKey(InquiryProcess.NOTICE_KEY, inquiryId.toString(), variables);
        return 1;
    }

    /** The items a task is about: its item, its Dezernat's items in the sign-off, all items in triage and approval. */
    private List<Integer> items(Task task, UUID inquiryId) {
        return switch (task.getTaskDefinitionKey()) {
            case InquiryProcess.TASK_TRIAGE, InquiryProcess.TASK_APPROVE ->
                    inquiries.facts(inquiryId).items().stream().map(InquiryFacts.Item::number).toList();
            case InquiryProcess.TASK_SIGN_OFF ->
                    processLists.numbers((String) taskService.getVariable(task.getId(), InquiryProcess.SIGN_OFF_ITEMS.getName()));
            default -> List.of((Integer) taskService.getVariable(task.getId(), InquiryProcess.ITEM_NUMBER.getName()));
        };
    }

    /**
     * The mail of one notice, and for an escalation the items marked overdue — both only if the task is
     * still open with the date the watch saw (not completed, not moved by an extension meanwhile).
     */
    @Bean(InquiryProcess.SEND_DEADLINE_NOTICE)
    JavaDelegate sendDeadlineNotice() {
        return execution -> {
            String taskId = InquiryProcess.NOTICE_TASK_ID.from(execution).get();
            Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
            boolean escalation = DeadlineNotices.Kind.ESCALATION.name().equals(InquiryProcess.NOTICE_KIND.from(execution).get());
            Date noticed = InquiryProcess.NOTICE_DATE.from(execution).get();
            // done meanwhile, or its date moved (an extension): the watch notices the new date when it passes
            if (task == null || !noticed.equals(escalation ? task.getDueDate() : task.getFollowUpDate())) {
                return;
            }
            String reference = InquiryProcess.REFERENCE.from(execution).get();
            String title = InquiryProcess.TITLE.from(execution).getOrNull();
            String unit = InquiryProcess.NOTICE_UNIT.from(execution).get();
            List<Integer> items = processLists.numbers(InquiryProcess.NOTICE_ITEMS.from(execution).get());
            String taskName = InquiryProcess.NOTICE_TASK_NAME.from(execution).get();
            LocalDate due = InquiryProcess.NOTICE_DUE.from(execution).get().toInstant().atZone(COUNCIL_TIME).toLocalDate();
            if (escalation) {
                UUID inquiryId = UUID.fromString(InquiryProcess.INQUIRY_ID.from(execution).get());
                items.forEach(item -> lifecycle.markOverdue(inquiryId, item));
                notifications.escalate(unit, new Escalation(reference, title, items, taskName, due));
            } else {
                notifications.remindUnit(unit, new Reminder(reference, title, items, taskName, due, taskId));
            }
        };
    }

    /** The faction hears that its answer is released (a job of its own: sent after the release committed). */
    @Bean(InquiryProcess.NOTIFY_FACTION)
    JavaDelegate notifyFaction() {
        return execution -> {
            UUID inquiryId = UUID.fromString(InquiryProcess.INQUIRY_ID.from(execution).get());
            notifications.released(inquiries.audience(inquiryId).orElseThrow().faction(), new Released(InquiryProcess.REFERENCE.from(execution).get(),
                    InquiryProcess.TITLE.from(execution).getOrNull(), clock.today()));
        };
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "deadline-watch");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.interval().toMillis();
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                int started = watch();
                if (started > 0) {
                    log.info("Fristenwache: {} Erinnerungen/Eskalationen auf den Weg gebracht", started);
                }
            } catch (RuntimeException e) {
                // the next look tries again; nothing was recorded for the notices of a failed look
                if (DatabaseOutage.causedBy(e)) {
                    log.warn("Fristenwache: Datenbank nicht erreichbar ({}), nächster Versuch in {}", DatabaseOutage.rootCause(e),
                            properties.interval());
                } else {
                    log.error("Fristenwache fehlgeschlagen", e);
                }
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
