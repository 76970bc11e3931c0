package de.ratsanfragen.workflow;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * The open tasks of one inquiry as the deadline monitor's drill-down shows them: which item (none for
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

    private final TaskService taskService;

    OpenTaskDates(TaskService taskService) {
        this.taskService = taskService;
    }

    /** The inquiry's open tasks, earliest due first. */
    public List<OpenTask> of(UUID inquiryId) {
        return taskService.createTaskQuery().processDefinitionKey(InquiryProcess.KEY)
                .processInstanceBusinessKey(inquiryId.toString()).list().stream()
                .map(this::open)
                .sorted(Comparator.comparing(OpenTask::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private OpenTask open(Task task) {
        Object item = taskService.getVariable(task.getId(), InquiryProcess.ITEM_NUMBER.getName());
        String unit = taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).findFirst().orElse(null);
        return new OpenTask(item instanceof Integer number ? number : null, unit, task.getName(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                WorkflowIdentity.WEBAPP_PATH + "/app/tasklist/default/#/?task=" + task.getId(),
                WorkflowIdentity.WEBAPP_PATH + "/app/cockpit/default/#/process-instance/" + task.getProcessInstanceId() + "/runtime");
    }
}
