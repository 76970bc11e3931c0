package de.ratsanfragen.monitoring;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.ratsanfragen.inquiry.InquiryProgress;
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
    static final Map<String, String> STATES = InquiryProgress.OPEN_STATES.stream().collect(java.util.stream.Collectors.toMap(
            state -> state, InquiryProgress.STATE_LABELS::get, (a, b) -> a, LinkedHashMap::new));

    private final DeadlineMonitor monitor;
    private final OrganizationDirectory directory;

    MonitorPage(DeadlineMonitor monitor, OrganizationDirectory directory) {
        this.monitor = monitor;
        this.directory = directory;
    }

    @GetMapping("/monitor")
    String monitor(@RequestParam Map<String, String> filters, Model model, HttpServletResponse response) {
        if (!obOffice(model, response)) {
            return "monitor";
        }
        model.addAttribute("filters", filters);
        model.addAttribute("choices", List.of(
                new Choice("dezernat", "Dezernat", options(unit -> unit.kind() == UnitKind.DEZERNAT, true)),
                new Choice("unit", "Einheit", options(unit -> unit.kind() != UnitKind.FACTION && unit.kind() != UnitKind.DEZERNAT
                        && unit.kind() != UnitKind.OB_OFFICE, true)),
                new Choice("faction", "Fraktion", options(unit -> unit.kind() == UnitKind.FACTION, false)),
                new Choice("state", "Stand", STATES)));
        model.addAttribute("states", STATES);
        try {
            model.addAttribute("rows", monitor.deadlines(filters));
        } catch (ApiProblem problem) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", problem.getMessage());
            model.addAttribute("rows", List.of());
        }
        return "monitor";
    }

    /** One inquiry in detail: its items, who holds them, their internal deadlines, reminders and escalations. */
    @GetMapping("/monitor/{id}")
    String detail(@org.springframework.web.bind.annotation.PathVariable java.util.UUID id, Model model, HttpServletResponse response) {
        model.addAttribute("states", STATES);
        if (!obOffice(model, response)) {
            return "monitor-detail";
        }
        try {
            model.addAttribute("inquiry", monitor.detail(id));
        } catch (ApiProblem problem) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("error", problem.getMessage());
        }
        return "monitor-detail";
    }

    /** The page frame for everyone; the content for the OB office only (others: 403 and a German sentence). */
    private boolean obOffice(Model model, HttpServletResponse response) {
        model.addAttribute("council", directory.council().name());
        model.addAttribute("user", CurrentUser.get().userId());
        if (CurrentUser.get().seesAllInquiries()) {
            return true;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("denied", true);
        return false;
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
