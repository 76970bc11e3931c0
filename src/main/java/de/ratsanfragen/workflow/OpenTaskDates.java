package de.ratsanfragen.workflow;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Open tasks as the deadline monitor's drill-down and a unit's own page show them: which item (none for
 * triage, sign-off and approval), which unit, which task, due when — in plain types, so that no other
 * module needs Camunda.
 */
@Service
public class OpenTaskDates {

    /**
     * @param item              the item's number, or {@code null} for a task about the whole inquiry
     * @param unit              the unit it waits for
     * @param name              the task's German name
     * @param due               its due date
     * @param tasklistPath      where the task opens in Tasklist (for those who may see it there)
     * @param cockpitPath       where its process instance opens in Cockpit (for operators)
     */
    public record OpenTask(Integer item, String unit, String name, Instant due, String tasklistPath, String cockpitPath) {
    }

    /**
     * An open task with the inquiry it belongs to.
     *
     * @param inquiry the inquiry (the process's business key)
     */
    public record InquiryTask(UUID inquiry, OpenTask task) {
    }

    private final TaskService taskService;
    private final RuntimeService runtimeService;

    OpenTaskDates(TaskService taskService, RuntimeService runtimeService) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
    }

    /** The inquiry's open tasks, earliest due first. */
    public List<OpenTask> of(UUID inquiryId) {
        return taskService.createTaskQuery().processDefinitionKey(InquiryProcess.KEY)
                .processInstanceBusinessKey(inquiryId.toString()).list().stream()
                .map(this::open)
                .sorted(Comparator.comparing(OpenTask::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /**
     * The open tasks waiting for any of these units (their candidate groups; claimed tasks too), over all
     * inquiries, earliest due first: one query for the tasks and one for their inquiries.
     */
    public List<InquiryTask> forUnits(Collection<String> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        List<Task> tasks = taskService.createTaskQuery().processDefinitionKey(InquiryProcess.KEY)
                .taskCandidateGroupIn(List.copyOf(units)).includeAssignedTasks().list();
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, String> inquiryByInstance = runtimeService.createProcessInstanceQuery()
                .processInstanceIds(tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet())).list().stream()
                .filter(instance -> instance.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return tasks.stream()
                .filter(task -> inquiryByInstance.containsKey(task.getProcessInstanceId()))
                .map(task -> new InquiryTask(UUID.fromString(inquiryByInstance.get(task.getProcessInstanceId())), open(task)))
                .sorted(Comparator.comparing((InquiryTask entry) -> entry.task().due(), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private OpenTask open(Task task) {
        Object item = taskService.getVariable(task.getId(), InquiryProcess.ITEM_NUMBER.getName());
        String unit = taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).findFirst().orElse(null);
        return new OpenTask(item instanceof Integer number ? number : null, unit, task.getName(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                WorkflowIdentity.TASKLIST_PATH + "#/?task=" + task.getId(),
                WorkflowIdentity.COCKPIT_PATH + "#/process-instance/" + task.getProcessInstanceId() + "/runtime");
    }
}
