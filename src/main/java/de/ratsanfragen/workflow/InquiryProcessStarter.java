package de.ratsanfragen.workflow;

import de.ratsanfragen.inquiry.InquirySubmitted;
import de.ratsanfragen.inquiry.InquiryWithdrawn;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every submitted inquiry gets its process, started inside the submitting transaction: an inquiry
 * without process (or a process without inquiry) cannot arise. The inquiry's id is the business key.
 * A withdrawal ends the process (its interrupting event subprocess) in the withdrawing transaction.
 */
@Component
class InquiryProcessStarter {

    private final RuntimeService runtimeService;

    InquiryProcessStarter(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
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
}
