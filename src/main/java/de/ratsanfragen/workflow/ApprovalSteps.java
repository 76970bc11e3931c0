package de.ratsanfragen.workflow;

import static de.ratsanfragen.workflow.InquiryProcess.APPROVED;
import static de.ratsanfragen.workflow.InquiryProcess.ITEM_NUMBERS;
import static de.ratsanfragen.workflow.TaskInputs.inquiryId;
import static de.ratsanfragen.workflow.TaskInputs.refuse;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.ratsanfragen.inquiry.InquiryCatalog;
import de.ratsanfragen.inquiry.InquiryFacts;
import de.ratsanfragen.inquiry.InquiryLifecycle;
import de.ratsanfragen.inquiry.ItemReturn;
import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.organization.RoutingTag;
import de.ratsanfragen.platform.ApiProblem;
import de.ratsanfragen.platform.CouncilClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sign-off by the Dezernate and approval by the OB office, as the BPMN names the steps: each Dezernat signs
 * its items off or sends some back, the items sent back start a new round, and the approval releases the
 * inquiry or sends items back too. A completion the inquiry refuses stays open with the German reason.
 */
@Configuration(proxyBeanMethods = false)
class ApprovalSteps {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ApprovalSteps.class);

    private final InquiryCatalog inquiries;
    private final InquiryLifecycle lifecycle;
    private final OrganizationDirectory directory;
    private final ProcessLists processLists;
    private final CouncilClock clock;

    ApprovalSteps(InquiryCatalog inquiries, InquiryLifecycle lifecycle, OrganizationDirectory directory, ProcessLists processLists,
                  CouncilClock clock) {
        this.clock = clock;
        this.inquiries = inquiries;
        this.lifecycle = lifecycle;
        this.directory = directory;
        this.processLists = processLists;
    }

    /** The Dezernate of this round's items sign off, each once; each item is held by all of its Dezernate until they decided. */
    @Bean(InquiryProcess.PLAN_SIGN_OFF)
    JavaDelegate planSignOff() {
        return execution -> {
            InquiryFacts facts = inquiries.facts(inquiryId(execution));
            Set<String> dezernate = new LinkedHashSet<>();
            Map<Integer, List<String>> byItem = new LinkedHashMap<>();
            for (InquiryFacts.Item item : roundItems(execution, facts)) {
                List<String> own = item.routing().assignments().stream().map(RoutingTag.Assignment::dezernat).distinct().toList();
                dezernate.addAll(own);
                byItem.put(item.number(), own);
            }
            lifecycle.beginSignOff(facts.id(), byItem);
            InquiryProcess.DEZERNATE.on(execution).set(ProcessLists.join(List.copyOf(dezernate)));
        };
    }

    @Bean(InquiryProcess.LOAD_SIGN_OFF)
    JavaDelegate loadSignOff() {
        return execution -> {
            InquiryFacts facts = inquiries.facts(inquiryId(execution));
            TriageSteps.linkPages(execution.getProcessInstance(), facts.id());
            String dezernat = InquiryProcess.DEZERNAT.from(execution).get();
            List<InquiryFacts.Item> items = roundItems(execution, facts).stream()
                    .filter(item -> item.routing().assignments().stream().anyMatch(a -> a.dezernat().equals(dezernat)))
                    .toList();
            InquiryProcess.SIGN_OFF_ITEMS.on(execution).set(ProcessLists.join(items.stream().map(InquiryFacts.Item::number).toList()));
            InquiryProcess.SIGN_OFF_OVERVIEW.on(execution).set(TaskTexts.answers(items));
        };
    }

    /** Sign off, or send named items of this Dezernat back to their units with a comment. */
    @Bean(InquiryProcess.COMPLETE_SIGN_OFF)
    TaskListener completeSignOff() {
        return task -> {
            Boolean approved = TaskInputs.yesNo(task, APPROVED);
            if (approved == null) {
                throw refuse("Bitte entscheiden: mitzeichnen oder Fragen zurückschicken (Feld „approved“).");
            }
            // the Dezernat has decided: its items wait for the others (the ones it sends back, below, for their rework)
            lifecycle.signOffDecided(inquiryId(task), InquiryProcess.DEZERNAT.from(task).get());
            if (approved) {
                return;
            }
            Set<Integer> ownItems = new LinkedHashSet<>(processLists.numbers(InquiryProcess.SIGN_OFF_ITEMS.from(task).get()));
            sendBack(inquiryId(task), TaskInputs.itemReturns(task, ownItems), InquiryProcess.DEZERNAT.from(task).get());
        };
    }

    @Bean(InquiryProcess.BEGIN_APPROVAL)
    JavaDelegate beginApproval() {
        return execution -> {
            lifecycle.beginApproval(inquiryId(execution), directory.obOffice().code());
            TriageSteps.linkPages(execution.getProcessInstance(), inquiryId(execution));
        };
    }

    /** Approve, or name the items that go back with a comment. */
    @Bean(InquiryProcess.COMPLETE_APPROVAL)
    TaskListener completeApproval() {
        return task -> {
            Boolean approved = TaskInputs.yesNo(task, APPROVED);
            if (approved == null) {
                throw refuse("Bitte entscheiden: freigeben oder Fragen zurückschicken (Feld „approved“).");
            }
            VariableScope process = task.getExecution().getProcessInstance();
            APPROVED.on(process).set(approved);
            UUID inquiryId = inquiryId(task);
            List<InquiryFacts.Item> items = inquiries.facts(inquiryId).items();
            if (approved) {
                List<Integer> unanswered = items.stream().filter(item -> item.answer() == null).map(InquiryFacts.Item::number).toList();
                if (!unanswered.isEmpty()) {
                    throw refuse("Freigabe nicht möglich: ohne Antwort sind noch "
                            + unanswered.stream().map(n -> "Frage " + n).collect(Collectors.joining(", ")) + ".");
                }
                return;
            }
            Set<Integer> known = items.stream().map(InquiryFacts.Item::number).collect(Collectors.toSet());
            sendBack(inquiryId, TaskInputs.itemReturns(task, known), directory.obOffice().code());
        };
    }

    /**
     * After every Dezernat decided (or the OB office sent items back): the returned items, each once
     * however many sent it back, start a new round whose dates are staggered again from today.
     */
    @Bean(InquiryProcess.COLLECT_RETURNS)
    JavaDelegate collectReturns() {
        return execution -> ITEM_NUMBERS.on(execution).set(ProcessLists.join(lifecycle.startRework(inquiryId(execution))));
    }

    @Bean(InquiryProcess.RELEASE)
    JavaDelegate release() {
        return execution -> {
            UUID inquiryId = inquiryId(execution);
            try {
                lifecycle.release(inquiryId, clock.now());
            } catch (ApiProblem problem) {
                throw refuse(problem.getMessage());
            } catch (RuntimeException e) {
                // what the release brings with it (the response document's first version) failed: nothing is released
                LOG.error("Freigabe der Anfrage {} fehlgeschlagen", inquiryId, e);
                throw refuse("Die Freigabe ist nicht möglich, weil das Antwortschreiben nicht erzeugt werden konnte ("
                        + e.getMessage() + "). Bitte später erneut freigeben; der Fehler steht im Protokoll des Dienstes.");
            }
        };
    }

    private void sendBack(UUID inquiryId, List<ItemReturn> returns, String by) {
        try {
            lifecycle.sendBack(inquiryId, by, returns);
        } catch (ApiProblem problem) {
            throw refuse(problem.getMessage());
        }
    }

    /** The items of this round: all at first, the returned ones after a sign-off or the approval sent items back. */
    private List<InquiryFacts.Item> roundItems(DelegateExecution execution, InquiryFacts facts) {
        Set<Integer> numbers = new LinkedHashSet<>(processLists.numbers(ITEM_NUMBERS.from(execution).get()));
        return facts.items().stream().filter(item -> numbers.contains(item.number())).toList();
    }
}
