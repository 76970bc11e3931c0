package de.ratsanfragen.monitoring.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.ratsanfragen.engine.WorkflowIdentity;
import de.ratsanfragen.inquiry.InquiryCatalog;
import de.ratsanfragen.inquiry.OpenInquiry;
import de.ratsanfragen.monitoring.UnitDeadlines;
import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.organization.Unit;
import de.ratsanfragen.platform.CouncilTime;
import de.ratsanfragen.platform.CurrentUser;
import de.ratsanfragen.workflow.OpenTaskDates;
import de.ratsanfragen.workflow.OpenTaskDates.InquiryTask;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /api/calendar/{token}.ics}: the deadlines of the user behind a calendar link, for Outlook,
 * Thunderbird or a phone to subscribe to (the security module checks the link and logs its owner in for
 * this request). The OB office gets every open inquiry's final deadline; a unit or Dezernat gets the
 * internal deadlines of its open tasks and the final deadlines of the inquiries it works on. Inquiries in
 * triage have no deadline yet and no event.
 */
@RestController
class CalendarFeed {

    private static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String UID_DOMAIN = "@ratsanfragen";

    private final InquiryCatalog inquiries;
    private final OpenTaskDates openTasks;
    private final OrganizationDirectory directory;
    private final UnitDeadlines unitDeadlines;

    CalendarFeed(InquiryCatalog inquiries, OpenTaskDates openTasks, OrganizationDirectory directory, UnitDeadlines unitDeadlines) {
        this.inquiries = inquiries;
        this.openTasks = openTasks;
        this.directory = directory;
        this.unitDeadlines = unitDeadlines;
    }

    @GetMapping("/api/calendar/{token}.ics")
    ResponseEntity<String> feed() {
        CurrentUser user = CurrentUser.get();
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        String name;
        List<IcsCalendar.Deadline> deadlines;
        if (de.ratsanfragen.inquiry.InquiryAudience.seesEveryInquiry(user)) {
            name = directory.obOffice().name();
            deadlines = inquiries.open().stream().filter(inquiry -> inquiry.dueDate() != null)
                    .map(inquiry -> finalDeadline(inquiry, URI.create(base + "/monitor/" + inquiry.id()))).toList();
        } else {
            List<Unit> units = unitDeadlines.ownUnits();
            name = units.stream().map(Unit::name).collect(Collectors.joining(", "));
            deadlines = ofUnits(units, base);
        }
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).cacheControl(CacheControl.noStore())
                .body(IcsCalendar.render("Fristen – " + name, deadlines));
    }

    /** The units' open tasks by their due dates, then the final deadlines of the inquiries they work on. */
    private List<IcsCalendar.Deadline> ofUnits(List<Unit> units, String base) {
        URI tasklist = URI.create(base + WorkflowIdentity.TASKLIST_PATH);
        List<String> codes = units.stream().map(Unit::code).toList();
        Map<UUID, OpenInquiry> open = inquiries.open().stream()
                .collect(Collectors.toMap(OpenInquiry::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, IcsCalendar.Deadline> byUid = new LinkedHashMap<>();
        for (InquiryTask entry : openTasks.forUnits(codes)) {
            OpenInquiry inquiry = open.get(entry.inquiry());
            OpenTaskDates.OpenTask task = entry.task();
            if (inquiry == null || task.due() == null) {
                continue;
            }
            String uid = inquiry.id() + "-" + (task.item() == null ? "anfrage" : task.item()) + "-" + task.unit() + UID_DOMAIN;
            // earliest first: should a unit hold two tasks of one item, its calendar shows the earlier date
            URI taskLink = URI.create(base + task.tasklistPath());
            byUid.putIfAbsent(uid, new IcsCalendar.Deadline(uid, task.due().atZone(CouncilTime.ZONE).toLocalDate(),
                    "Aufgabe fällig: " + task.name(), taskDescription(inquiry, task, taskLink), taskLink));
        }
        open.values().stream()
                .filter(inquiry -> inquiry.dueDate() != null && involves(inquiry, codes))
                .forEach(inquiry -> byUid.putIfAbsent(finalUid(inquiry), finalDeadline(inquiry, tasklist)));
        return byUid.values().stream().sorted(Comparator.comparing(IcsCalendar.Deadline::day)).toList();
    }

    private static boolean involves(OpenInquiry inquiry, List<String> units) {
        return Stream.of(inquiry.units(), inquiry.dezernate(), inquiry.holders())
                .anyMatch(named -> units.stream().anyMatch(named::contains));
    }

    private IcsCalendar.Deadline finalDeadline(OpenInquiry inquiry, URI link) {
        List<String> lines = new ArrayList<>();
        lines.add("Anfrage " + inquiry.reference() + " – " + factionName(inquiry));
        lines.add("Betreff: " + inquiry.title());
        lines.add("Stand: " + inquiry.state().label() + "; "
                + inquiry.answered() + " von " + inquiry.items() + " Fragen beantwortet"
                + (inquiry.overdueItems() > 0 ? "; " + inquiry.overdueItems() + " überfällig" : ""));
        inquiry.extensions().forEach(extension -> lines.add("Frist verlängert vom " + GERMAN_DATE.format(extension.previousDue())
                + " auf den " + GERMAN_DATE.format(extension.newDue()) + ": " + extension.reason()));
        lines.add(link.toString());
        return new IcsCalendar.Deadline(finalUid(inquiry), inquiry.dueDate(),
                "Frist " + inquiry.reference() + ": " + inquiry.title(), String.join("\n", lines), link);
    }

    private String taskDescription(OpenInquiry inquiry, OpenTaskDates.OpenTask task, URI tasklist) {
        String unit = task.unit() == null ? "" : directory.find(task.unit()).map(Unit::name).orElse(task.unit()) + " (" + task.unit() + ")";
        return String.join("\n",
                "Anfrage " + inquiry.reference() + " – " + factionName(inquiry),
                "Betreff: " + inquiry.title(),
                "Aufgabe für: " + unit,
                "Endgültige Frist der Anfrage: " + dateOrOpen(inquiry.dueDate()),
                tasklist.toString());
    }

    private String factionName(OpenInquiry inquiry) {
        return directory.find(inquiry.faction()).map(Unit::name).orElse(inquiry.faction());
    }

    private static String finalUid(OpenInquiry inquiry) {
        return inquiry.id() + "-frist" + UID_DOMAIN;
    }

    private static String dateOrOpen(LocalDate date) {
        return date == null ? "noch nicht festgelegt" : GERMAN_DATE.format(date);
    }
}
