package de.ratsanfragen.workflow;

import static de.ratsanfragen.workflow.InquiryProcess.DUE_DATE_TEXT;
import static de.ratsanfragen.workflow.InquiryProcess.EXPLICIT_DUE;
import static de.ratsanfragen.workflow.InquiryProcess.EXPLICIT_DUE_DATE;
import static de.ratsanfragen.workflow.InquiryProcess.FACTION;
import static de.ratsanfragen.workflow.InquiryProcess.INQUIRY_TYPE;
import static de.ratsanfragen.workflow.InquiryProcess.ITEMS_OVERVIEW;
import static de.ratsanfragen.workflow.InquiryProcess.ITEM_NUMBERS;
import static de.ratsanfragen.workflow.InquiryProcess.OB_OFFICE;
import static de.ratsanfragen.workflow.InquiryProcess.ROUTING_CHANGES;
import static de.ratsanfragen.workflow.InquiryProcess.TITLE;
import static de.ratsanfragen.workflow.InquiryProcess.TRIAGE_DUE;
import static de.ratsanfragen.workflow.TaskInputs.inquiryId;
import static de.ratsanfragen.workflow.TaskInputs.refuse;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import de.ratsanfragen.deadline.DeadlineCalendar;
import de.ratsanfragen.deadline.Deadlines;
import de.ratsanfragen.deadline.TriageDeadlines;
import de.ratsanfragen.inquiry.InquiryCatalog;
import de.ratsanfragen.inquiry.InquiryFacts;
import de.ratsanfragen.inquiry.InquiryLifecycle;
import de.ratsanfragen.inquiry.InquiryRouting;
import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.platform.ApiProblem;
import de.ratsanfragen.platform.CouncilClock;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OB office's triage, as the BPMN names its steps: the inquiry enters triage, the routing changes of
 * the form are applied, the deadline is checked while the task can still be corrected, and the answering is
 * planned. Each step is thin: it reads ids from the process, asks the inquiry, deadline or directory module,
 * and writes the result back.
 */
@Configuration(proxyBeanMethods = false)
class TriageSteps {

    private final InquiryCatalog inquiries;
    private final InquiryLifecycle lifecycle;
    private final InquiryRouting routing;
    private final DeadlineCalendar calendar;
    private final OrganizationDirectory directory;
    private final TriageDeadlines triageDeadlines;
    private final CouncilClock clock;

    TriageSteps(InquiryCatalog inquiries, InquiryLifecycle lifecycle, InquiryRouting routing, DeadlineCalendar calendar,
                OrganizationDirectory directory, TriageDeadlines deadlines, CouncilClock clock) {
        this.clock = clock;
        this.triageDeadlines = deadlines;
        this.inquiries = inquiries;
        this.lifecycle = lifecycle;
        this.routing = routing;
        this.calendar = calendar;
        this.directory = directory;
    }

    @Bean(InquiryProcess.BEGIN_TRIAGE)
    JavaDelegate beginTriage() {
        return execution -> {
            InquiryFacts facts = inquiries.facts(inquiryId(execution));
            lifecycle.beginTriage(facts.id(), directory.obOffice().code());
            TITLE.on(execution).set(facts.title());
            FACTION.on(execution).set(facts.faction());
            OB_OFFICE.on(execution).set(directory.obOffice().code());
            TRIAGE_DUE.on(execution).set(ProcessDates.endOfDay(calendar.addWorkingDays(facts.receivedOn(), 1)));
            InquiryProcess.INQUIRY_TYPES_TEXT.on(execution).set(calendar.describeInquiryTypes());
            linkPages(execution, facts.id());
        };
    }

    /** Applies routing changes written in the form, then refuses to finish while an item has no routing. */
    @Bean(InquiryProcess.COMPLETE_TRIAGE)
    TaskListener completeTriage() {
        return task -> {
            UUID inquiryId = inquiryId(task);
            for (TriageRoutingChanges.Change change : TriageRoutingChanges.read(ROUTING_CHANGES.from(task).getOrNull())) {
                route(routing, inquiryId, change.number(), change.tag());
            }
            List<Integer> unrouted = routing.unrouted(inquiryId);
            if (!unrouted.isEmpty()) {
                throw refuse("Die Prüfung kann erst abgeschlossen werden, wenn jede Frage eine Zuständigkeit hat. Ohne V-Vermerk: "
                        + unrouted.stream().map(n -> "Frage " + n).collect(Collectors.joining(", ")) + ".");
            }
            String explicit = EXPLICIT_DUE_DATE.from(task).getOrNull();
            LocalDate explicitDue = explicit == null || explicit.isBlank() ? null : ProcessDates.parseTyped(explicit.strip());
            String type = INQUIRY_TYPE.from(task).getOrNull();
            type = type == null || type.isBlank() ? null : type.strip();
            try {
                // the same rules the plan applies later, and those of every triage (page, Tasklist, REST API):
                // refused here, while the task can still be corrected
                triageDeadlines.plan(type, explicitDue, inquiries.facts(inquiryId).receivedOn(), clock.today());
            } catch (ApiProblem problem) {
                throw refuse(problem.getMessage());
            }
            VariableScope process = task.getExecution().getProcessInstance();
            EXPLICIT_DUE.on(process).set(explicitDue == null ? null : explicitDue.toString());
            InquiryProcess.CHOSEN_TYPE.on(process).set(type);
        };
    }

    @Bean(InquiryProcess.PLAN_ANSWERING)
    JavaDelegate planAnswering() {
        return execution -> {
            InquiryFacts facts = inquiries.facts(inquiryId(execution));
            String explicitDue = EXPLICIT_DUE.from(execution).getOrNull();
            LocalDate explicit = explicitDue == null ? null : LocalDate.parse(explicitDue);
            Deadlines deadlines = explicit == null ? calendar.plan(InquiryProcess.CHOSEN_TYPE.from(execution).getOrNull(), facts.receivedOn())
                    : calendar.plan(explicit, facts.receivedOn());
            lifecycle.startAnswering(facts.id(), deadlines.finalDue());
            DUE_DATE_TEXT.on(execution).set(ProcessDates.dueDateText(deadlines));
            InquiryProcess.FINAL_DUE.on(execution).set(deadlines.finalDue().toString());
            InquiryProcess.RECEIVED_ON.on(execution).set(facts.receivedOn().toString());
            ITEM_NUMBERS.on(execution).set(ProcessLists.join(facts.items().stream().map(InquiryFacts.Item::number).toList()));
        };
    }

    /**
     * The OB office's overview of every item, on its own task only (in triage without, in approval with the
     * answers): in the inquiry's scope every unit's task could read all answers.
     */
    @Bean(InquiryProcess.SHOW_ITEMS_OVERVIEW)
    TaskListener showItemsOverview() {
        return task -> task.setVariableLocal(ITEMS_OVERVIEW.getName(), TaskTexts.overview(inquiries.facts(inquiryId(task)),
                InquiryProcess.TASK_APPROVE.equals(task.getTaskDefinitionKey())));
    }

    /**
     * The service's pages the task forms link to (the triage workspace, the review); set when triage begins and
     * again before sign-off and approval, so that inquiries already running when the links came get them too.
     */
    static void linkPages(VariableScope execution, UUID id) {
        InquiryProcess.TRIAGE_PAGE.on(execution).set("/anfragen/" + id + "/pruefung");
        InquiryProcess.REVIEW_PAGE.on(execution).set("/anfragen/" + id + "/durchsicht");
    }

    /** Routes an item from a task; a tag the directory does not understand is refused with its German reason. */
    static void route(InquiryRouting routing, UUID inquiryId, int number, String tag) {
        try {
            routing.route(inquiryId, number, tag);
        } catch (ApiProblem problem) {
            throw refuse("Frage " + number + ": " + problem.getMessage());
        }
    }
}
