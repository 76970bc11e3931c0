package de.ratsanfragen.monitoring.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import de.ratsanfragen.inquiry.InquiryState;
import de.ratsanfragen.inquiry.ItemState;
import de.ratsanfragen.monitoring.ArchiveFilter;
import de.ratsanfragen.monitoring.DeadlineArchive;
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
import de.ratsanfragen.workflow.DeadlineExtensions;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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

    private static final java.time.format.DateTimeFormatter GERMAN_DATE = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final DeadlineMonitor monitor;
    private final DeadlineArchive archive;
    private final DeadlineStatistics statistics;
    private final DeadlineExtensions extensions;
    private final OrganizationDirectory directory;

    MonitorPage(DeadlineMonitor monitor, DeadlineArchive archive, DeadlineStatistics statistics, DeadlineExtensions extensions,
                OrganizationDirectory directory) {
        this.monitor = monitor;
        this.archive = archive;
        this.statistics = statistics;
        this.extensions = extensions;
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
                        .toList()),
                new Choice("light", "Ampel", java.util.Arrays.stream(TrafficLight.values())
                        .map(light -> new Option(light.name(), light.label(), light.name().equals(filters.get("light"))))
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

    /**
     * One inquiry in detail: its items, who holds them, their internal deadlines, reminders and escalations;
     * a released or withdrawn one in its final state. While its deadline runs, the OB office extends it here.
     */
    @GetMapping("/monitor/{id}")
    String detail(@PathVariable UUID id, Model model, HttpServletResponse response) {
        model.addAttribute("states", STATES);
        model.addAttribute("itemStates", ItemState.labels());
        model.addAttribute("running", InquiryState.RUNNING.stream().map(Enum::name).toList());
        if (!model.containsAttribute("extension")) {
            model.addAttribute("extension", new ExtensionForm(null, null));
        }
        obOfficePage("inquiry", () -> monitor.detail(id), model, response);
        return "monitor-detail";
    }

    /**
     * The OB office extends the deadline from the drill-down: the same service method as
     * {@code POST /api/inquiries/{id}/deadline}. Refused (nothing changed) with the German reason on the page
     * and the refusal's status — for another role 403.
     */
    @PostMapping("/monitor/{id}/frist")
    String extend(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        ExtensionForm given = new ExtensionForm(form.get("dueDate"), form.get("reason"));
        try {
            DeadlineExtensions.Extended extended = extensions.extend(id, ExtensionForm.date(given.dueDate()), given.reason());
            redirect.addFlashAttribute("extended", "Die Frist ist verlängert bis " + extended.dueDate().format(GERMAN_DATE)
                    + "; die Fraktion erhält eine Zwischennachricht mit der Begründung.");
            return "redirect:/monitor/" + id;
        } catch (ApiProblem problem) {
            model.addAttribute("extension", given);
            model.addAttribute("extensionError", problem.getMessage());
            String page = detail(id, model, response);
            if (response.getStatus() < 400) {
                response.setStatus(problem.status().value());
            }
            return page;
        }
    }

    /**
     * The extension form as typed, shown again after a refusal.
     *
     * @param dueDate the new deadline as the date field sends it ({@code 2026-12-04})
     * @param reason  why (the faction reads it)
     */
    record ExtensionForm(String dueDate, String reason) {

        /** The date the field sent; {@code null} when empty (the service says it is missing). */
        static LocalDate date(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new ApiProblem(org.springframework.http.HttpStatus.BAD_REQUEST, "Ungültiges Datum",
                        "„" + value.strip() + "“ ist kein Datum; bitte als JJJJ-MM-TT angeben oder im Kalender wählen.");
            }
        }
    }

    /**
     * The released and withdrawn inquiries, a page at a time, filtered by year of receipt, faction and text in
     * the subject: the same data as {@code GET /api/deadlines/archive}.
     */
    @GetMapping("/monitor/archiv")
    String archive(@RequestParam Map<String, String> filters, Model model, HttpServletResponse response) {
        ArchiveFilter given = ArchiveFilter.asGiven(filters);
        model.addAttribute("filter", given);
        model.addAttribute("states", InquiryState.labels());
        model.addAttribute("factions", options(unit -> unit.kind() == UnitKind.FACTION, false, given.faction()));
        DeadlineArchive.Page page = obOfficePage("archive", () -> archive.archive(ArchiveFilter.of(filters)), model, response);
        if (page != null) {
            model.addAttribute("previous", page.page() > 1 ? archiveLink(filters, page.page() - 1) : null);
            model.addAttribute("next", page.hasNext() ? archiveLink(filters, page.page() + 1) : null);
        }
        return "monitor-archiv";
    }

    /** The archive with the same filters, at another page. */
    private static String archiveLink(Map<String, String> filters, int page) {
        org.springframework.util.LinkedMultiValueMap<String, String> query = new org.springframework.util.LinkedMultiValueMap<>();
        filters.forEach((name, value) -> {
            if (!"page".equals(name) && value != null && !value.isBlank()) {
                query.add(name, value);
            }
        });
        query.add("page", Integer.toString(page));
        return org.springframework.web.util.UriComponentsBuilder.fromPath("/monitor/archiv").queryParams(query).encode().toUriString();
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
    static <T> T obOfficePage(String attribute, Supplier<T> content, Model model, HttpServletResponse response) {
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
