package de.ratsanfragen.monitoring.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import de.ratsanfragen.inquiry.InquiryState;
import de.ratsanfragen.inquiry.ItemState;
import de.ratsanfragen.monitoring.DeadlineFilter;
import de.ratsanfragen.monitoring.DeadlineMonitor;
import de.ratsanfragen.monitoring.DeadlineStatistics;
import de.ratsanfragen.monitoring.InquiryDeadline;
import de.ratsanfragen.monitoring.StatisticsPeriod;
import de.ratsanfragen.monitoring.TrafficLight;
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
        model.addAttribute("choices", List.of(
                new Choice("dezernat", "Dezernat", options(unit -> unit.kind() == UnitKind.DEZERNAT, true, filters.get("dezernat"))),
                new Choice("unit", "Einheit", options(unit -> unit.kind() != UnitKind.FACTION && unit.kind() != UnitKind.DEZERNAT
                        && unit.kind() != UnitKind.OB_OFFICE, true, filters.get("unit"))),
                new Choice("faction", "Fraktion", options(unit -> unit.kind() == UnitKind.FACTION, false, filters.get("faction"))),
                new Choice("state", "Stand", STATES.entrySet().stream()
                        .map(state -> new Option(state.getKey(), state.getValue(), state.getKey().equals(filters.get("state"))))
                        .toList())));
        model.addAttribute("states", STATES);
        org.springframework.util.LinkedMultiValueMap<String, String> query = new org.springframework.util.LinkedMultiValueMap<>();
        filters.forEach(query::add);
        for (String format : List.of("csv", "xlsx")) {
            model.addAttribute(format, org.springframework.web.util.UriComponentsBuilder.fromPath(EXPORT + "." + format)
                    .queryParams(query).encode().toUriString());
        }
        List<InquiryDeadline> rows = obOfficePage("rows", () -> monitor.deadlines(DeadlineFilter.of(filters)), model, response);
        if (rows != null) {
            // how many are overdue, due soon, in plan, in triage — the first thing to read each morning
            model.addAttribute("summary", Stream.of(TrafficLight.UEBERFAELLIG, TrafficLight.BALD_FAELLIG, TrafficLight.IM_PLAN,
                    TrafficLight.OHNE_FRIST).map(light -> new LightCount(light,
                    rows.stream().filter(row -> row.light() == light).count() + " " + light.label())).toList());
        }
        return "monitor";
    }

    /** One inquiry in detail: its items, who holds them, their internal deadlines, reminders and escalations. */
    @GetMapping("/monitor/{id}")
    String detail(@org.springframework.web.bind.annotation.PathVariable java.util.UUID id, Model model, HttpServletResponse response) {
        model.addAttribute("states", STATES);
        model.addAttribute("itemStates", ItemState.labels());
        obOfficePage("inquiry", () -> monitor.detail(id), model, response);
        return "monitor-detail";
    }

    /** The statistics of a period (this year unless chosen): the same figures as {@code GET /api/statistics}. */
    @GetMapping("/monitor/statistik")
    String statistics(@RequestParam Map<String, String> period, Model model, HttpServletResponse response) {
        model.addAttribute("period", StatisticsPeriod.asGiven(period));
        obOfficePage("statistics", () -> statistics.of(StatisticsPeriod.of(period)), model, response);
        return "monitor-statistik";
    }

    /**
     * Content for the OB office only (others get 403 and a German sentence on the page); a request the
     * content refuses shows its German message with the refusal's status.
     *
     * @return the content, also added to the model as {@code attribute}; {@code null} when denied or refused
     */
    private static <T> T obOfficePage(String attribute, Supplier<T> content, Model model, HttpServletResponse response) {
        if (!de.ratsanfragen.inquiry.InquiryAudience.seesEveryInquiry(CurrentUser.get())) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("denied", true);
            return null;
        }
        try {
            T shown = content.get();
            model.addAttribute(attribute, shown);
            return shown;
        } catch (ApiProblem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("error", problem.getMessage());
            return null;
        }
    }

    /** One filter of the page: its parameter, its label and its options („alle“ comes first, from the page). */
    record Choice(String name, String label, List<Option> options) {
    }

    /** An option of a filter: the parameter's value, the text shown, and whether the request chose it. */
    record Option(String value, String text, boolean selected) {
    }

    /** A light with how many rows of the view show it, in German („2 überfällig“). */
    record LightCount(TrafficLight light, String text) {
    }

    /** The directory's units of a kind as options, by code; shown with their code where a code means something to staff. */
    private List<Option> options(java.util.function.Predicate<Unit> which, boolean withCode, String chosen) {
        return directory.units().stream().filter(which).sorted(Comparator.comparing(Unit::code))
                .map(unit -> new Option(unit.code(), withCode ? unit.code() + " – " + unit.name() : unit.name(), unit.code().equals(chosen)))
                .toList();
    }
}
