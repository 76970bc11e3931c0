package de.ratsanfragen.monitoring.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.ratsanfragen.monitoring.ArchiveFilter;
import de.ratsanfragen.monitoring.DeadlineArchive;
import de.ratsanfragen.monitoring.DeadlineFilter;
import de.ratsanfragen.monitoring.DeadlineMonitor;
import de.ratsanfragen.monitoring.DeadlineStatistics;
import de.ratsanfragen.monitoring.InquiryDeadline;
import de.ratsanfragen.monitoring.InquiryDeadlineDetail;
import de.ratsanfragen.monitoring.StatisticsPeriod;
import de.ratsanfragen.monitoring.UnitDeadlines;
import de.ratsanfragen.monitoring.UnitTaskDeadline;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monitor's data as JSON, with the same filters as the pages: {@code GET /api/deadlines} (and its archive,
 * {@code GET /api/deadlines/archive}) and
 * {@code GET /api/statistics} for the OB office, {@code GET /api/units/{code}/deadlines} for a unit's members.
 */
@RestController
class DeadlineController {

    private final DeadlineMonitor monitor;
    private final DeadlineArchive archive;
    private final DeadlineStatistics statistics;
    private final UnitDeadlines unitDeadlines;

    DeadlineController(DeadlineMonitor monitor, DeadlineArchive archive, DeadlineStatistics statistics, UnitDeadlines unitDeadlines) {
        this.monitor = monitor;
        this.archive = archive;
        this.statistics = statistics;
        this.unitDeadlines = unitDeadlines;
    }

    @GetMapping(path = "/api/deadlines", produces = MediaType.APPLICATION_JSON_VALUE)
    List<InquiryDeadline> deadlines(@RequestParam Map<String, String> parameters) {
        DeadlineMonitor.requireObOffice();
        return monitor.deadlines(DeadlineFilter.of(parameters));
    }

    /** Released and withdrawn inquiries, a page at a time: filters year, faction, text; page and size. */
    @GetMapping(path = "/api/deadlines/archive", produces = MediaType.APPLICATION_JSON_VALUE)
    DeadlineArchive.Page archive(@RequestParam Map<String, String> parameters) {
        DeadlineMonitor.requireObOffice();
        return archive.archive(ArchiveFilter.of(parameters));
    }

    /**
     * One inquiry in detail: its items with state, holders, internal deadline, reminders and escalations sent —
     * a released or withdrawn one (from the archive) in its final state.
     */
    @GetMapping(path = "/api/deadlines/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    InquiryDeadlineDetail detail(@PathVariable UUID id) {
        DeadlineMonitor.requireObOffice();
        return monitor.detail(id);
    }

    /** Received, answered, on time, days to answer — in total, per Dezernat, per unit — and extensions, for a period. */
    @GetMapping(path = "/api/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
    DeadlineStatistics.Statistics statistics(@RequestParam Map<String, String> parameters) {
        DeadlineMonitor.requireObOffice();
        return statistics.of(StatisticsPeriod.of(parameters));
    }

    /** A unit's open tasks and deadlines, for its members only (as on the page {@code /fristen}). */
    @GetMapping(path = "/api/units/{code}/deadlines", produces = MediaType.APPLICATION_JSON_VALUE)
    List<UnitTaskDeadline> unitDeadlines(@PathVariable String code) {
        return unitDeadlines.ofUnit(code);
    }
}
