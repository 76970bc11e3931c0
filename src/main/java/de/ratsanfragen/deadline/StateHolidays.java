package de.ratsanfragen.deadline;

import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import de.ratsanfragen.platform.StartupProblem;

/**
 * The public holidays of one German federal state, as jollyday knows them (nationwide ones plus the
 * state's own, e.g. Weltkindertag and Reformationstag in Thuringia), with their German names.
 */
final class StateHolidays {

    private final HolidayManager germany = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.GERMANY));
    private final String state;
    /** Holidays by year: computing a year's set parses rules, and a monitor asks about the same days often. */
    private final Map<Integer, Map<LocalDate, String>> byYear = new ConcurrentHashMap<>();

    /** @param state the state's code in lower case ({@code th}), as in the organization directory */
    StateHolidays(String state) {
        // jollyday silently falls back to the nationwide holidays for a code it does not know
        if (!germany.getCalendarHierarchy().getChildren().containsKey(state)) {
            throw new StartupProblem("Fristen: für das Bundesland „" + state + "“ kennt die Feiertagsbibliothek keine Feiertage.",
                    "„council.state“ im Organisationsverzeichnis auf das Kürzel eines Bundeslandes setzen (z. B. th).");
        }
        this.state = state;
    }

    String state() {
        return state;
    }

    /** The German name of the public holiday on this date, if it is one. */
    Optional<String> nameOf(LocalDate date) {
        return Optional.ofNullable(holidaysOf(date.getYear()).get(date));
    }

    private Map<LocalDate, String> holidaysOf(int year) {
        return byYear.computeIfAbsent(year, y -> germany.getHolidays(Year.of(y), HolidayType.PUBLIC_HOLIDAY, state)
                .stream()
                // two rules on one day would collide; either name serves
                .collect(Collectors.toUnmodifiableMap(Holiday::getDate, holiday -> holiday.getDescription(Locale.GERMAN),
                        (first, second) -> first)));
    }
}
