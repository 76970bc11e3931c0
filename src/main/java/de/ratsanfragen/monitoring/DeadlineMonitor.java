package de.ratsanfragen.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
class DeadlineMonitor {

    /** The traffic light: im Plan, bald fällig, überfällig (and „in Prüfung“ before a deadline is set). */
    enum Light {
        IM_PLAN("im Plan"), BALD_FAELLIG("bald fällig"), UEBERFAELLIG("überfällig"), OHNE_FRIST("in Prüfung, Frist folgt");

        final String label;

        Light(String label) {
            this.label = label;
        }

        /** The light for a deadline this many working days ahead (negative: passed; {@code null}: none yet). */
        static Light of(Integer workingDaysLeft, int soonWorkingDays) {
            return workingDaysLeft == null ? OHNE_FRIST : workingDaysLeft < 0 ? UEBERFAELLIG
                    : workingDaysLeft <= soonWorkingDays ? BALD_FAELLIG : IM_PLAN;
        }
    }

    private static final Set<String> FILTERS = Set.of("dezernat", "unit", "faction", "state");

    private final InquiryCatalog inquiries;
    private final DeadlineNotices notices;
    private final de.ratsanfragen.inquiry.InquiryIntake intake;
    private final OpenTaskDates openTasks;
    private final DeadlineCalendar calendar;
    private final OrganizationDirectory directory;
    private final MonitoringProperties properties;
    private final CouncilClock clock;

    DeadlineMonitor(InquiryCatalog inquiries, DeadlineNotices notices, de.ratsanfragen.inquiry.InquiryIntake intake, OpenTaskDates openTasks,
                    DeadlineCalendar calendar, OrganizationDirectory directory, MonitoringProperties properties,
                    CouncilClock clock) {
        this.inquiries = inquiries;
        this.notices = notices;
        this.intake = intake;
        this.openTasks = openTasks;
        this.calendar = calendar;
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
    }

    /** Only the OB office sees every deadline. */
    static void requireObOffice() {
        if (!CurrentUser.get().seesAllInquiries()) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "Keine Berechtigung", "Den Fristenmonitor sieht der Bereich Oberbürgermeister.");
        }
    }

    /**
     * The open inquiries as the filters select them.
     *
     * @param parameters the filters by name ({@code dezernat}, {@code unit}, {@code faction}, {@code state}); empty values are no filter
     * @throws ApiProblem 400 for an unknown filter or value
     */
    List<Map<String, Object>> deadlines(Map<String, String> parameters) {
        parameters = new java.util.HashMap<>(parameters);
        parameters.values().removeIf(value -> value == null || value.isBlank());
        parameters.keySet().stream().filter(name -> !FILTERS.contains(name)).findFirst().ifPresent(name -> {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Unbekannter Filter",
                    "Den Filter „" + name + "“ gibt es nicht; möglich sind dezernat, unit, faction und state.");
        });
        String dezernat = code(parameters.get("dezernat"), "dezernat", Set.of(UnitKind.DEZERNAT, UnitKind.OB_OFFICE));
        String unit = code(parameters.get("unit"), "unit", null);
        String faction = code(parameters.get("faction"), "faction", Set.of(UnitKind.FACTION));
        String state = parameters.get("state");
        if (state != null && InquiryState.OPEN.stream().noneMatch(open -> open.name().equals(state))) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Unbekannter Zustand", "Den Zustand „" + state + "“ gibt es hier nicht; möglich sind "
                    + InquiryState.OPEN.stream().map(Enum::name).collect(java.util.stream.Collectors.joining(", ")) + ".");
        }
        LocalDate today = clock.today();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (OpenInquiry inquiry : inquiries.open()) {
            if (dezernat != null && !inquiry.dezernate().contains(dezernat)
                    || unit != null && !inquiry.units().contains(unit) && !inquiry.holders().contains(unit)
                    || faction != null && !inquiry.faction().equals(faction)
                    || state != null && !inquiry.state().name().equals(state)) {
                continue;
            }
            rows.add(row(inquiry, today));
        }
        return rows;
    }

    private Map<String, Object> row(OpenInquiry inquiry, LocalDate today) {
        Integer left = inquiry.dueDate() == null ? null : calendar.workingDaysBetween(today, inquiry.dueDate());
        Light light = Light.of(left, properties.soonWorkingDays());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", inquiry.id());
        row.put("reference", inquiry.reference());
        row.put("faction", directory.find(inquiry.faction()).map(Unit::name).orElse(inquiry.faction()));
        row.put("subject", inquiry.title());
        row.put("state", inquiry.state());
        row.put("dueDate", inquiry.dueDate());
        row.put("workingDaysLeft", left);
        row.put("light", light);
        row.put("lightLabel", light.label);
        row.put("answered", inquiry.answered());
        row.put("items", inquiry.items());
        row.put("overdueItems", inquiry.overdueItems());
        row.put("holders", inquiry.holders());
        row.put("extensions", inquiry.extensions());
        return row;
    }

    /**
     * One open inquiry in detail: its row as in the list, and every item with its state, the unit
     * holding it, its internal deadline (the earliest of its open tasks), reminders and escalations sent;
     * plus the tasks about the whole inquiry (triage, sign-off, approval).
     *
     * @throws ApiProblem 404 when there is no such inquiry being answered
     */
    Map<String, Object> detail(java.util.UUID id) {
        OpenInquiry inquiry = inquiries.open(id)
                .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "Nicht gefunden",
                        "Eine Anfrage mit dieser Kennung wird gerade nicht beantwortet (unbekannt, beantwortet oder zurückgezogen)."));
        Map<String, Object> detail = row(inquiry, clock.today());
        List<OpenTaskDates.OpenTask> tasks = openTasks.of(id);
        Map<Integer, Map<DeadlineNotices.Kind, Integer>> sentNotices = notices.countsByItem(id);
        List<Map<String, Object>> items = new ArrayList<>();
        intake.find(id).orElseThrow().items().forEach(item -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("number", item.number());
            entry.put("text", item.text());
            entry.put("state", item.state());
            entry.put("holder", item.holder());
            entry.put("overdue", item.overdue());
            OpenTaskDates.OpenTask next = tasks.stream().filter(task -> Integer.valueOf(item.number()).equals(task.item()))
                    .findFirst().orElse(null);
            entry.put("taskDue", next == null || next.due() == null ? null : next.due().atZone(CouncilTime.ZONE).toLocalDate());
            entry.put("taskUnit", next == null ? null : next.unit());
            Map<DeadlineNotices.Kind, Integer> sent = sentNotices.getOrDefault(item.number(), Map.of());
            entry.put("reminders", sent.getOrDefault(DeadlineNotices.Kind.REMINDER, 0));
            entry.put("escalations", sent.getOrDefault(DeadlineNotices.Kind.ESCALATION, 0));
            items.add(entry);
        });
        detail.put("itemDetails", items);
        // Tasklist shows a task only to its unit: a link is offered where the OB office holds the task itself
        String obOffice = directory.obOffice().code();
        detail.put("inquiryTasks", tasks.stream().filter(task -> task.item() == null).map(task -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", task.name());
            entry.put("unit", task.unit());
            entry.put("due", task.due() == null ? null : task.due().atZone(CouncilTime.ZONE).toLocalDate());
            entry.put("tasklist", obOffice.equals(task.unit()) ? task.tasklistPath() : null);
            return entry;
        }).toList());
        // Cockpit is for those who operate the engine (administrators), e.g. to look at an incident
        detail.put("cockpit", CurrentUser.get().administrator() ? openTasks.cockpitPath(id).orElse(null) : null);
        return detail;
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
