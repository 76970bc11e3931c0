package de.ratsanfragen.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.ratsanfragen.deadline.DeadlineCalendar;
import de.ratsanfragen.inquiry.InquiryCatalog;
import de.ratsanfragen.inquiry.InquiryOutline;
import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.organization.Unit;
import de.ratsanfragen.platform.ApiProblem;
import de.ratsanfragen.platform.CouncilClock;
import de.ratsanfragen.platform.CouncilTime;
import de.ratsanfragen.platform.CurrentUser;
import de.ratsanfragen.workflow.OpenTaskDates;
import de.ratsanfragen.workflow.OpenTaskDates.InquiryTask;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * What a unit has to answer and by when: its open tasks with the item, the task's own (internal)
 * deadline with working days left and traffic light, and the inquiry's final deadline. A user sees
 * the units they belong to, no other.
 */
@Service
public class UnitDeadlines {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(UnitDeadlines.class);

    private final OpenTaskDates openTasks;
    private final InquiryCatalog inquiryCatalog;
    private final DeadlineCalendar calendar;
    private final OrganizationDirectory directory;
    private final MonitoringProperties properties;
    private final CouncilClock clock;
    private final DeadlineMapper mapper;

    UnitDeadlines(OpenTaskDates openTasks, InquiryCatalog inquiryCatalog, DeadlineCalendar calendar, OrganizationDirectory directory,
                  MonitoringProperties properties, CouncilClock clock, DeadlineMapper mapper) {
        this.openTasks = openTasks;
        this.inquiryCatalog = inquiryCatalog;
        this.calendar = calendar;
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
        this.mapper = mapper;
    }

    /** The units of the administration the current user belongs to (factions are not among them). */
    public List<Unit> ownUnits() {
        return directory.staffUnitsOf(CurrentUser.get().units());
    }

    /**
     * The open tasks of one unit the user belongs to.
     *
     * @throws ApiProblem 404 for a unit the directory does not know, 403 for a unit the user is not a member of
     */
    public List<UnitTaskDeadline> ofUnit(String code) {
        return tasks(List.of(ownUnit(code).code()));
    }

    /**
     * A unit the user belongs to.
     *
     * @throws ApiProblem 404 for a unit the directory does not know, 403 for a unit the user is not a member of
     */
    public Unit ownUnit(String code) {
        Unit unit = directory.find(code).filter(found -> found.code().equals(code) && found.isStaff())
                .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "Unbekannte Einheit",
                        "„" + code + "“ ist keine Einheit der Verwaltung im Organisationsverzeichnis."));
        if (!ownUnits().contains(unit)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "Keine Berechtigung",
                    "Die Fristen von " + unit.name() + " sehen nur deren Mitglieder.");
        }
        return unit;
    }

    /** The open tasks of all the user's units, earliest internal deadline first. */
    public List<UnitTaskDeadline> ofOwnUnits() {
        return tasks(ownUnits().stream().map(Unit::code).toList());
    }

    private List<UnitTaskDeadline> tasks(List<String> units) {
        LocalDate today = clock.today();
        List<InquiryTask> open = openTasks.forUnits(units);
        Map<UUID, InquiryOutline> inquiries = inquiryCatalog.outlines(open.stream().map(InquiryTask::inquiry).distinct().toList());
        List<UnitTaskDeadline> rows = new ArrayList<>();
        for (InquiryTask entry : open) {
            InquiryOutline inquiry = inquiries.get(entry.inquiry());
            OpenTaskDates.OpenTask task = entry.task();
            if (inquiry == null || task.item() != null && !inquiry.items().containsKey(task.item())) {
                // a process without its inquiry must not take the unit's whole page down
                log.warn("Aufgabe „{}“ ohne passende Anfrage {} ausgelassen", task.name(), entry.inquiry());
                continue;
            }
            LocalDate due = task.due() == null ? null : task.due().atZone(CouncilTime.ZONE).toLocalDate();
            Integer left = due == null ? null : calendar.workingDaysBetween(today, due);
            rows.add(mapper.unitTask(inquiry, task, task.item() == null ? null : inquiry.items().get(task.item()), due, left,
                    TrafficLight.of(left, properties.soonWorkingDays())));
        }
        return rows;
    }
}
