package de.ratsanfragen.workflow;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import de.ratsanfragen.deadline.DeadlinePreview;
import de.ratsanfragen.deadline.TriageDeadlines;
import de.ratsanfragen.evaluation.Measure;
import de.ratsanfragen.inquiry.InquiryCatalog;
import de.ratsanfragen.inquiry.InquiryFacts;
import de.ratsanfragen.inquiry.InquiryRouting;
import de.ratsanfragen.inquiry.InquiryState;
import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.organization.RoutingTag;
import de.ratsanfragen.organization.Unit;
import de.ratsanfragen.platform.ApiProblem;
import de.ratsanfragen.platform.CouncilClock;
import de.ratsanfragen.platform.CurrentUser;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OB office's triage as one workspace (the page {@code /anfragen/{id}/pruefung}): every item with its routing
 * and the routing the document's hints suggest, routings for several items at once — each stored at once through
 * {@link InquiryRouting}, as {@code PUT /api/inquiries/{id}/items/{n}/routing} stores it — the deadline's
 * preview, and the completion of the triage task with the form's fields, so that
 * {@code TriageSteps.completeTriage} checks it as it checks a completion in Tasklist.
 */
@Service
public class TriageWorkspace {

    /** A date as typed (TT.MM.JJJJ), strictly: no 31 February. */
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d.M.uuuu", Locale.GERMAN)
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final InquiryCatalog inquiries;
    private final InquiryRouting routing;
    private final OrganizationDirectory directory;
    private final TriageDeadlines deadlines;
    private final TaskService tasks;
    private final UserTasks userTasks;
    private final CouncilClock clock;

    /** The inquiry's states in which the OB office still changes routings (beyond triage). */
    private static final java.util.Set<InquiryState> ROUTABLE = java.util.EnumSet.of(InquiryState.IN_PROGRESS,
            InquiryState.IN_SIGN_OFF, InquiryState.IN_APPROVAL);
    /** An item's states in which its routing may change after triage: routed and not yet answered, or declined. */
    private static final java.util.Set<de.ratsanfragen.inquiry.ItemState> REROUTABLE = java.util.EnumSet.of(
            de.ratsanfragen.inquiry.ItemState.IN_PROGRESS, de.ratsanfragen.inquiry.ItemState.DECLINED);

    TriageWorkspace(InquiryCatalog inquiries, InquiryRouting routing, OrganizationDirectory directory, TriageDeadlines deadlines,
                    TaskService tasks, UserTasks userTasks, CouncilClock clock) {
        this.inquiries = inquiries;
        this.routing = routing;
        this.directory = directory;
        this.deadlines = deadlines;
        this.tasks = tasks;
        this.userTasks = userTasks;
        this.clock = clock;
    }

    /**
     * The inquiry as the workspace shows it.
     *
     * @throws ApiProblem 404 for an unknown inquiry, 409 for one that is not in triage
     */
    @Transactional(readOnly = true)
    public TriageView view(UUID id) {
        InquiryFacts facts = routable(id);
        boolean triage = facts.state() == InquiryState.IN_TRIAGE;
        List<TriageView.Item> items = facts.items().stream().map(item -> new TriageView.Item(item.number(), item.text(),
                item.heading(), item.measures().stream().map(TriageWorkspace::measure).toList(), routing(item.routing()),
                item.hints(), routing(item.routing()) != null ? null
                : directory.suggestedRouting(item.hints()).map(this::routing).orElse(null), item.state().label(),
                triage || facts.state() == InquiryState.IN_PROGRESS && REROUTABLE.contains(item.state()))).toList();
        return new TriageView(facts.id(), facts.reference(), facts.title(), facts.faction(), facts.receivedOn(), items,
                unitGroups(), deadlines.inquiryTypes(), triage);
    }

    /**
     * Routes the chosen items to the chosen units, all or none.
     *
     * @return the routing tag every chosen item now has
     * @throws ApiProblem 400 for no item, an unknown item, no lead, an unknown or a faction's unit; 409 out of triage
     */
    @Transactional
    public RoutingTag assign(UUID id, Collection<Integer> numbers, String lead, List<String> others, List<String> consulted) {
        InquiryFacts facts = routable(id);
        List<Integer> chosen = chosen(facts, numbers);
        RoutingTag tag = directory.routingOf(lead, others, consulted);
        for (int number : chosen) {
            routing.correct(id, number, tag.raw());
        }
        return tag;
    }

    /**
     * Takes the routing the document's hints suggest for the chosen items, or, with none chosen, for every item
     * without a routing that has a suggestion; all or none.
     *
     * @return the numbers of the items routed
     * @throws ApiProblem 400 for a chosen item without a suggestion, or when there is nothing to take
     */
    @Transactional
    public List<Integer> acceptSuggestions(UUID id, Collection<Integer> numbers) {
        TriageView view = view(id);
        List<TriageView.Item> items = numbers == null || numbers.isEmpty()
                ? view.items().stream().filter(item -> item.suggestion() != null).toList()
                : chosen(inquiries.facts(id), numbers).stream().map(number -> view.items().get(number - 1)).toList();
        if (items.isEmpty()) {
            throw badRequest("Kein Vorschlag", "Keine Frage ohne Zuständigkeit hat einen Vorschlag aus dem Dokument.");
        }
        for (TriageView.Item item : items) {
            if (item.suggestion() == null) {
                throw badRequest("Kein Vorschlag", "Frage " + item.number() + " hat keinen Vorschlag aus dem Dokument"
                        + (item.routing() == null ? "." : "; sie hat schon eine Zuständigkeit."));
            }
            routing.correct(id, item.number(), item.suggestion().tag());
        }
        return items.stream().map(TriageView.Item::number).toList();
    }

    /**
     * The deadlines the triage would set with this type or date, as the tasks will get them.
     *
     * @param explicitDate {@code 2026-03-05} (a date field) or {@code 05.03.2026}; blank for none
     * @throws ApiProblem 400 for a date that is no date or breaks the triage's rules (see {@link TriageDeadlines})
     */
    @Transactional(readOnly = true)
    public DeadlinePreview preview(UUID id, String inquiryType, String explicitDate) {
        InquiryFacts facts = inTriage(id);
        return deadlines.preview(blankToNull(inquiryType), date(explicitDate), facts.receivedOn(), clock.today());
    }

    /**
     * Completes the OB office's triage task with the form's fields, as Tasklist would; the task listener checks
     * every item's routing and the deadline. Refused, nothing changes.
     *
     * @throws ApiProblem 400 with the listener's German reason, 403 when the user may not complete the task,
     *                    404/409 as {@link #view}
     */
    public void complete(UUID id, String inquiryType, String explicitDate, CurrentUser user) {
        InquiryFacts facts = inTriage(id);
        LocalDate due = date(explicitDate);
        Map<String, Object> fields = new HashMap<>();
        fields.put(InquiryProcess.INQUIRY_TYPE.getName(), blankToNull(inquiryType));
        fields.put(InquiryProcess.EXPLICIT_DUE_DATE.getName(), due == null ? null : due.format(ProcessDates.GERMAN_DATE));
        Task task = triageTask(facts).orElseThrow(() -> notInTriage(facts));
        if (task.getAssignee() != null && !task.getAssignee().equals(user.userId())) {
            throw new ApiProblem(HttpStatus.CONFLICT, "Übernommen", "Die Prüfung hat „" + task.getAssignee()
                    + "“ in der Tasklist übernommen; abschließen kann sie nur, wer sie übernommen hat.");
        }
        userTasks.complete(task, user, fields, "Prüfung nicht abgeschlossen", "Die Prüfung schließt der Bereich Oberbürgermeister ab.");
    }

    /** In triage, or being answered with items whose routing may still change ({@code InquiryRouting.correct} decides per item). */
    private InquiryFacts routable(UUID id) {
        InquiryFacts facts = inquiries.facts(id);
        if (facts.state() == InquiryState.IN_TRIAGE) {
            return inTriage(id);
        }
        if (!ROUTABLE.contains(facts.state())) {
            throw new ApiProblem(HttpStatus.CONFLICT, "Nicht mehr offen", "Die Anfrage " + facts.reference()
                    + " ist nicht in Bearbeitung (Stand: " + facts.state().label() + "); ihre Zuständigkeiten ändern sich nicht mehr.");
        }
        return facts;
    }

    private InquiryFacts inTriage(UUID id) {
        InquiryFacts facts = inquiries.facts(id);
        if (facts.state() != InquiryState.IN_TRIAGE || triageTask(facts).isEmpty()) {
            throw notInTriage(facts);
        }
        return facts;
    }

    private Optional<Task> triageTask(InquiryFacts facts) {
        return Optional.ofNullable(tasks.createTaskQuery().processInstanceBusinessKey(facts.id().toString())
                .taskDefinitionKey(InquiryProcess.TASK_TRIAGE).singleResult());
    }

    private static ApiProblem notInTriage(InquiryFacts facts) {
        return new ApiProblem(HttpStatus.CONFLICT, "Nicht in Prüfung", "Die Anfrage " + facts.reference()
                + " ist nicht in der Prüfung durch den Bereich Oberbürgermeister (Stand: " + facts.state().label() + ").");
    }

    private static List<Integer> chosen(InquiryFacts facts, Collection<Integer> numbers) {
        if (numbers == null || numbers.isEmpty()) {
            throw badRequest("Keine Frage gewählt", "Bitte mindestens eine Frage auswählen.");
        }
        List<Integer> chosen = numbers.stream().distinct().sorted().toList();
        for (int number : chosen) {
            if (facts.items().stream().noneMatch(item -> item.number() == number)) {
                throw badRequest("Unbekannte Frage", "Die Anfrage " + facts.reference() + " hat keine Frage " + number + ".");
            }
        }
        return chosen;
    }

    private TriageView.Routing routing(RoutingTag tag) {
        if (tag == null || tag.assignments().isEmpty()) {
            return null;
        }
        List<String> answering = new ArrayList<>(tag.answeringUnits());
        answering.remove(tag.lead());
        answering.add(0, tag.lead());
        return new TriageView.Routing(tag.raw(), answering.stream().map(this::label).toList(),
                tag.consulted().stream().map(this::label).toList());
    }

    private TriageView.UnitLabel label(String code) {
        return new TriageView.UnitLabel(code, directory.find(code).map(Unit::name).orElse(code));
    }

    private static TriageView.UnitLabel label(Unit unit) {
        return new TriageView.UnitLabel(unit.code(), unit.name());
    }

    /** Each Dezernat and the OB office with itself and its own units, as the directory allows routing them. */
    private List<TriageView.UnitGroup> unitGroups() {
        return directory.routableUnits().entrySet().stream().map(group -> new TriageView.UnitGroup(label(group.getKey()),
                Stream.concat(Stream.of(group.getKey()), group.getValue().stream()).map(TriageWorkspace::label).toList())).toList();
    }

    private static TriageView.MeasureLine measure(Measure measure) {
        return new TriageView.MeasureLine(measure.code(), measure.text(),
                measure.status() != null ? measure.status().label() : measure.statusLabel());
    }

    private static LocalDate date(String text) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return value.contains("-") ? LocalDate.parse(value) : LocalDate.parse(value, TYPED_DATE);
        } catch (DateTimeParseException e) {
            throw badRequest("Ungültige Frist", "„" + value + "“ ist kein Datum; erwartet wird TT.MM.JJJJ.");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ApiProblem badRequest(String title, String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, title, detail);
    }
}
