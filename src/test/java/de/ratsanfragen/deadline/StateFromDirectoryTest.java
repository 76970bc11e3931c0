package de.ratsanfragen.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The holidays are those of the state in the organization directory, not Thuringia's by default. */
class StateFromDirectoryTest {

    private final DeadlineCalendar erfurt = TestCalendars.erfurt();
    private final DeadlineCalendar bavarianTown = TestCalendars.bavarianTown();

    @Test
    void allerheiligenIsAHolidayInBavariaButNotInThuringia() {
        LocalDate allSaints = LocalDate.of(2024, 11, 1); // a Friday
        assertThat(bavarianTown.holidayName(allSaints)).contains("Allerheiligen");
        assertThat(bavarianTown.isWorkingDay(allSaints)).isFalse();
        assertThat(erfurt.isWorkingDay(allSaints)).isTrue();

        // Friday 18.10.2024 + 14 days = Friday 1.11.2024
        assertThat(bavarianTown.plan("KLEINE_ANFRAGE", LocalDate.of(2024, 10, 18)).finalDue()).isEqualTo(LocalDate.of(2024, 11, 4));
        assertThat(erfurt.plan("KLEINE_ANFRAGE", LocalDate.of(2024, 10, 18)).finalDue()).isEqualTo(LocalDate.of(2024, 11, 1));
    }

    @Test
    void reformationstagAndWeltkindertagAreWorkingDaysInBavaria() {
        assertThat(bavarianTown.isWorkingDay(LocalDate.of(2025, 10, 31))).isTrue();
        assertThat(bavarianTown.isWorkingDay(LocalDate.of(2024, 9, 20))).isTrue();
        // Thu 30.10.2025 to Mon 3.11.2025: Friday 31.10. counts in Bavaria, not in Thuringia
        assertThat(bavarianTown.workingDaysBetween(LocalDate.of(2025, 10, 30), LocalDate.of(2025, 11, 3))).isEqualTo(2);
        assertThat(erfurt.workingDaysBetween(LocalDate.of(2025, 10, 30), LocalDate.of(2025, 11, 3))).isEqualTo(1);
        assertThat(bavarianTown.plan("KLEINE_ANFRAGE", LocalDate.of(2025, 10, 17)).finalDue()).isEqualTo(LocalDate.of(2025, 10, 31));
    }
}
