package de.ratsanfragen.workflow;

import static de.ratsanfragen.workflow.InquiryProcess.ANSWER;
import static de.ratsanfragen.workflow.InquiryProcess.CONTRIBUTOR;
import static de.ratsanfragen.workflow.InquiryProcess.ITEM_NUMBER;
import static de.ratsanfragen.workflow.TaskInputs.inquiryId;

import java.util.List;

import de.ratsanfragen.inquiry.Contribution;
import de.ratsanfragen.inquiry.InquiryAnswers;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Rework keeps the work: a unit asked again about an item finds what it wrote last in its form. The lead's
 * answer so far is set when the item is loaded ({@code AnsweringSteps.loadItem}); a contributor's or
 * consulted unit's own last text is set here, when its task is created.
 */
@Configuration(proxyBeanMethods = false)
class ReworkSteps {

    private final InquiryAnswers answers;

    ReworkSteps(InquiryAnswers answers) {
        this.answers = answers;
    }

    /** The unit's own last contribution or comment (not a decline) fills the task's {@code answer} field. */
    @Bean(InquiryProcess.SHOW_OWN_CONTRIBUTION)
    TaskListener showOwnContribution() {
        return task -> {
            String unit = CONTRIBUTOR.from(task).get();
            List<Contribution> written = answers.contributions(inquiryId(task), ITEM_NUMBER.from(task).get());
            written.stream().filter(c -> c.unit().equals(unit) && !c.declined() && c.role() != Contribution.Role.ANSWER)
                    .reduce((first, second) -> second)
                    .ifPresent(last -> ANSWER.on(task.getExecution()).setLocal(last.text()));
        };
    }
}
