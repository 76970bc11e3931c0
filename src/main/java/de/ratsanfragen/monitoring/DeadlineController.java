package de.ratsanfragen.monitoring;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monitor's data as JSON, with the same filters as the pages: {@code GET /api/deadlines} and
 * {@code GET /api/statistics} for the OB office, {@code GET /api/units/{code}/deadlines} for a unit's members.
 */
@RestController
class DeadlineController {

    private final DeadlineMonitor monitor;
    private final DeadlineStatistics statistics;
    private final UnitDeadlines unitDeadlines;

    DeadlineController(DeadlineMonitor monitor, DeadlineStatistics statistics, UnitDeadlines unitDeadlines) {
        this.monitor = monitor;
        this.statistics = statistics;
        this.unitDeadlines = unitDeadlines;
    }

    @GetMapping(path = "/api/deadlines", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, Object>> deadlines(@RequestParam Map<String, String> parameters) {
        DeadlineMonitor.requireObOffice();
        return monitor.deadlines(parameters);
    }

    /** One inquiry in detail: its items with state, holder, internal deadline, reminders and escalations sent. */
    @GetMapping(path = "/api/deadlines/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> detail(@org.springframework.web.bind.annotation.PathVariable java.util.UUID id) {
        DeadlineMonitor.requireObOffice();
        return monitor.detail(id);
    }

    /** Received, answered, on time, days to answer — in total, per Dezernat, per unit — and extensions, for a period. */
    @GetMapping(path = "/api/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
    DeadlineStatistics.Statistics statistics(@RequestParam Map<String, String> parameters) {
        DeadlineMonitor.requireObOffice();
        return statistics.of(parameters);
    }

    /** A unit's open tasks and deadlines, for its members only (as on the page {@code /fristen}). */
    @GetMapping(path = "/api/units/{code}/deadlines", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, Object>> unitDeadlines(@org.springframework.web.bind.annotation.PathVariable String code) {
        return unitDeadlines.ofUnit(code);
    }
}
