package de.ratsanfragen.workflow;

import de.ratsanfragen.inquiry.InquirySubmitted;
import de.ratsanfragen.inquiry.InquiryWithdrawn;
import de.ratsanfragen.inquiry.ItemRerouted;
import de.ratsanfragen.platform.ApiProblem;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every submitted inquiry gets its process, started inside the submitting transaction: an inquiry
 * without process (or a process without inquiry) cannot arise. The inquiry's id is the business key.
 * A withdrawal ends the process (its interrupting event subprocess) in the withdrawing transaction; an
 * item re-routed through the API moves on in the same way.
 */
@Component
class InquiryProcessEvents {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final OpenItemRerouting openItems;

    InquiryProcessEvents(RuntimeService runtimeService, TaskService taskService, OpenItemRerouting openItems) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.openItems = openItems;
    }

    @EventListener
    void on(InquirySubmitted submitted) {
        VariableMap variables = Variables.createVariables();
        InquiryProcess.INQUIRY_ID.on(variables).set(submitted.inquiryId().toString());
        InquiryProcess.REFERENCE.on(variables).set(submitted.reference());
        runtimeService.startProcessInstanceByKey(InquiryProcess.KEY, submitted.inquiryId().toString(), variables);
    }

    @EventListener
    void on(InquiryWithdrawn withdrawn) {
        runtimeService.createMessageCorrelation(InquiryProcess.MESSAGE_WITHDRAWN)
                .processInstanceBusinessKey(withdrawn.inquiryId().toString())
                .correlateAll();
    }

    /**
     * An item re-routed through the API: a declined item's re-routing task is completed with the new tag, as in
     * Tasklist; an item whose units are still working on it (open, or declined while others still write) has its
     * work begun anew under the new routing ({@link OpenItemRerouting}).
     */
    @EventListener
    void on(ItemRerouted rerouted) {
        Task task = openItems.itemTasks(rerouted.inquiryId().toString(), rerouted.number(), InquiryProcess.TASK_REROUTE).stream()
                .findFirst().orElse(null);
        if (task == null) {
            if (!openItems.reroute(rerouted.inquiryId(), rerouted.number())) {
                throw new ApiProblem(HttpStatus.CONFLICT, "Keine Neuzuordnung offen",
                        "Für Frage " + rerouted.number() + " ist keine Neuzuordnung offen.");
            }
            return;
        }
        // the inquiry holds the new routing already: the completion only moves the item on (transient, never stored)
        VariableMap variables = Variables.createVariables();
        InquiryProcess.ROUTING_TAG.on(variables).set(rerouted.tag());
        variables.putValueTyped(InquiryProcess.ROUTING_STORED.getName(), Variables.booleanValue(true, true));
        taskService.complete(task.getId(), variables);
    }
}
