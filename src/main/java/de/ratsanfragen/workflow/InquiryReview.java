package de.ratsanfragen.workflow;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.ratsanfragen.inquiry.AnswerEdit;
import de.ratsanfragen.inquiry.InquiryAnswers;
import de.ratsanfragen.inquiry.InquiryAudience;
import de.ratsanfragen.inquiry.InquiryCatalog;
import de.ratsanfragen.inquiry.InquiryFacts;
import de.ratsanfragen.inquiry.InquiryState;
import de.ratsanfragen.inquiry.ItemReturn;
import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.organization.RoutingTag;
import de.ratsanfragen.organization.Unit;
import de.ratsanfragen.platform.ApiProblem;
import de.ratsanfragen.platform.CouncilTime;
import de.ratsanfragen.platform.CurrentUser;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review before release: a Dezernat's sign-off and the OB office's approval as one page of the inquiry's
 * answers instead of a read-only text box. The decision completes the user's own open task through the engine
 * ({@link TaskService#complete}), so the process' listeners check it as they check Tasklist's form; the OB
 * office changes the wording of an answer through {@link InquiryAnswers#edit}. Page and API call these methods.
 */
@Service
@Transactional
public class InquiryReview {

    /**
     * The decision of a sign-off or approval: sign off / release, or send items back (each with its comment and units).
     *
     * @param taskId the step decided, as the review showed it ({@link ReviewSheet#taskId}); may be left out when the
     *               user has only one open step for the inquiry
     */
    public record Decision(boolean approve, List<ItemReturn> returns, String taskId) {
    }

    private final InquiryCatalog inquiries;
    private final InquiryAnswers answers;
    private final OrganizationDirectory directory;
    private final TaskService taskService;
    private final UserTasks userTasks;
    private final ProcessLists processLists;

    InquiryReview(InquiryCatalog inquiries, InquiryAnswers answers, OrganizationDirectory directory, TaskService taskService,
                  UserTasks userTasks, ProcessLists processLists) {
        this.inquiries = inquiries;
        this.answers = answers;
        this.directory = directory;
        this.taskService = taskService;
        this.userTasks = userTasks;
        this.processLists = processLists;
    }

    /**
     * What the user reviews: the OB office every item, a Dezernat with an open sign-off the items of that sign-off,
     * any other unit of the inquiry the items it works on (read only, with the OB office's edits).
     *
     * @throws ApiProblem 404 for an unknown inquiry or one the user does not work on
     */
    @Transactional(readOnly = true)
    public ReviewSheet sheet(UUID id, CurrentUser user) {
        InquiryAudience audience = audienceOf(id, user);
        InquiryFacts facts = inquiries.facts(id);
        List<Task> open = openTasks(id, user);
        Task task = open.isEmpty() ? null : open.get(0);
        List<InquiryFacts.Item> items;
        ReviewSheet.Step step = ReviewSheet.Step.NONE;
        String dezernat = null;
        if (task != null && InquiryProcess.TASK_APPROVE.equals(task.getTaskDefinitionKey())) {
            step = ReviewSheet.Step.APPROVAL;
            items = facts.items();
        } else if (task != null) {
            step = ReviewSheet.Step.SIGN_OFF;
            dezernat = (String) taskService.getVariable(task.getId(), InquiryProcess.DEZERNAT.getName());
            Set<Integer> own = new LinkedHashSet<>(processLists.numbers(
                    (String) taskService.getVariable(task.getId(), InquiryProcess.SIGN_OFF_ITEMS.getName())));
            items = facts.items().stream().filter(item -> own.contains(item.number())).toList();
        } else if (InquiryAudience.seesEveryInquiry(user)) {
            items = facts.items();
        } else {
            items = facts.items().stream().filter(item -> worksOn(item, user)).toList();
        }
        Map<Integer, List<AnswerEdit>> edits = answers.edits(id, null).stream()
                .collect(Collectors.groupingBy(AnswerEdit::number));
        boolean drafts = audience.mayReadDrafts(user) && !audience.released();
        return new ReviewSheet(id, facts.reference(), facts.title(), facts.faction(), facts.dueDate(), facts.state().label(), step,
                task == null ? null : task.getId(), dezernat, user.obOffice() && facts.state() == InquiryState.IN_APPROVAL,
                drafts ? "/anfragen/" + id + "/antwort.pdf?draft=true" : null, drafts ? "/anfragen/" + id + "/antwort.docx?draft=true" : null,
                items.stream().map(item -> item(item, edits.getOrDefault(item.number(), List.of()))).toList());
    }

    /**
     * One item's answer with the OB office's edits ({@code GET /api/inquiries/{id}/items/{n}/answer}): for the OB
     * office, the item's Dezernate and the units it names.
     */
    @Transactional(readOnly = true)
    public ReviewSheet.Item item(UUID id, int number, CurrentUser user) {
        audienceOf(id, user);
        InquiryFacts.Item item = inquiries.item(id, number);
        if (!InquiryAudience.seesEveryInquiry(user) && !worksOn(item, user)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "Keine Berechtigung", "Frage " + number + " bearbeitet keine Ihrer Einheiten.");
        }
        return item(item, answers.edits(id, number));
    }

    /**
     * Signs off or releases, or sends items back: completes the user's open sign-off or approval task as Tasklist
     * would, and the process' listeners check it. Refused with a German message, nothing changed.
     */
    public void decide(UUID id, CurrentUser user, Decision decision) {
        InquiryAudience audience = audienceOf(id, user);
        List<Task> open = openTasks(id, user);
        if (open.isEmpty()) {
            throw user.obOffice() || user.units().stream().anyMatch(audience.dezernate()::contains)
                    ? new ApiProblem(HttpStatus.CONFLICT, "Nichts zu entscheiden",
                    "Für Sie ist zu dieser Anfrage gerade keine Mitzeichnung oder Freigabe offen (schon entschieden, oder von "
                            + "jemand anderem in der Tasklist übernommen).")
                    : new ApiProblem(HttpStatus.FORBIDDEN, "Keine Berechtigung",
                    "Über die Antworten entscheiden die Dezernate (Mitzeichnung) und der Bereich Oberbürgermeister (Freigabe).");
        }
        Task task = decided(open, decision.taskId());
        List<ItemReturn> returns = decision.returns() == null ? List.of() : decision.returns();
        if (decision.approve() == !returns.isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Keine Entscheidung", decision.approve()
                    ? "Entweder zustimmen oder Fragen zurückgeben: beides zugleich geht nicht. Bitte die Haken bei „zurückgeben“ "
                            + "entfernen oder „Angekreuzte Fragen zurückgeben“ wählen."
                    : "Bitte mindestens eine Frage zum Zurückgeben auswählen, mit Kommentar und Einheit.");
        }
        Set<Integer> numbers = new LinkedHashSet<>();
        returns.stream().filter(back -> !numbers.add(back.number())).findFirst().ifPresent(back -> {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Doppelt genannt", "Frage " + back.number()
                    + " ist mehrmals zum Zurückgeben genannt; bitte einmal, mit einem Kommentar und ihren Einheiten.");
        });
        VariableMap variables = Variables.createVariables();
        InquiryProcess.APPROVED.on(variables).set(decision.approve());
        if (!decision.approve()) {
            InquiryProcess.RETURN_ITEMS.on(variables).set(returns.stream().map(back -> String.valueOf(back.number()))
                    .collect(Collectors.joining(", ")));
            InquiryProcess.COMMENT.on(variables).set(returns.stream().map(back -> "Frage " + back.number() + ": "
                    + (back.comment() == null ? "" : back.comment().strip())).collect(Collectors.joining("\n")));
            variables.putValueTyped(InquiryProcess.ITEM_RETURNS.getName(),
                    Variables.stringValue(TaskInputs.itemReturnsJson(returns), true));
        }
        userTasks.complete(task, user, variables, "Nicht möglich",
                "Über die Antworten entscheiden die Dezernate (Mitzeichnung) und der Bereich Oberbürgermeister (Freigabe).");
    }

    /** The step the decision is about: the one the review showed, or the user's only one. */
    private static Task decided(List<Task> open, String taskId) {
        if (taskId != null && !taskId.isBlank()) {
            return open.stream().filter(task -> task.getId().equals(taskId)).findFirst().orElseThrow(() -> new ApiProblem(
                    HttpStatus.CONFLICT, "Inzwischen erledigt", "Diese Mitzeichnung oder Freigabe ist nicht mehr offen; "
                    + "bitte die Seite neu laden."));
        }
        if (open.size() > 1) {
            throw new ApiProblem(HttpStatus.CONFLICT, "Mehrere Schritte offen", "Für Sie sind zu dieser Anfrage mehrere Schritte offen ("
                    + open.stream().map(Task::getName).collect(Collectors.joining("; ")) + "); bitte den Schritt angeben (taskId).");
        }
        return open.get(0);
    }

    /** The OB office changes the wording of an answer during approval; who, when, before and after are kept. */
    public ReviewSheet.Item edit(UUID id, int number, String text, CurrentUser user) {
        audienceOf(id, user);
        if (!user.obOffice()) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "Keine Berechtigung",
                    "Den Wortlaut einer Antwort ändert in der Freigabe nur der Bereich Oberbürgermeister.");
        }
        answers.edit(id, number, text, user.userId());
        return item(inquiries.item(id, number), answers.edits(id, number));
    }

    /**
     * The user's open steps, in a fixed order: the approval for the OB office, then the sign-offs of the user's
     * Dezernate by name. A step claimed in Tasklist by someone else is that person's.
     */
    private List<Task> openTasks(UUID id, CurrentUser user) {
        List<Task> open = new java.util.ArrayList<>();
        if (user.obOffice()) {
            open.addAll(taskService.createTaskQuery().processInstanceBusinessKey(id.toString())
                    .taskDefinitionKey(InquiryProcess.TASK_APPROVE).taskCandidateGroup(directory.obOffice().code())
                    .includeAssignedTasks().list());
        }
        if (!user.units().isEmpty()) {
            open.addAll(taskService.createTaskQuery().processInstanceBusinessKey(id.toString()).taskDefinitionKey(InquiryProcess.TASK_SIGN_OFF)
                    .taskCandidateGroupIn(user.units()).includeAssignedTasks().orderByTaskName().asc().list());
        }
        return open.stream().filter(task -> task.getAssignee() == null || task.getAssignee().equals(user.userId())).toList();
    }

    /**
     * The inquiry's audience, if the user works on it; the faction that asked gets 403 (the review is the
     * administration's), anyone else 404 as for an unknown inquiry.
     */
    private InquiryAudience audienceOf(UUID id, CurrentUser user) {
        InquiryAudience audience = inquiries.audience(id).filter(found -> found.isStaffOf(user) || found.submittedBy(user))
                .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "Nicht gefunden",
                        "Eine Anfrage mit dieser Kennung gibt es nicht, oder sie ist für Ihr Benutzerkonto nicht sichtbar."));
        if (!audience.isStaffOf(user)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "Keine Berechtigung",
                    "Die Durchsicht der Antworten vor der Freigabe ist Sache der Verwaltung; die Antwort erhält die Fraktion mit der Freigabe.");
        }
        return audience;
    }

    /** The item names one of the user's units, or its Dezernat signs it off. */
    private static boolean worksOn(InquiryFacts.Item item, CurrentUser user) {
        RoutingTag routing = item.routing();
        if (routing == null) {
            return false;
        }
        Set<String> units = new LinkedHashSet<>(routing.answeringUnits());
        units.addAll(routing.consulted());
        routing.assignments().forEach(assignment -> units.add(assignment.dezernat()));
        return user.units().stream().anyMatch(units::contains);
    }

    private ReviewSheet.Item item(InquiryFacts.Item item, List<AnswerEdit> edits) {
        RoutingTag routing = item.routing();
        Set<String> named = new LinkedHashSet<>();
        if (routing != null) {
            named.add(routing.lead());
            named.addAll(routing.answeringUnits());
            named.addAll(routing.consulted());
        }
        return new ReviewSheet.Item(item.number(), item.heading(), item.text(), item.state().label(), item.answer(),
                item.answeredBy() == null ? List.of() : java.util.Arrays.stream(item.answeredBy().split(",")).map(String::strip)
                        .filter(part -> !part.isEmpty()).flatMap(this::named).toList(),
                item.measures().stream().map(m -> new ReviewSheet.Measure(m.code(), m.text(), m.status().label())).toList(),
                item.proposedStatus() == null ? null : item.proposedStatus().label(),
                named.stream().filter(java.util.Objects::nonNull)
                        .map(code -> new ReviewSheet.Unit(code, name(code), code.equals(routing.lead()))).toList(),
                edits.stream().map(edit -> new ReviewSheet.Edit(edit.editedBy(),
                        edit.editedAt().atZone(CouncilTime.ZONE).toOffsetDateTime(), edit.oldText(), edit.newText())).toList());
    }

    /**
     * {@code D03/A32/A53} as {@code Ausländerbehörde (A32)}, {@code Gesundheitsamt (A53)}: each answering unit of a
     * Dezernat's path by its name; a Dezernat that answers itself ({@code D01}) by its own.
     */
    private java.util.stream.Stream<String> named(String path) {
        List<String> codes = java.util.Arrays.stream(path.split("/")).map(String::strip).filter(code -> !code.isEmpty()).toList();
        return (codes.size() > 1 ? codes.subList(1, codes.size()) : codes).stream().map(code -> name(code) + " (" + code + ")");
    }

    private String name(String code) {
        return directory.find(code).map(Unit::name).orElse(code);
    }
}
