package de.ratsanfragen.workflow;

import static de.ratsanfragen.workflow.InquiryProcess.ANSWER;
import static de.ratsanfragen.workflow.InquiryProcess.APPROVED;
import static de.ratsanfragen.workflow.InquiryProcess.COMMENT;
import static de.ratsanfragen.workflow.InquiryProcess.CONSULTED;
import static de.ratsanfragen.workflow.InquiryProcess.CONTRIBUTIONS_TEXT;
import static de.ratsanfragen.workflow.InquiryProcess.CONTRIBUTOR;
import static de.ratsanfragen.workflow.InquiryProcess.CONTRIBUTORS;
import static de.ratsanfragen.workflow.InquiryProcess.DECLINED;
import static de.ratsanfragen.workflow.InquiryProcess.DECLINES_TEXT;
import static de.ratsanfragen.workflow.InquiryProcess.DECLINE_REASON;
import static de.ratsanfragen.workflow.InquiryProcess.DUE_DATE_TEXT;
import static de.ratsanfragen.workflow.InquiryProcess.EXPLICIT_DUE;
import static de.ratsanfragen.workflow.InquiryProcess.EXPLICIT_DUE_DATE;
import static de.ratsanfragen.workflow.InquiryProcess.INQUIRY_TYPE;
import static de.ratsanfragen.workflow.InquiryProcess.FACTION;
import static de.ratsanfragen.workflow.InquiryProcess.INQUIRY_ID;
import static de.ratsanfragen.workflow.InquiryProcess.ITEMS_OVERVIEW;
import static de.ratsanfragen.workflow.InquiryProcess.ITEM_DECLINED;
import static de.ratsanfragen.workflow.InquiryProcess.ITEM_NUMBER;
import static de.ratsanfragen.workflow.InquiryProcess.ITEM_NUMBERS;
import static de.ratsanfragen.workflow.InquiryProcess.ITEM_SECTION;
import static de.ratsanfragen.workflow.InquiryProcess.ITEM_TEXT;
import static de.ratsanfragen.workflow.InquiryProcess.LEAD;
import static de.ratsanfragen.workflow.InquiryProcess.MAX_ANSWER_LENGTH;
import static de.ratsanfragen.workflow.InquiryProcess.MEASURES_TEXT;
import static de.ratsanfragen.workflow.InquiryProcess.OB_OFFICE;
import static de.ratsanfragen.workflow.InquiryProcess.RETURN_ITEMS;
import static de.ratsanfragen.workflow.InquiryProcess.REWORK_COMMENT;
import static de.ratsanfragen.workflow.InquiryProcess.ROUTING_CHANGES;
import static de.ratsanfragen.workflow.InquiryProcess.ROUTING_TAG;
import static de.ratsanfragen.workflow.InquiryProcess.ROUTING_TEXT;
import static de.ratsanfragen.workflow.InquiryProcess.TITLE;
import static de.ratsanfragen.workflow.InquiryProcess.TRIAGE_DUE;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.ratsanfragen.deadline.DeadlineCalendar;
import de.ratsanfragen.deadline.Deadlines;
import de.ratsanfragen.engine.TaskCompletionRefused;
import de.ratsanfragen.evaluation.Measure;
import de.ratsanfragen.evaluation.MeasureStatus;
import de.ratsanfragen.inquiry.Contribution;
import de.ratsanfragen.inquiry.InquiryProgress;
import de.ratsanfragen.inquiry.InquiryProgress.InquiryFacts;
import de.ratsanfragen.inquiry.InquiryProgress.ItemFacts;
import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.organization.RoutingTag;
import de.ratsanfragen.platform.ApiProblem;
import de.ratsanfragen.platform.CouncilTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import io.holunda.camunda.bpm.data.factory.VariableFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of the inquiry processes, as the BPMN names them ({@code ${beginTriage}} …). Each step is
 * thin: it reads ids from the process, asks the inquiry, deadline or directory module, and writes the
 * result back. A task listener that refuses a completion throws {@link TaskCompletionRefused}: engine-rest
 * and the webapps' engine API answer 400 with the German message ({@link RefusedCompletionMapper}),
 * Tasklist shows it, and the task stays open (the engine rolls the transaction back).
 */
@Configuration(proxyBeanMethods = false)
class InquiryProcessSteps {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(InquiryProcessSteps.class);

    /** The council's time zone: where a date becomes a point in time (due dates, "today"). */
    static final ZoneId COUNCIL_TIME = CouncilTime.ZONE;
    /** Tasks are due at the end of the office day. */
    private static final LocalTime END_OF_DAY = LocalTime.of(16, 0);
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String ITEM_IN_PROGRESS = "IN_PROGRESS";

    private final InquiryProgress progress;
    private final DeadlineCalendar calendar;
    private final OrganizationDirectory directory;
    private final ProcessLists processLists;

    InquiryProcessSteps(InquiryProgress progress, DeadlineCalendar calendar, OrganizationDirectory directory,
                        ProcessLists processLists) {
        this.progress = progress;
        this.calendar = calendar;
        this.directory = directory;
        this.processLists = processLists;
    }

    @Bean
    JavaDelegate beginTriage() {
        return execution -> {
            InquiryFacts facts = progress.facts(inquiryId(execution));
            progress.enterState(facts.id(), InquiryProgress.IN_TRIAGE);
            progress.holdAll(facts.id(), InquiryProgress.IN_TRIAGE, directory.obOffice().code());
            TITLE.on(execution).set(facts.title());
            FACTION.on(execution).set(facts.faction());
            OB_OFFICE.on(execution).set(directory.obOffice().code());
            TRIAGE_DUE.on(execution).set(endOfDay(calendar.addWorkingDays(facts.receivedOn(), 1)));
            InquiryProcess.INQUIRY_TYPES_TEXT.on(execution).set(calendar.describeInquiryTypes());
        };
    }

    /** Applies routing changes written in the form, then refuses to finish while an item has no routing. */
    @Bean
    TaskListener completeTriage() {
        return task -> {
            UUID inquiryId = inquiryId(task);
            for (TriageRoutingChanges.Change change : TriageRoutingChanges.read(ROUTING_CHANGES.from(task).getOrNull())) {
                route(inquiryId, change.number(), change.tag());
            }
            List<Integer> unrouted = progress.unrouted(inquiryId);
            if (!unrouted.isEmpty()) {
                throw refuse("Die Prüfung kann erst abgeschlossen werden, wenn jede Frage eine Zuständigkeit hat. Ohne V-Vermerk: "
                        + unrouted.stream().map(n -> "Frage " + n).collect(Collectors.joining(", ")) + ".");
            }
            String explicit = EXPLICIT_DUE_DATE.from(task).getOrNull();
            LocalDate explicitDue = explicit == null || explicit.isBlank() ? null : parseDate(explicit.strip());
            String type = INQUIRY_TYPE.from(task).getOrNull();
            type = type == null || type.isBlank() ? null : type.strip();
            LocalDate receivedOn = progress.facts(inquiryId).receivedOn();
            try {
                // the same rules the plan applies later: refused here, while the task can still be corrected
                if (explicitDue != null) {
                    calendar.plan(explicitDue, receivedOn);
                } else {
                    calendar.plan(type, receivedOn);
                }
            } catch (ApiProblem problem) {
                throw refuse(problem.getMessage());
            }
            if (explicitDue != null && explicitDue.isBefore(today())) {
                throw refuse("Die Frist " + explicitDue.format(GERMAN_DATE) + " liegt in der Vergangenheit.");
            }
            VariableScope process = task.getExecution().getProcessInstance();
            EXPLICIT_DUE.on(process).set(explicitDue == null ? null : explicitDue.toString());
            InquiryProcess.CHOSEN_TYPE.on(process).set(type);
        };
    }

    @Bean
    JavaDelegate planAnswering() {
        return execution -> {
            InquiryFacts facts = progress.facts(inquiryId(execution));
            String explicitDue = EXPLICIT_DUE.from(execution).getOrNull();
            LocalDate explicit = explicitDue == null ? null : LocalDate.parse(explicitDue);
            Deadlines deadlines = explicit == null ? calendar.plan(InquiryProcess.CHOSEN_TYPE.from(execution).getOrNull(), facts.receivedOn())
                    : calendar.plan(explicit, facts.receivedOn());
            progress.setDueDate(facts.id(), deadlines.finalDue());
            progress.enterState(facts.id(), InquiryProgress.IN_PROGRESS);
            DUE_DATE_TEXT.on(execution).set(dueDateText(deadlines));
            InquiryProcess.FINAL_DUE.on(execution).set(deadlines.finalDue().toString());
            InquiryProcess.RECEIVED_ON.on(execution).set(facts.receivedOn().toString());
            ITEM_NUMBERS.on(execution).set(ProcessLists.join(facts.items().stream().map(ItemFacts::number).toList()));
        };
    }

    /**
     * Reads the item's routing: the lead answers, the other named units contribute, consulted units
     * comment. Runs in the item's own scope (its instance of {@code subprocess_answer_item}): the
     * variables are set there, local, so that concurrent items never share one. Why it came back in a
     * new round is set only when it did (no empty variable for every item).
     */
    @Bean
    JavaDelegate loadItem() {
        return execution -> {
            UUID inquiryId = inquiryId(execution);
            int number = ITEM_NUMBER.from(execution).get();
            ItemFacts item = progress.facts(inquiryId).item(number);
            RoutingTag routing = item.routing();
            List<String> contributors = new ArrayList<>(routing.answeringUnits());
            contributors.remove(routing.lead());
            List<String> consulted = routing.consulted().stream().filter(unit -> !unit.equals(routing.lead())).toList();
            ITEM_TEXT.on(execution).setLocal(item.text());
            ITEM_SECTION.on(execution).setLocal(item.heading());
            MEASURES_TEXT.on(execution).setLocal(measures(item.measures()));
            ROUTING_TEXT.on(execution).setLocal(routing.raw());
            LEAD.on(execution).setLocal(routing.lead());
            InquiryProcess.GIVEN_BY.on(execution).setLocal(routing.givenBy());
            CONTRIBUTORS.on(execution).setLocal(ProcessLists.join(contributors));
            CONSULTED.on(execution).setLocal(ProcessLists.join(consulted));
            ITEM_DECLINED.on(execution).setLocal(false);
            // the lead's form fields live here, empty: its completion writes them into this item, never above it
            ANSWER.on(execution).setLocal(null);
            DECLINED.on(execution).setLocal(null);
            DECLINE_REASON.on(execution).setLocal(null);
            InquiryProcess.PROPOSED_STATUS.on(execution).setLocal(null);
            String returnNote = progress.returnNote(inquiryId, number);
            if (returnNote != null) {
                REWORK_COMMENT.on(execution).setLocal(returnNote);
            }
            boolean others = !contributors.isEmpty() || !consulted.isEmpty();
            progress.hold(inquiryId, number, ITEM_IN_PROGRESS, others ? String.join(", ", routing.answeringUnits()) : routing.lead());
        };
    }

    /** A contribution (other named unit) or a comment (consulted unit) — or a decline. */
    @Bean
    TaskListener completeContribution() {
        return task -> {
            String unit = CONTRIBUTOR.from(task).get();
            Contribution.Role role = InquiryProcess.TASK_COMMENT.equals(task.getTaskDefinitionKey())
                    ? Contribution.Role.COMMENT : Contribution.Role.CONTRIBUTION;
            Contribution written = readAnswer(task, unit, role);
            UUID inquiryId = inquiryId(task);
            int number = ITEM_NUMBER.from(task).get();
            progress.record(inquiryId, number, written);
            if (written.declined()) {
                declined(task, inquiryId, number);
            }
        };
    }

    /** The OB office sees who returned the item as „nicht zuständig“ and why (read when its re-routing task is created). */
    @Bean
    TaskListener showDeclines() {
        return task -> task.setVariableLocal(DECLINES_TEXT.getName(), declinesText(inquiryId(task), ITEM_NUMBER.from(task).get()));
    }

    /**
     * The OB office's overview of every item, on its own task only (in triage without, in approval with the
     * answers): in the inquiry's scope every unit's task could read all answers.
     */
    @Bean
    TaskListener showItemsOverview() {
        return task -> task.setVariableLocal(ITEMS_OVERVIEW.getName(),
                overview(progress.facts(inquiryId(task)), InquiryProcess.TASK_APPROVE.equals(task.getTaskDefinitionKey())));
    }

    /** The lead sees every contribution and comment (read when its task is created, after all of them are in). */
    @Bean
    TaskListener showContributions() {
        return task -> {
            String written = contributionsText(inquiryId(task), ITEM_NUMBER.from(task).get());
            if (!written.isEmpty()) {
                task.setVariableLocal(CONTRIBUTIONS_TEXT.getName(), written);
            }
        };
    }

    /** The lead's answer becomes the item's answer, given by the units named in the routing (read when the item was loaded). */
    @Bean
    TaskListener completeAnswer() {
        return task -> {
            String lead = LEAD.from(task).get();
            Contribution written = readAnswer(task, lead, Contribution.Role.ANSWER);
            UUID inquiryId = inquiryId(task);
            int number = ITEM_NUMBER.from(task).get();
            if (written.declined()) {
                progress.record(inquiryId, number, written);
                declined(task, inquiryId, number);
                return;
            }
            progress.answer(inquiryId, number, written, InquiryProcess.GIVEN_BY.from(task).get(), proposedStatus(task, number));
        };
    }

    @Bean
    TaskListener completeReroute() {
        return task -> {
            String tag = ROUTING_TAG.from(task).getOrNull();
            if (tag == null || tag.isBlank()) {
                throw refuse("Bitte einen neuen V-Vermerk angeben, z. B. „V: D05/ A50“.");
            }
            route(inquiryId(task), ITEM_NUMBER.from(task).get(), tag);
        };
    }

    /** The Dezernate of this round's items sign off, each once. */
    @Bean
    JavaDelegate planSignOff() {
        return execution -> {
            InquiryFacts facts = progress.facts(inquiryId(execution));
            progress.enterState(facts.id(), InquiryProgress.IN_SIGN_OFF);
            Set<String> dezernate = new LinkedHashSet<>();
            // each item is held by all of its Dezernate until they have decided (one statement per group of items)
            Map<String, List<Integer>> byHolders = new LinkedHashMap<>();
            for (ItemFacts item : roundItems(execution, facts)) {
                List<String> own = item.routing().assignments().stream().map(RoutingTag.Assignment::dezernat).distinct().toList();
                dezernate.addAll(own);
                byHolders.computeIfAbsent(String.join(", ", own), holders -> new ArrayList<>()).add(item.number());
            }
            byHolders.forEach((holders, numbers) -> progress.holdItems(facts.id(), numbers, InquiryProgress.IN_SIGN_OFF, holders));
            InquiryProcess.DEZERNATE.on(execution).set(String.join(",", dezernate));
        };
    }

    @Bean
    JavaDelegate loadSignOff() {
        return execution -> {
            InquiryFacts facts = progress.facts(inquiryId(execution));
            String dezernat = InquiryProcess.DEZERNAT.from(execution).get();
            List<ItemFacts> items = roundItems(execution, facts).stream()
                    .filter(item -> item.routing().assignments().stream().anyMatch(a -> a.dezernat().equals(dezernat)))
                    .toList();
            InquiryProcess.SIGN_OFF_ITEMS.on(execution).set(ProcessLists.join(items.stream().map(ItemFacts::number).toList()));
            InquiryProcess.SIGN_OFF_OVERVIEW.on(execution).set(answers(items));
        };
    }

    /** Sign off, or send named items of this Dezernat back to their units with a comment. */
    @Bean
    TaskListener completeSignOff() {
        return task -> {
            Boolean approved = yesNo(task, APPROVED);
            if (approved == null) {
                throw refuse("Bitte entscheiden: mitzeichnen oder Fragen zurückschicken (Feld „approved“).");
            }
            if (approved) {
                return;
            }
            Set<Integer> ownItems = new LinkedHashSet<>(processLists.numbers(InquiryProcess.SIGN_OFF_ITEMS.from(task).get()));
            String dezernat = InquiryProcess.DEZERNAT.from(task).get();
            UUID inquiryId = inquiryId(task);
            String comment = COMMENT.from(task).getOrNull();
            returned(task, ownItems).forEach(number -> progress.sendBack(inquiryId, number, dezernat, comment.strip()));
        };
    }

    @Bean
    JavaDelegate beginApproval() {
        return execution -> {
            InquiryFacts facts = progress.facts(inquiryId(execution));
            progress.enterState(facts.id(), InquiryProgress.IN_APPROVAL);
            progress.holdAll(facts.id(), InquiryProgress.IN_APPROVAL, directory.obOffice().code());
        };
    }

    /** Approve, or name the items that go back with a comment. */
    @Bean
    TaskListener completeApproval() {
        return task -> {
            Boolean approved = yesNo(task, APPROVED);
            if (approved == null) {
                throw refuse("Bitte entscheiden: freigeben oder Fragen zurückschicken (Feld „approved“).");
            }
            VariableScope process = task.getExecution().getProcessInstance();
            APPROVED.on(process).set(approved);
            if (approved) {
                List<Integer> unanswered = progress.facts(inquiryId(task)).items().stream()
                        .filter(item -> item.answer() == null).map(ItemFacts::number).toList();
                if (!unanswered.isEmpty()) {
                    throw refuse("Freigabe nicht möglich: ohne Antwort sind noch "
                            + unanswered.stream().map(n -> "Frage " + n).collect(Collectors.joining(", ")) + ".");
                }
                return;
            }
            UUID inquiryId = inquiryId(task);
            Set<Integer> known = progress.facts(inquiryId).items().stream().map(ItemFacts::number)
                    .collect(Collectors.toSet());
            String comment = COMMENT.from(task).getOrNull();
            returned(task, known).forEach(number -> progress.sendBack(inquiryId, number, directory.obOffice().code(), comment.strip()));
        };
    }

    /**
     * After every Dezernat decided (or the OB office sent items back): the returned items, each once
     * however many sent it back, start a new round whose dates are staggered again from today.
     */
    @Bean
    JavaDelegate collectReturns() {
        return execution -> {
            UUID inquiryId = inquiryId(execution);
            List<Integer> returned = progress.takeReturned(inquiryId);
            ITEM_NUMBERS.on(execution).set(ProcessLists.join(returned));
            if (!returned.isEmpty()) {
                // the others passed sign-off (and wait while the returned ones are reworked)
                progress.holdItems(inquiryId, progress.facts(inquiryId).items().stream().map(ItemFacts::number)
                        .filter(number -> !returned.contains(number)).toList(), InquiryProgress.SIGNED_OFF, null);
                progress.enterState(inquiryId, InquiryProgress.IN_PROGRESS);
                // the new round's dates lie ahead: nothing is overdue until one of them passes
                progress.clearOverdue(inquiryId);
            }
        };
    }

    @Bean
    JavaDelegate release() {
        return execution -> {
            UUID inquiryId = inquiryId(execution);
            try {
                progress.release(inquiryId, ClockUtil.getCurrentTime().toInstant());
            } catch (ApiProblem problem) {
                throw refuse(problem.getMessage());
            } catch (RuntimeException e) {
                // what the release brings with it (the response document's first version) failed: nothing is released
                LOG.error("Freigabe der Anfrage {} fehlgeschlagen", inquiryId, e);
                throw refuse("Die Freigabe ist nicht möglich, weil das Antwortschreiben nicht erzeugt werden konnte ("
                        + e.getMessage() + "). Bitte später erneut freigeben; der Fehler steht im Protokoll des Dienstes.");
            }
            progress.holdAll(inquiryId, InquiryProgress.RELEASED, null);
        };
    }

    private void route(UUID inquiryId, int number, String tag) {
        try {
            progress.route(inquiryId, number, tag);
        } catch (ApiProblem problem) {
            throw refuse("Frage " + number + ": " + problem.getMessage());
        }
    }

    /** The item goes to the OB office for a new routing. */
    private void declined(DelegateTask task, UUID inquiryId, int number) {
        // found in the item's own scope, where loadItem set it: concurrent items never share it
        ITEM_DECLINED.on(task.getExecution()).set(true);
        progress.hold(inquiryId, number, InquiryProgress.DECLINED, directory.obOffice().code());
    }

    /** What a unit entered in its form: an answer within the limit, or a decline with a reason. */
    private static Contribution readAnswer(DelegateTask task, String unit, Contribution.Role role) {
        boolean declined = Boolean.TRUE.equals(yesNo(task, DECLINED));
        String answer = ANSWER.from(task).getOrNull();
        String reason = DECLINE_REASON.from(task).getOrNull();
        String author = task.getAssignee() != null ? task.getAssignee()
                : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null ? "unbekannt"
                : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
        if (declined) {
            if (reason == null || reason.isBlank()) {
                throw refuse("Wer „nicht zuständig“ ankreuzt, gibt eine Begründung an (Feld „declineReason“).");
            }
            return new Contribution(unit, role, null, true, reason.strip(), author, null);
        }
        String what = roleLabel(role);
        if (answer == null || answer.isBlank()) {
            throw refuse("Bitte " + (role == Contribution.Role.CONTRIBUTION ? "einen " : "eine ") + what
                    + " eingeben (Feld „answer“) oder „nicht zuständig“ ankreuzen.");
        }
        if (answer.length() > MAX_ANSWER_LENGTH) {
            throw refuse((role == Contribution.Role.CONTRIBUTION ? "Der " : "Die ") + what + " ist mit " + answer.length()
                    + " Zeichen zu lang; erlaubt sind " + MAX_ANSWER_LENGTH + ".");
        }
        return new Contribution(unit, role, answer.strip(), false, null, author, null);
    }

    /** The status the lead proposes for the item's measures: one of the four a report knows, and only for an item about a measure. */
    private static MeasureStatus proposedStatus(DelegateTask task, int number) {
        String value = InquiryProcess.PROPOSED_STATUS.from(task).getOrNull();
        if (value == null || value.isBlank()) {
            return null;
        }
        MeasureStatus status = java.util.Arrays.stream(MeasureStatus.values())
                .filter(candidate -> candidate != MeasureStatus.UNCLEAR && candidate.name().equals(value.strip()))
                .findFirst()
                .orElseThrow(() -> refuse("„" + value.strip() + "“ ist kein Umsetzungsstand (Feld „proposedStatus“). Möglich sind "
                        + "FULFILLED (vollständig umgesetzt), PARTIAL (teilweise umgesetzt), NOT_FULFILLED (nicht umgesetzt) "
                        + "und DISCARDED (verworfen)."));
        String measures = MEASURES_TEXT.from(task).getOrNull();
        if (measures == null || measures.isBlank()) {
            throw refuse("Frage " + number + " bezieht sich auf keine Maßnahme der Evaluation; einen Umsetzungsstand "
                    + "kann nur eine Antwort zu einer Maßnahme vorschlagen.");
        }
        return status;
    }

    /** A yes/no field ({@code approved}, {@code declined}): a boolean, or its text „true“/„false“; anything else is refused. */
    private static Boolean yesNo(DelegateTask task, VariableFactory<Boolean> field) {
        Object value = task.getVariable(field.getName());
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        if (value instanceof String text && (text.strip().equalsIgnoreCase("true") || text.strip().equalsIgnoreCase("false"))) {
            return Boolean.valueOf(text.strip());
        }
        throw refuse("Das Feld „" + field.getName() + "“ ist ein Ja/Nein-Feld (true oder false), nicht „" + value + "“.");
    }

    /** The items a sign-off or approval sends back: named, known, and explained in the comment. */
    private static List<Integer> returned(DelegateTask task, Set<Integer> known) {
        String comment = COMMENT.from(task).getOrNull();
        if (comment == null || comment.isBlank()) {
            throw refuse("Wer Fragen zurückschickt, sagt im Kommentar, was zu ändern ist.");
        }
        return itemNumbers(RETURN_ITEMS.from(task).getOrNull(), known);
    }

    private static List<Integer> itemNumbers(String text, Set<Integer> known) {
        Set<Integer> numbers = new LinkedHashSet<>();
        for (String part : (text == null ? "" : text).split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                numbers.add(Integer.parseInt(part));
            } catch (NumberFormatException e) {
                throw refuse("„" + part + "“ ist keine Fragennummer.");
            }
        }
        if (numbers.isEmpty()) {
            throw refuse("Bitte die Fragen nennen, die zurückgehen (Feld „returnItems“, z. B. „3, 7“).");
        }
        numbers.stream().filter(number -> !known.contains(number)).findFirst().ifPresent(number -> {
            throw refuse("Frage " + number + " gehört nicht zu den Fragen, über die hier entschieden wird.");
        });
        return List.copyOf(numbers);
    }

    private String contributionsText(UUID inquiryId, int number) {
        return progress.contributions(inquiryId, number).stream()
                .map(c -> c.unit() + " (" + roleLabel(c.role()) + "): " + (c.declined() ? "nicht zuständig – " + c.declineReason() : c.text()))
                .collect(Collectors.joining("\n\n"));
    }

    private static String roleLabel(Contribution.Role role) {
        return switch (role) {
            case ANSWER -> "Antwort";
            case CONTRIBUTION -> "Beitrag";
            case COMMENT -> "Stellungnahme";
        };
    }

    /** Who returned the item as „nicht zuständig“ and why, for the OB office's re-routing form. */
    private String declinesText(UUID inquiryId, int number) {
        return progress.contributions(inquiryId, number).stream().filter(Contribution::declined)
                .map(c -> c.unit() + ": " + c.declineReason())
                .collect(Collectors.joining("\n"));
    }

    /** The items of this round: all at first, the returned ones after an approval sent items back. */
    private List<ItemFacts> roundItems(DelegateExecution execution, InquiryFacts facts) {
        Set<Integer> numbers = new LinkedHashSet<>(processLists.numbers(ITEM_NUMBERS.from(execution).get()));
        return facts.items().stream().filter(item -> numbers.contains(item.number())).toList();
    }

    private static String answers(List<ItemFacts> items) {
        return items.stream()
                .map(item -> "Frage " + item.number() + " – " + item.routing().raw() + "\n" + item.text()
                        + "\nAntwort (" + item.answeredBy() + "): " + item.answer())
                .collect(Collectors.joining("\n\n"));
    }

    private static String measures(List<Measure> measures) {
        return measures.stream()
                .map(m -> m.code() + ": " + m.text() + "\nUmsetzungsstand: " + m.status().label()
                        + (m.statusNotes().isEmpty() ? "" : "\nAktueller Stand: " + String.join(" ", m.statusNotes())))
                .collect(Collectors.joining("\n\n"));
    }

    private static String overview(InquiryFacts facts, boolean withAnswers) {
        return facts.items().stream()
                .map(item -> "Frage " + item.number() + " – " + (item.routing() == null ? "OHNE V-VERMERK" : item.routing().raw())
                        + (item.hints().isEmpty() ? "" : " (" + String.join("; ", item.hints()) + ")")
                        + "\n" + item.text()
                        + (withAnswers ? "\nAntwort (" + item.answeredBy() + "): " + item.answer() : ""))
                .collect(Collectors.joining("\n\n"));
    }

    /** The deadline as the forms show it: „04.12.2026 – 2 Wochen ab Eingang am …“. */
    static String dueDateText(Deadlines deadlines) {
        return deadlines.finalDue().format(GERMAN_DATE) + " – " + deadlines.explanation();
    }

    /** Today in the council's time zone, by the engine's clock (which tests may move). */
    static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), COUNCIL_TIME);
    }

    static Date endOfDay(LocalDate date) {
        return Date.from(date.atTime(END_OF_DAY).atZone(COUNCIL_TIME).toInstant());
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text, DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT));
        } catch (DateTimeParseException e) {
            throw refuse("„" + text + "“ ist kein Datum im Format TT.MM.JJJJ.");
        }
    }

    /**
     * The inquiry's id is the process's business key: read from the process instance, it does not make
     * the engine load the variables of every scope between a task and the process (six queries for an
     * item's task).
     */
    private static UUID inquiryId(VariableScope scope) {
        String businessKey = scope instanceof DelegateTask task ? task.getExecution().getProcessBusinessKey()
                : scope instanceof DelegateExecution execution ? execution.getProcessBusinessKey() : null;
        return UUID.fromString(businessKey != null ? businessKey : INQUIRY_ID.from(scope).get());
    }

    private static TaskCompletionRefused refuse(String message) {
        return new TaskCompletionRefused(message);
    }
}
