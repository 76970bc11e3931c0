package de.ratsanfragen.monitoring;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import de.ratsanfragen.inquiry.InquiryState;
import de.ratsanfragen.inquiry.ItemState;
import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.organization.Unit;
import de.ratsanfragen.organization.UnitKind;
import de.ratsanfragen.platform.ApiProblem;
import de.ratsanfragen.platform.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /monitor}: the deadline view the OB office checks each morning — the same data and filters as
 * {@code GET /api/deadlines}, on one German page (login form for people, HTTP Basic for scripts).
 */
@Controller
class MonitorPage {

    /** The states an open inquiry can be in, as the page names them. */
    static final Map<String, String> STATES = InquiryState.OPEN.stream().collect(java.util.stream.Collectors.toMap(
            InquiryState::name, InquiryState::label, (a, b) -> a, LinkedHashMap::new));

    /** The monitor's exports for the page (its session login); {@code .csv} or {@code .xlsx} is appended. */
    static final String EXPORT = "/monitor/fristen";

    private final DeadlineMonitor monitor;
    private final DeadlineStatistics statistics;
    private final OrganizationDirectory directory;

    MonitorPage(DeadlineMonitor monitor, DeadlineStatistics statistics, OrganizationDirectory directory) {
        this.monitor = monitor;
        this.statistics = statistics;
        this.directory = directory;
    }

    @GetMapping("/monitor")
    String monitor(@RequestParam Map<String, String> filters, Model model, HttpServletResponse response) {
        model.addAttribute("filters", filters);
        model.addAttribute("choices", List.of(
                new Choice("dezernat", "Dezernat", options(unit -> unit.kind() == UnitKind.DEZERNAT, true)),
                new Choice("unit", "Einheit", options(unit -> unit.kind() != UnitKind.FACTION && unit.kind() != UnitKind.DEZERNAT
                        && unit.kind() != UnitKind.OB_OFFICE, true)),
                new Choice("faction", "Fraktion", options(unit -> unit.kind() == UnitKind.FACTION, false)),
                new Choice("state", "Stand", STATES)));
        model.addAttribute("states", STATES);
        org.springframework.util.LinkedMultiValueMap<String, String> query = new org.springframework.util.LinkedMultiValueMap<>();
        filters.forEach(query::add);
        for (String format : List.of("csv", "xlsx")) {
            model.addAttribute(format, org.springframework.web.util.UriComponentsBuilder.fromPath(EXPORT + "." + format)
                    .queryParams(query).encode().toUriString());
        }
        String view = obOfficePage("monitor", "rows", () -> monitor.deadlines(filters), model, response);
        if (model.getAttribute("rows") instanceof List<?> rows) {
            // how many are overdue, due soon, in plan, in triage — the first thing to read each morning
            Map<String, String> summary = new LinkedHashMap<>();
            for (DeadlineMonitor.Light light : List.of(DeadlineMonitor.Light.UEBERFAELLIG, DeadlineMonitor.Light.BALD_FAELLIG,
                    DeadlineMonitor.Light.IM_PLAN, DeadlineMonitor.Light.OHNE_FRIST)) {
                long count = rows.stream().filter(row -> ((Map<?, ?>) row).get("light") == light).count();
                summary.put(light.name(), count + " " + light.label);
            }
            model.addAttribute("summary", summary);
        }
        return view;
    }

    /** One inquiry in detail: its items, who holds them, their internal deadlines, reminders and escalations. */
    @GetMapping("/monitor/{id}")
    String detail(@org.springframework.web.bind.annotation.PathVariable java.util.UUID id, Model model, HttpServletResponse response) {
        model.addAttribute("states", STATES);
        model.addAttribute("itemStates", ItemState.labels());
        return obOfficePage("monitor-detail", "inquiry", () -> monitor.detail(id), model, response);
    }

    /** The statistics of a period (this year unless chosen): the same figures as {@code GET /api/statistics}. */
    @GetMapping("/monitor/statistik")
    String statistics(@RequestParam Map<String, String> period, Model model, HttpServletResponse response) {
        model.addAttribute("period", period);
        return obOfficePage("monitor-statistik", "statistics", () -> statistics.of(period), model, response);
    }

    /**
     * A page with content for the OB office only (others get 403 and a German sentence); a request the
     * content refuses shows its German message with the refusal's status.
     */
    private static String obOfficePage(String view, String attribute, Supplier<Object> content, Model model, HttpServletResponse response) {
        if (!CurrentUser.get().seesAllInquiries()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("denied", true);
            return view;
        }
        try {
            model.addAttribute(attribute, content.get());
        } catch (ApiProblem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("error", problem.getMessage());
        }
        return view;
    }

    /** One filter of the page: its parameter, its label and its options (value → text), „alle“ first. */
    record Choice(String name, String label, Map<String, String> options) {
    }

    /** The directory's units of a kind as options, by code; shown with their code where a code means something to staff. */
    private Map<String, String> options(java.util.function.Predicate<Unit> which, boolean withCode) {
        Map<String, String> options = new LinkedHashMap<>();
        directory.units().stream().filter(which).sorted(Comparator.comparing(Unit::code))
                .forEach(unit -> options.put(unit.code(), withCode ? unit.code() + " – " + unit.name() : unit.name()));
        return options;
    }
}
