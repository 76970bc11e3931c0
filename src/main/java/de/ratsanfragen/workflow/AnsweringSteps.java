package de.ratsanfragen.workflow;

import static de.ratsanfragen.workflow.InquiryProcess.ANSWER;
import static de.ratsanfragen.workflow.InquiryProcess.CONSULTED;
import static de.ratsanfragen.workflow.InquiryProcess.CONTRIBUTIONS_TEXT;
import static de.ratsanfragen.workflow.InquiryProcess.CONTRIBUTOR;
import static de.ratsanfragen.workflow.InquiryProcess.CONTRIBUTORS;
import static de.ratsanfragen.workflow.InquiryProcess.DECLINED;
import static de.ratsanfragen.workflow.InquiryProcess.DECLINES_TEXT;
import static de.ratsanfragen.workflow.InquiryProcess.DECLINE_REASON;
import static de.ratsanfragen.workflow.InquiryProcess.ITEM_DECLINED;
import static de.ratsanfragen.workflow.InquiryProcess.ITEM_NUMBER;
import static de.ratsanfragen.workflow.InquiryProcess.ITEM_SECTION;
import static de.ratsanfragen.workflow.InquiryProcess.ITEM_TEXT;
import static de.ratsanfragen.workflow.InquiryProcess.LEAD;
import static de.ratsanfragen.workflow.InquiryProcess.MEASURES_TEXT;
import static de.ratsanfragen.workflow.InquiryProcess.REWORK_COMMENT;
import static de.ratsanfragen.workflow.InquiryProcess.ROUTING_TAG;
import static de.ratsanfragen.workflow.InquiryProcess.ROUTING_TEXT;
import static de.ratsanfragen.workflow.TaskInputs.inquiryId;
import static de.ratsanfragen.workflow.TaskInputs.refuse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.ratsanfragen.inquiry.Contribution;
import de.ratsanfragen.inquiry.InquiryAnswers;
import de.ratsanfragen.inquiry.InquiryCatalog;
import de.ratsanfragen.inquiry.InquiryFacts;
import de.ratsanfragen.inquiry.InquiryLifecycle;
import de.ratsanfragen.inquiry.InquiryRouting;
import de.ratsanfragen.inquiry.ItemState;
import de.ratsanfragen.organization.RoutingTag;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Answering one item, as the BPMN names its steps: the item is loaded into its own scope, the other named
 * units contribute, consulted units comment, the lead answers — or a unit declines and the OB office routes
 * the item anew.
 */
@Configuration(proxyBeanMethods = false)
class AnsweringSteps {

    private final InquiryCatalog inquiries;
    private final InquiryLifecycle lifecycle;
    private final InquiryAnswers answers;
    private final InquiryRouting routing;
    private final ItemRound round;

    AnsweringSteps(InquiryCatalog inquiries, InquiryLifecycle lifecycle, InquiryAnswers answers, InquiryRouting routing,
                   ItemRound round) {
        this.inquiries = inquiries;
        this.lifecycle = lifecycle;
        this.answers = answers;
        this.routing = routing;
        this.round = round;
    }

    /**
     * Reads the item's routing: the lead answers, the other named units contribute, consulted units
     * comment. Runs in the item's own scope (its instance of {@code subprocess_answer_item}): the
     * variables are set there, local, so that concurrent items never share one. Why it came back in a
     * new round is set only when it did (no empty variable for every item). Loaded again after the OB office routed
     * the open item anew, it leaves out the units that already gave their part in this round in the same role ({@link ItemRound}).
     */
    @Bean(InquiryProcess.LOAD_ITEM)
    JavaDelegate loadItem() {
        return execution -> {
            UUID inquiryId = inquiryId(execution);
            int number = ITEM_NUMBER.from(execution).get();
            InquiryFacts.Item item = inquiries.item(inquiryId, number);
            RoutingTag routed = item.routing();
            List<String> contributors = new ArrayList<>(routed.answeringUnits());
            contributors.remove(routed.lead());
            List<String> consulted = routed.consulted().stream().filter(unit -> !unit.equals(routed.lead())).toList();
            Instant roundStarted = round.started(execution);
            if (item.state() == ItemState.IN_PROGRESS) {
                // routed anew while open: who already gave its part in this round is not asked for it again
                List<Contribution> written = answers.contributions(inquiryId, number);
                contributors = new ArrayList<>(ItemRound.stillToAsk(contributors, Contribution.Role.CONTRIBUTION, written, roundStarted));
                consulted = ItemRound.stillToAsk(consulted, Contribution.Role.COMMENT, written, roundStarted);
            }
            // sent back to chosen units: only they are asked again (the lead always answers)
            List<String> asked = item.state() == ItemState.RETURNED ? answers.reworkUnits(inquiryId, number) : null;
            if (asked != null) {
                contributors.retainAll(asked);
                consulted = consulted.stream().filter(asked::contains).toList();
            }
            ITEM_TEXT.on(execution).setLocal(item.text());
            ITEM_SECTION.on(execution).setLocal(item.heading());
            MEASURES_TEXT.on(execution).setLocal(TaskTexts.measures(item.measures()));
            ROUTING_TEXT.on(execution).setLocal(routed.raw());
            LEAD.on(execution).setLocal(routed.lead());
            InquiryProcess.GIVEN_BY.on(execution).setLocal(routed.givenBy());
            CONTRIBUTORS.on(execution).setLocal(ProcessLists.join(contributors));
            CONSULTED.on(execution).setLocal(ProcessLists.join(consulted));
            ITEM_DECLINED.on(execution).setLocal(false);
            // the lead's form fields live here, empty (its answer so far, in a rework): its completion writes them into this item, never above it
            ANSWER.on(execution).setLocal(item.answer());
            DECLINED.on(execution).setLocal(null);
            DECLINE_REASON.on(execution).setLocal(null);
            InquiryProcess.PROPOSED_STATUS.on(execution).setLocal(null);
            // sent back (or routed anew after that): why, as the last round's comments say; a first round has none
            String returnNote = item.state() == ItemState.RETURNED || item.state() == ItemState.REROUTED
                    ? answers.returnNote(inquiryId, number) : null;
            if (returnNote != null) {
                REWORK_COMMENT.on(execution).setLocal(returnNote);
            }
            // held by the units whose tasks open now: those asked to contribute or comment first, else the lead
            List<String> openFor = java.util.stream.Stream.concat(contributors.stream(), consulted.stream()).distinct().toList();
            lifecycle.takeUp(inquiryId, number, openFor.isEmpty() ? List.of(routed.lead()) : openFor);
        };
    }

    /** A contribution (other named unit) or a comment (consulted unit) — or a decline. */
    @Bean(InquiryProcess.COMPLETE_CONTRIBUTION)
    TaskListener completeContribution() {
        return task -> {
            String unit = CONTRIBUTOR.from(task).get();
            Contribution.Role role = InquiryProcess.TASK_COMMENT.equals(task.getTaskDefinitionKey())
                    ? Contribution.Role.COMMENT : Contribution.Role.CONTRIBUTION;
            Contribution written = TaskInputs.readAnswer(task, unit, role);
            answers.contribute(inquiryId(task), ITEM_NUMBER.from(task).get(), written);
            markDeclined(task, written);
        };
    }

    /** The OB office sees who returned the item as „nicht zuständig“ and why (read when its re-routing task is created). */
    @Bean(InquiryProcess.SHOW_DECLINES)
    TaskListener showDeclines() {
        return task -> task.setVariableLocal(DECLINES_TEXT.getName(),
                TaskTexts.declines(answers.contributions(inquiryId(task), ITEM_NUMBER.from(task).get())));
    }

    /** The lead sees every contribution and comment (read when its task is created, after all of them are in). */
    @Bean(InquiryProcess.SHOW_CONTRIBUTIONS)
    TaskListener showContributions() {
        return task -> {
            // the other units' parts: the lead's own earlier answer is already in its answer field (a rework)
            String lead = LEAD.from(task).get();
            String written = TaskTexts.contributions(answers.contributions(inquiryId(task), ITEM_NUMBER.from(task).get()).stream()
                    .filter(contribution -> !contribution.unit().equals(lead)).toList());
            if (!written.isEmpty()) {
                task.setVariableLocal(CONTRIBUTIONS_TEXT.getName(), written);
            }
        };
    }

    /** The lead's answer becomes the item's answer, given by the units named in the routing (read when the item was loaded). */
    @Bean(InquiryProcess.COMPLETE_ANSWER)
    TaskListener completeAnswer() {
        return task -> {
            String lead = LEAD.from(task).get();
            Contribution written = TaskInputs.readAnswer(task, lead, Contribution.Role.ANSWER);
            UUID inquiryId = inquiryId(task);
            int number = ITEM_NUMBER.from(task).get();
            if (written.declined()) {
                answers.contribute(inquiryId, number, written);
                markDeclined(task, written);
                return;
            }
            answers.answer(inquiryId, number, written, givenBy(InquiryProcess.GIVEN_BY.from(task).get()),
                    TaskInputs.proposedStatus(task, number));
        };
    }

    /** The new routing of a declined item; stored once (by the API already, when the OB office re-routed it there). */
    @Bean(InquiryProcess.COMPLETE_REROUTE)
    TaskListener completeReroute() {
        return task -> {
            if (Boolean.TRUE.equals(task.getVariable(InquiryProcess.ROUTING_STORED.getName()))) {
                return;
            }
            String tag = ROUTING_TAG.from(task).getOrNull();
            if (tag == null || tag.isBlank()) {
                throw refuse("Bitte einen neuen V-Vermerk angeben, z. B. „V: D05/ A50“.");
            }
            TriageSteps.route(routing, inquiryId(task), ITEM_NUMBER.from(task).get(), tag);
        };
    }

    /** A declined item goes to the OB office for a new routing: found in the item's own scope, where loadItem set it. */
    private static void markDeclined(DelegateTask task, Contribution written) {
        if (written.declined()) {
            ITEM_DECLINED.on(task.getExecution()).set(true);
        }
    }

    /** The units an answer is given by, as the routing names them ({@code D01/A11, D03/A32}). */
    private static List<String> givenBy(String text) {
        return java.util.Arrays.stream(text.split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }
}
