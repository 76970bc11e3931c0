package de.ratsanfragen.workflow;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import de.ratsanfragen.inquiry.Contribution;
import de.ratsanfragen.inquiry.InquiryCatalog;
import de.ratsanfragen.inquiry.ItemRoles;
import de.ratsanfragen.organization.RoutingTag;
import de.ratsanfragen.platform.CouncilClock;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * An open item the OB office routed anew (issue 13): its work ({@code subprocess_item_work}) is interrupted by
 * {@code msg_item_rerouted} and begins again from the new routing at „Zuständigkeit lesen“, so no token waits at a
 * join for a task that no longer exists. Each open task of the item ends with a German comment saying why; a unit
 * that keeps its role and gets the same task again at once keeps who claimed it and its due and follow-up dates.
 * Called by the service only, in the transaction that stores the new routing: staff cannot correlate messages
 * through the engine API ({@code EngineCallRules}).
 */
@Component
class OpenItemRerouting {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final InquiryCatalog inquiries;
    private final CouncilClock clock;

    OpenItemRerouting(RuntimeService runtimeService, TaskService taskService, InquiryCatalog inquiries, CouncilClock clock) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.inquiries = inquiries;
        this.clock = clock;
    }

    /** An open task of the item and the unit it is for. */
    private record OpenTask(Task task, String unit) {
    }

    /**
     * Moves the item on under the routing the inquiry holds now.
     *
     * @return whether the item's work was running (else nothing happened)
     */
    boolean reroute(UUID inquiryId, int number) {
        String businessKey = inquiryId.toString();
        Optional<Execution> work = runtimeService.createExecutionQuery().processInstanceBusinessKey(businessKey)
                .messageEventSubscriptionName(InquiryProcess.MESSAGE_ITEM_REROUTED).list().stream()
                .filter(execution -> Integer.valueOf(number)
                        .equals(runtimeService.getVariable(execution.getId(), InquiryProcess.ITEM_NUMBER.getName())))
                .findFirst();
        if (work.isEmpty()) {
            return false;
        }
        RoutingTag routing = inquiries.item(inquiryId, number).routing();
        Map<String, Contribution.Role> roles = ItemRoles.of(routing);
        String reference = (String) runtimeService.getVariable(work.get().getId(), InquiryProcess.REFERENCE.getName());
        List<OpenTask> ended = openTasks(businessKey, number, null);
        String said = "Frage " + number + " der Anfrage " + reference + " hat der Bereich Oberbürgermeister am "
                + DAY.format(clock.today()) + " neu zugeordnet: „" + routing.raw().strip() + "“. Diese Aufgabe endet; ";
        ended.forEach(open -> taskService.createComment(open.task().getId(), open.task().getProcessInstanceId(), said
                + (roles.containsKey(open.unit())
                ? open.unit() + " bleibt beteiligt und erhält die Aufgabe unter der neuen Zuordnung neu, sobald sie an der Reihe ist."
                : open.unit() + " ist an der Frage nicht mehr beteiligt. Was bereits geschrieben wurde, bleibt bei der Frage.")));
        runtimeService.messageEventReceived(InquiryProcess.MESSAGE_ITEM_REROUTED, work.get().getId());
        openTasks(businessKey, number, null).forEach(created -> ended.stream()
                .filter(old -> old.task().getTaskDefinitionKey().equals(created.task().getTaskDefinitionKey())
                        && Objects.equals(old.unit(), created.unit()))
                .findFirst()
                .ifPresent(old -> keep(old.task(), created.task())));
        return true;
    }

    /** The open tasks of one item of the inquiry, of one task definition or ({@code null}) all. */
    List<Task> itemTasks(String businessKey, int number, String definitionKey) {
        var query = taskService.createTaskQuery().processInstanceBusinessKey(businessKey);
        if (definitionKey != null) {
            query.taskDefinitionKey(definitionKey);
        }
        return query.list().stream()
                .filter(task -> Integer.valueOf(number).equals(taskService.getVariable(task.getId(), InquiryProcess.ITEM_NUMBER.getName())))
                .toList();
    }

    private List<OpenTask> openTasks(String businessKey, int number, String definitionKey) {
        return itemTasks(businessKey, number, definitionKey).stream().map(task -> new OpenTask(task, unit(task))).toList();
    }

    /** The unit a task is for: its candidate group. */
    private String unit(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId).findFirst().orElse(null);
    }

    /** The unit's task again: claimed as before, with the dates it had. */
    private void keep(Task old, Task created) {
        created.setAssignee(old.getAssignee());
        created.setDueDate(old.getDueDate());
        created.setFollowUpDate(old.getFollowUpDate());
        taskService.saveTask(created);
    }
}
