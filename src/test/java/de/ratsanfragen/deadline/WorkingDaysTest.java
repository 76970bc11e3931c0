package de.ratsanfragen.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The working-day calendar of Thuringia (Erfurt); expected dates read off a printed calendar. */
class WorkingDaysTest {

    private final DeadlineCalendar calendar = TestCalendars.erfurt();

    @Test
    void jollydayKnowsThuringiasOwnHolidaysInEveryYearSinceWeltkindertagWasIntroduced() {
        IntStream.rangeClosed(2019, 2035).forEach(year -> {
            assertThat(calendar.holidayName(LocalDate.of(year, 9, 20))).as("20.9.%d", year).contains("Kindertag");
            assertThat(calendar.holidayName(LocalDate.of(year, 10, 31))).as("31.10.%d", year).contains("Reformationstag");
        });
        // Weltkindertag became a holiday in Thuringia in 2019
        assertThat(calendar.holidayName(LocalDate.of(2018, 9, 20))).isEmpty();
    }

    @Test
    void weekendsAndHolidaysAreNoWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 30))).isTrue();   // Thursday
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 31))).isFalse();  // Friday, Reformationstag
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 11, 1))).isFalse();   // Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 11, 2))).isFalse();   // Sunday
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 12, 24))).isTrue();   // Heiligabend is no public holiday
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 12, 25))).isFalse();
        assertThat(calendar.holidayName(LocalDate.of(2025, 12, 26))).contains("2. Weihnachtsfeiertag");
        assertThat(calendar.holidayName(LocalDate.of(2025, 10, 30))).isEmpty();
    }

    @Test
    void countsAcrossAWeekend() {
        LocalDate friday = LocalDate.of(2025, 10, 24);
        LocalDate monday = LocalDate.of(2025, 10, 27);
        assertThat(calendar.nextWorkingDay(friday)).isEqualTo(monday);
        assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(monday);
        assertThat(calendar.addWorkingDays(monday, -1)).isEqualTo(friday);
        assertThat(calendar.workingDaysBetween(friday, monday)).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(monday, friday)).isEqualTo(-1);
        assertThat(calendar.workingDaysBetween(friday, friday)).isZero();
        // Saturday and Sunday to Monday: only Monday counts
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 10, 25), monday)).isEqualTo(1);
        assertThat(calendar.workingDayOnOrAfter(LocalDate.of(2025, 10, 26))).isEqualTo(monday);
        assertThat(calendar.workingDayOnOrAfter(monday)).isEqualTo(monday);
    }

    @Test
    void countsAcrossReformationstag() {
        LocalDate thursday = LocalDate.of(2025, 10, 30);
        LocalDate monday = LocalDate.of(2025, 11, 3);
        assertThat(calendar.nextWorkingDay(thursday)).isEqualTo(monday);
        assertThat(calendar.addWorkingDays(monday, -1)).isEqualTo(thursday);
        assertThat(calendar.workingDaysBetween(thursday, monday)).isEqualTo(1);
        // Tue 28, Wed 29, Thu 30, (Fri 31 Reformationstag), Mon 3, Tue 4, Wed 5, Thu 6, Fri 7
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 10, 27), LocalDate.of(2025, 11, 7))).isEqualTo(8);
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 10, 27), 8)).isEqualTo(LocalDate.of(2025, 11, 7));
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 11, 7), -8)).isEqualTo(LocalDate.of(2025, 10, 27));
        assertThat(calendar.addWorkingDays(thursday, 0)).isEqualTo(thursday);
    }

    @Test
    void countsAcrossChristmasAndNewYear() {
        LocalDate monday = LocalDate.of(2025, 12, 22);
        // Tue 23, Wed 24, (Thu 25, Fri 26 Weihnachten, weekend), Mon 29, Tue 30, Wed 31
        assertThat(calendar.addWorkingDays(monday, 5)).isEqualTo(LocalDate.of(2025, 12, 31));
        // (Thu 1.1. Neujahr), Fri 2.1., (weekend), Mon 5.1.
        assertThat(calendar.addWorkingDays(monday, 7)).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(calendar.workingDaysBetween(monday, LocalDate.of(2026, 1, 5))).isEqualTo(7);
        assertThat(calendar.nextWorkingDay(LocalDate.of(2025, 12, 31))).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(calendar.holidayName(LocalDate.of(2026, 1, 1))).contains("Neujahr");
    }
}
