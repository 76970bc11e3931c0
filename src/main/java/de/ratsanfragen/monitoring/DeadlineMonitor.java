package de.ratsanfragen.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import de.ratsanfragen.deadline.DeadlineCalendar;
import de.ratsanfragen.inquiry.InquiryCatalog;
import de.ratsanfragen.inquiry.InquiryState;
import de.ratsanfragen.workflow.DeadlineNotices;
import de.ratsanfragen.inquiry.OpenInquiry;
import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.organization.Unit;
import de.ratsanfragen.organization.UnitKind;
import de.ratsanfragen.platform.ApiProblem;
import de.ratsanfragen.platform.CouncilClock;
import de.ratsanfragen.platform.CouncilTime;
import de.ratsanfragen.platform.CurrentUser;
import de.ratsanfragen.workflow.OpenTaskDates;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Every inquiry being answered, by deadline, with working days left, a traffic light, progress and
 * extensions, filtered by Dezernat, unit, faction or state — the one source of the monitor page and of
 * {@code GET /api/deadlines}. For the OB office, which answers to the council for every late answer.
 */
@Service
public class DeadlineMonitor {

    private final InquiryCatalog inquiries;
    private final DeadlineNotices notices;
    private final de.ratsanfragen.inquiry.InquiryIntake intake;
    private final OpenTaskDates openTasks;
    private final DeadlineCalendar calendar;
    private final OrganizationDirectory directory;
    private final MonitoringProperties properties;
    private final CouncilClock clock;
    private final DeadlineMapper mapper;

    DeadlineMonitor(InquiryCatalog inquiries, DeadlineNotices notices, de.ratsanfragen.inquiry.InquiryIntake intake, OpenTaskDates openTasks,
                    DeadlineCalendar calendar, OrganizationDirectory directory, MonitoringProperties properties,
                    CouncilClock clock, DeadlineMapper mapper) {
        this.inquiries = inquiries;
        this.notices = notices;
        this.intake = intake;
        this.openTasks = openTasks;
        this.calendar = calendar;
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
        this.mapper = mapper;
    }

    /** Only the OB office sees every deadline. */
    public static void requireObOffice() {
        if (!de.ratsanfragen.inquiry.InquiryAudience.seesEveryInquiry(CurrentUser.get())) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "Keine Berechtigung", "Den Fristenmonitor sieht der Bereich Oberbürgermeister.");
        }
    }

    /**
     * The open inquiries as the filters select them.
     *
     * @throws ApiProblem 400 for a unit the directory does not know, one of the wrong kind, an unknown state or light
     */
    public List<InquiryDeadline> deadlines(DeadlineFilter filter) {
        String dezernat = code(filter.dezernat(), "dezernat", Set.of(UnitKind.DEZERNAT, UnitKind.OB_OFFICE));
        String unit = code(filter.unit(), "unit", null);
        String faction = code(filter.faction(), "faction", Set.of(UnitKind.FACTION));
        String state = filter.state();
        if (state != null && InquiryState.OPEN.stream().noneMatch(open -> open.name().equals(state))) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Unbekannter Zustand", "Den Zustand „" + state + "“ gibt es hier nicht; möglich sind "
                    + InquiryState.OPEN.stream().map(Enum::name).collect(java.util.stream.Collectors.joining(", ")) + ".");
        }
        TrafficLight light = filter.light() == null ? null : TrafficLight.named(filter.light());
        LocalDate today = clock.today();
        Map<UUID, List<OpenTaskDates.OpenTask>> late = new HashMap<>();
        openTasks.pastDue(clock.now()).forEach(entry -> late.computeIfAbsent(entry.inquiry(), id -> new ArrayList<>()).add(entry.task()));
        List<InquiryDeadline> rows = new ArrayList<>();
        for (OpenInquiry inquiry : inquiries.open()) {
            if (dezernat != null && !inquiry.dezernate().contains(dezernat)
                    || unit != null && !inquiry.units().contains(unit) && !inquiry.holders().contains(unit)
                    || faction != null && !inquiry.faction().equals(faction)
                    || state != null && !inquiry.state().name().equals(state)) {
                continue;
            }
            InquiryDeadline row = row(inquiry, today, late.getOrDefault(inquiry.id(), List.of()));
            if (light == null || row.light() == light) {
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * An inquiry's row. It is overdue („überfällig“) when its deadline passed, and as soon as one of its steps
     * is: an item the deadline watch marked overdue, or a task — an item's or one about the whole inquiry —
     * past its own due date (the watch marks those a few minutes later, or not at all while it cannot send
     * its mail), though the final deadline may still lie ahead. A released or withdrawn inquiry has no light.
     */
    private InquiryDeadline row(OpenInquiry inquiry, LocalDate today, List<OpenTaskDates.OpenTask> lateTasks) {
        String faction = directory.find(inquiry.faction()).map(Unit::name).orElse(inquiry.faction());
        List<Holder> heldBy = holders(inquiry.holders());
        if (inquiry.state().isFinal()) {
            return mapper.deadline(inquiry, faction, null, null, inquiry.state().label(), 0, heldBy);
        }
        Set<Integer> overdue = new TreeSet<>(inquiry.overdueNumbers());
        lateTasks.stream().map(OpenTaskDates.OpenTask::item).filter(java.util.Objects::nonNull).forEach(overdue::add);
        boolean stepOverdue = !overdue.isEmpty() || lateTasks.stream().anyMatch(task -> task.item() == null);
        Integer left = inquiry.dueDate() == null ? null : calendar.workingDaysBetween(today, inquiry.dueDate());
        TrafficLight light = TrafficLight.of(left, properties.soonWorkingDays(), stepOverdue);
        return mapper.deadline(inquiry, faction, left, light, light.label(), overdue.size(), heldBy);
    }

    /** Units by code as the pages show them: with their names from the directory. */
    private List<Holder> holders(java.util.Collection<String> codes) {
        return codes.stream().map(code -> new Holder(code, directory.find(code).map(Unit::name).orElse(code))).toList();
    }

    /**
     * One inquiry in detail: its row as in the list, and every item with its state, the units holding it,
     * its internal deadline (the earliest of its open tasks), reminders and escalations sent; plus the tasks
     * about the whole inquiry (triage, sign-off, approval). A released or withdrawn inquiry (from the archive)
     * shows its final state, its release and its extensions.
     *
     * @throws ApiProblem 404 when there is no such inquiry (or it is only just submitted)
     */
    public InquiryDeadlineDetail detail(java.util.UUID id) {
        OpenInquiry inquiry = inquiries.tracked(id)
                .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "Nicht gefunden",
                        "Eine Anfrage mit dieser Kennung gibt es nicht (oder sie wurde eben erst eingereicht)."));
        java.time.Instant now = clock.now();
        List<OpenTaskDates.OpenTask> tasks = inquiry.state().isFinal() ? List.of() : openTasks.of(id);
        List<OpenTaskDates.OpenTask> late = tasks.stream().filter(task -> task.due() != null && task.due().isBefore(now)).toList();
        InquiryDeadline row = row(inquiry, clock.today(), late);
        Map<Integer, Map<DeadlineNotices.Kind, Integer>> sentNotices = notices.countsByItem(id);
        List<InquiryDeadlineDetail.ItemDeadline> items = new ArrayList<>();
        intake.find(id).orElseThrow().items().forEach(item -> {
            OpenTaskDates.OpenTask next = tasks.stream().filter(task -> Integer.valueOf(item.number()).equals(task.item()))
                    .findFirst().orElse(null);
            Map<DeadlineNotices.Kind, Integer> sent = sentNotices.getOrDefault(item.number(), Map.of());
            boolean overdue = !inquiry.state().isFinal()
                    && (item.overdue() || late.stream().anyMatch(task -> Integer.valueOf(item.number()).equals(task.item())));
            items.add(mapper.item(item, next == null ? null : day(next), next == null ? null : next.unit(),
                    sent.getOrDefault(DeadlineNotices.Kind.REMINDER, 0), sent.getOrDefault(DeadlineNotices.Kind.ESCALATION, 0),
                    overdue, holders(item.holders())));
        });
        // Tasklist shows a task only to its unit: a link is offered where the OB office holds the task itself
        String obOffice = directory.obOffice().code();
        List<InquiryDeadlineDetail.TaskDeadline> inquiryTasks = tasks.stream().filter(task -> task.item() == null)
                .map(task -> new InquiryDeadlineDetail.TaskDeadline(task.name(), task.unit(), day(task),
                        obOffice.equals(task.unit()) ? task.tasklistPath() : null))
                .toList();
        // Cockpit is for those who operate the engine (administrators), e.g. to look at an incident
        return mapper.detail(row, items, inquiryTasks,
                CurrentUser.get().administrator() ? openTasks.cockpitPath(id).orElse(null) : null,
                inquiry.releasedAt() == null ? null : inquiry.releasedAt().atZone(CouncilTime.ZONE).toLocalDate());
    }

    /** The day a task is due (council time), {@code null} without a due date. */
    private static LocalDate day(OpenTaskDates.OpenTask task) {
        return task.due() == null ? null : task.due().atZone(CouncilTime.ZONE).toLocalDate();
    }

    /** A filter's unit code, known to the directory and of the right kind; {@code null} when not filtered. */
    private String code(String value, String filter, Set<UnitKind> kinds) {
        if (value == null) {
            return null;
        }
        Unit unit = directory.find(value.strip()).orElseThrow(() -> new ApiProblem(HttpStatus.BAD_REQUEST, "Unbekannte Einheit",
                "„" + value.strip() + "“ (Filter " + filter + ") steht nicht im Organisationsverzeichnis."));
        if (kinds != null && !kinds.contains(unit.kind())) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Falscher Filter",
                    "„" + unit.name() + "“ passt nicht zum Filter " + filter + ".");
        }
        return unit.code();
    }
}
