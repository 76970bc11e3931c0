package de.ratsanfragen.engine;

import java.time.LocalDate;
import java.util.Date;

import de.ratsanfragen.deadline.DeadlineCalendar;
import de.ratsanfragen.platform.CouncilClock;
import org.springframework.stereotype.Component;

/**
 * Dates for the Tasklist filters' stored queries, computed each time a filter is listed
 * ({@code ${taskFilterDates.afterWorkingDays(3)}}). Camunda's own date functions only know calendar
 * days; "in 3 working days" depends on weekends and the state's public holidays, so it is counted here
 * in the deadline calendar. "Today" comes from the council clock, which follows the engine's clock, the
 * same one {@code ${now()}} reads.
 * Public because the expression language calls it by reflection.
 */
@Component(TaskFilterDates.BEAN)
public class TaskFilterDates {

    static final String BEAN = "taskFilterDates";

    private final DeadlineCalendar calendar;
    private final CouncilClock clock;

    TaskFilterDates(DeadlineCalendar calendar, CouncilClock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * The start of the day after the {@code workingDays}-th working day from today, in the council's
     * time zone: a task due before it is due today or within the next {@code workingDays} working days.
     */
    public Date afterWorkingDays(int workingDays) {
        LocalDate last = calendar.addWorkingDays(clock.today(), workingDays);
        return Date.from(last.plusDays(1).atStartOfDay(clock.zone()).toInstant());
    }
}
