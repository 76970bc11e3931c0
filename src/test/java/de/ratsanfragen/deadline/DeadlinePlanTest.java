package de.ratsanfragen.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import de.ratsanfragen.deadline.DeadlineProperties.Period;
import de.ratsanfragen.platform.ApiProblem;

/** Final and internal deadlines in Erfurt (Thuringia); every expected date was read off a printed calendar. */
class DeadlinePlanTest {

    private final DeadlineCalendar calendar = TestCalendars.erfurt();

    @Test
    void erfurtAnfrageReceivedOnAMondayIsDueTwoWeeksLater() {
        Deadlines deadlines = calendar.plan("ANFRAGE", LocalDate.of(2025, 10, 13));

        assertThat(deadlines.finalDue()).isEqualTo(LocalDate.of(2025, 10, 27));
        assertThat(deadlines.basis()).isEqualTo("ANFRAGE");
        assertThat(deadlines.receivedOn()).isEqualTo(LocalDate.of(2025, 10, 13));
        assertThat(deadlines.explanation()).isEqualTo("2 Wochen ab Eingang am 13.10.2025: Montag, 27.10.2025.");
    }

    @Test
    void withoutATypeTheDefaultTypeAppliesAndTypeNamesIgnoreCaseAndDashes() {
        assertThat(calendar.plan((String) null, LocalDate.of(2025, 10, 13)).basis()).isEqualTo("ANFRAGE");
        assertThat(calendar.plan(" ", LocalDate.of(2025, 10, 13)).finalDue()).isEqualTo(LocalDate.of(2025, 10, 27));
        assertThat(calendar.plan("grosse-anfrage", LocalDate.of(2025, 10, 13)).basis()).isEqualTo("GROSSE_ANFRAGE");
    }

    @Test
    void aDueDateOnAWeekendMovesToMonday() {
        // received Saturday 4.10. / Sunday 5.10.2025, two weeks later is Saturday 18.10. / Sunday 19.10.
        Deadlines fromSaturday = calendar.plan("ANFRAGE", LocalDate.of(2025, 10, 4));
        Deadlines fromSunday = calendar.plan("ANFRAGE", LocalDate.of(2025, 10, 5));

        assertThat(fromSaturday.finalDue()).isEqualTo(LocalDate.of(2025, 10, 20));
        assertThat(fromSunday.finalDue()).isEqualTo(LocalDate.of(2025, 10, 20));
        assertThat(fromSaturday.explanation())
                .isEqualTo("2 Wochen ab Eingang am 04.10.2025; 18.10.2025 ist ein Samstag, daher Montag, 20.10.2025.");
        assertThat(fromSunday.explanation()).contains("19.10.2025 ist ein Sonntag, daher Montag, 20.10.2025");
    }

    @Test
    void aDueDateOnReformationstagMovesToTheNextWorkingDay() {
        // Friday 17.10.2025 + 14 days = Friday 31.10.2025, Reformationstag in Thuringia
        Deadlines kleineAnfrage = calendar.plan("KLEINE_ANFRAGE", LocalDate.of(2025, 10, 17));

        assertThat(kleineAnfrage.finalDue()).isEqualTo(LocalDate.of(2025, 11, 3));
        assertThat(kleineAnfrage.explanation()).isEqualTo(
                "14 Kalendertage ab Eingang am 17.10.2025; 31.10.2025 ist Reformationstag, daher Montag, 03.11.2025.");
        assertThat(calendar.plan("ANFRAGE", LocalDate.of(2025, 10, 17)).finalDue()).isEqualTo(LocalDate.of(2025, 11, 3));
    }

    @Test
    void aDueDateOnWeltkindertagMovesToTheNextWorkingDay() {
        // 20.9.2027 is a Monday: received Monday 6.9.2027, due Tuesday 21.9.2027
        Deadlines deadlines = calendar.plan("ANFRAGE", LocalDate.of(2027, 9, 6));
        assertThat(deadlines.finalDue()).isEqualTo(LocalDate.of(2027, 9, 21));
        assertThat(deadlines.explanation()).contains("20.09.2027 ist Kindertag, daher Dienstag, 21.09.2027");

        // 20.9.2024 is a Friday: received Friday 6.9.2024, due Monday 23.9.2024
        assertThat(calendar.plan("ANFRAGE", LocalDate.of(2024, 9, 6)).finalDue()).isEqualTo(LocalDate.of(2024, 9, 23));
    }

    @Test
    void christmasAndNewYearMoveTheDueDateAcrossTheYearBoundary() {
        // Thursday 11.12.2025 + 14 days = Thursday 25.12., then 26.12. and the weekend: Monday 29.12.
        Deadlines christmas = calendar.plan("KLEINE_ANFRAGE", LocalDate.of(2025, 12, 11));
        assertThat(christmas.finalDue()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(christmas.explanation()).contains("25.12.2025 ist 1. Weihnachtsfeiertag, daher Montag, 29.12.2025");

        // Thursday 18.12.2025 + 14 days = Thursday 1.1.2026, Neujahr: Friday 2.1.2026
        Deadlines newYear = calendar.plan("KLEINE_ANFRAGE", LocalDate.of(2025, 12, 18));
        assertThat(newYear.finalDue()).isEqualTo(LocalDate.of(2026, 1, 2));
        // internal dates stagger back across the holidays into December:
        // 1 back: (1.1. Neujahr) Wed 31.12.; 2: Tue 30.12.; 3: Mon 29.12.; 5: (weekend, 26./25.12.) Tue 23.12.
        assertThat(newYear.step(Step.APPROVAL).due()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(newYear.step(Step.SIGN_OFF).due()).isEqualTo(LocalDate.of(2025, 12, 30));
        assertThat(newYear.step(Step.CONSOLIDATION).due()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(newYear.step(Step.ANSWERS).due()).isEqualTo(LocalDate.of(2025, 12, 23));
    }

    @Test
    void grosseAnfrageIsDueEightWeeksLater() {
        // Monday 13.10.2025 + 56 days = Monday 8.12.2025
        Deadlines deadlines = calendar.plan("GROSSE_ANFRAGE", LocalDate.of(2025, 10, 13));
        assertThat(deadlines.finalDue()).isEqualTo(LocalDate.of(2025, 12, 8));
        assertThat(deadlines.explanation()).isEqualTo("8 Wochen ab Eingang am 13.10.2025: Montag, 08.12.2025.");
    }

    @Test
    void aPeriodInWorkingDaysSkipsHolidaysAndEndsOnAWorkingDay() {
        Map<String, Period> periods = TestCalendars.defaultPeriods();
        periods.put("FRAGESTUNDE", new Period(10, PeriodUnit.WORKING_DAYS, null));
        DeadlineCalendar withWorkingDays = TestCalendars.erfurt(
                new DeadlineProperties(periods, "ANFRAGE", TestCalendars.defaultStagger(), 1, 3));

        // from Monday 20.10.2025: 21, 22, 23, 24, 27, 28, 29, 30, (31 Reformationstag), 3.11., 4.11.
        Deadlines deadlines = withWorkingDays.plan("Fragestunde", LocalDate.of(2025, 10, 20));
        assertThat(deadlines.finalDue()).isEqualTo(LocalDate.of(2025, 11, 4));
        assertThat(deadlines.explanation()).isEqualTo("10 Arbeitstage ab Eingang am 20.10.2025: Dienstag, 04.11.2025.");
    }

    @Test
    void internalDatesStaggerBackInWorkingDaysAcrossReformationstag() {
        // final Monday 3.11.2025; stagger 5/3/2/1 working days, reminders 1 working day before
        Deadlines deadlines = calendar.plan("KLEINE_ANFRAGE", LocalDate.of(2025, 10, 17));

        assertThat(deadlines.steps()).containsExactly(
                Map.entry(Step.ANSWERS, new StepDeadline(LocalDate.of(2025, 10, 24), LocalDate.of(2025, 10, 23))),
                Map.entry(Step.CONSOLIDATION, new StepDeadline(LocalDate.of(2025, 10, 28), LocalDate.of(2025, 10, 27))),
                Map.entry(Step.SIGN_OFF, new StepDeadline(LocalDate.of(2025, 10, 29), LocalDate.of(2025, 10, 28))),
                Map.entry(Step.APPROVAL, new StepDeadline(LocalDate.of(2025, 10, 30), LocalDate.of(2025, 10, 29))));
    }

    @Test
    void internalDatesOfAPlainTwoWeekAnfrage() {
        // final Monday 27.10.2025; answers Monday 20.10. (reminder Friday 17.10.)
        Deadlines deadlines = calendar.plan("ANFRAGE", LocalDate.of(2025, 10, 13));

        assertThat(deadlines.step(Step.ANSWERS)).isEqualTo(new StepDeadline(LocalDate.of(2025, 10, 20), LocalDate.of(2025, 10, 17)));
        assertThat(deadlines.step(Step.CONSOLIDATION)).isEqualTo(new StepDeadline(LocalDate.of(2025, 10, 22), LocalDate.of(2025, 10, 21)));
        assertThat(deadlines.step(Step.SIGN_OFF)).isEqualTo(new StepDeadline(LocalDate.of(2025, 10, 23), LocalDate.of(2025, 10, 22)));
        assertThat(deadlines.step(Step.APPROVAL)).isEqualTo(new StepDeadline(LocalDate.of(2025, 10, 24), LocalDate.of(2025, 10, 23)));
    }

    @Test
    void anExplicitDateOverridesThePeriod() {
        Deadlines deadlines = calendar.plan(LocalDate.of(2025, 11, 26), LocalDate.of(2025, 10, 13));

        assertThat(deadlines.finalDue()).isEqualTo(LocalDate.of(2025, 11, 26));
        assertThat(deadlines.basis()).isEqualTo(Deadlines.EXPLICIT);
        assertThat(deadlines.explanation()).isEqualTo("Vorgegebener Termin: Mittwoch, 26.11.2025.");
        // 1 back: Tue 25.11.; 2: Mon 24.11.; 3: Fri 21.11.; 5: Wed 19.11.
        assertThat(deadlines.step(Step.APPROVAL).due()).isEqualTo(LocalDate.of(2025, 11, 25));
        assertThat(deadlines.step(Step.SIGN_OFF).due()).isEqualTo(LocalDate.of(2025, 11, 24));
        assertThat(deadlines.step(Step.CONSOLIDATION).due()).isEqualTo(LocalDate.of(2025, 11, 21));
        assertThat(deadlines.step(Step.ANSWERS).due()).isEqualTo(LocalDate.of(2025, 11, 19));
    }

    @Test
    void anExplicitDateOnAHolidayMovesToTheNextWorkingDayAndSaysSo() {
        Deadlines deadlines = calendar.plan(LocalDate.of(2025, 10, 31), LocalDate.of(2025, 10, 13));

        assertThat(deadlines.finalDue()).isEqualTo(LocalDate.of(2025, 11, 3));
        assertThat(deadlines.explanation())
                .isEqualTo("Vorgegebener Termin 31.10.2025 ist Reformationstag, daher Montag, 03.11.2025.");
    }

    @Test
    void anExplicitDateBeforeTheReceiptDateIsRefusedInGerman() {
        assertThatThrownBy(() -> calendar.plan(LocalDate.of(2025, 10, 10), LocalDate.of(2025, 10, 13)))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST))
                .hasMessage("Die Frist 10.10.2025 liegt vor dem Eingang der Anfrage am 13.10.2025.");
        assertThatThrownBy(() -> calendar.plan((LocalDate) null, LocalDate.of(2025, 10, 13)))
                .isInstanceOf(ApiProblem.class).hasMessage("Es ist kein Datum für die Frist angegeben.");
        assertThatThrownBy(() -> calendar.plan("ANFRAGE", null))
                .isInstanceOf(ApiProblem.class).hasMessage("Das Eingangsdatum der Anfrage fehlt.");
    }

    @Test
    void anExplicitDateUpToTwoYearsAfterReceiptIsPlannedAndALaterOneRefusedAtOnce() {
        LocalDate receivedOn = LocalDate.of(2025, 10, 13);

        assertThat(calendar.plan(LocalDate.of(2027, 10, 13), receivedOn).finalDue()).isEqualTo(LocalDate.of(2027, 10, 13));
        assertThatThrownBy(() -> calendar.plan(LocalDate.of(2027, 10, 14), receivedOn))
                .isInstanceOf(ApiProblem.class)
                .hasMessage("Die Frist 14.10.2027 liegt mehr als 2 Jahre nach dem Eingang der Anfrage am 13.10.2025; "
                        + "so lange Fristen werden nicht angenommen.");
        // counting every day up to the year 999,999,999 would not end
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(
                () -> calendar.plan(LocalDate.of(999_999_999, 12, 31), receivedOn)).isInstanceOf(ApiProblem.class));
    }

    @Test
    void anUnknownInquiryTypeIsRefusedInGerman() {
        assertThatThrownBy(() -> calendar.plan("Dringlichkeitsanfrage", LocalDate.of(2025, 10, 13)))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST))
                .hasMessage("Für die Anfrageart „Dringlichkeitsanfrage“ ist keine Frist festgelegt. "
                        + "Bekannt sind: ANFRAGE, GROSSE_ANFRAGE, KLEINE_ANFRAGE.");
    }

    @Test
    void aStaggerThatFitsExactlyIsNotCompressed() {
        // received Monday 13.10.2025, due Tuesday 21.10.: six working days 14., 15., 16., 17., 20., 21.;
        // answers 5 back from 21.10. is Tuesday 14.10., the first working day after receipt
        Deadlines deadlines = calendar.plan(LocalDate.of(2025, 10, 21), LocalDate.of(2025, 10, 13));

        assertThat(deadlines.step(Step.ANSWERS)).isEqualTo(new StepDeadline(LocalDate.of(2025, 10, 14), LocalDate.of(2025, 10, 14)));
        assertThat(deadlines.step(Step.CONSOLIDATION).due()).isEqualTo(LocalDate.of(2025, 10, 16));
        assertThat(deadlines.step(Step.SIGN_OFF).due()).isEqualTo(LocalDate.of(2025, 10, 17));
        assertThat(deadlines.step(Step.APPROVAL).due()).isEqualTo(LocalDate.of(2025, 10, 20));
    }

    @Test
    void aPeriodTooShortForTheStaggerIsCompressedProportionally() {
        // received Monday 13.10.2025, due Thursday 16.10.: working days 14., 15., 16. leave room for 2 days before
        // the end; answers 5 * 2/5 = 2 → Tue 14.10., consolidation 3 * 2/5 = 1 → Wed 15.10., sign-off and
        // approval 0 → Thu 16.10. Reminders one working day earlier, but not before Tuesday 14.10.
        Deadlines deadlines = calendar.plan(LocalDate.of(2025, 10, 16), LocalDate.of(2025, 10, 13));

        assertThat(deadlines.steps()).containsExactly(
                Map.entry(Step.ANSWERS, new StepDeadline(LocalDate.of(2025, 10, 14), LocalDate.of(2025, 10, 14))),
                Map.entry(Step.CONSOLIDATION, new StepDeadline(LocalDate.of(2025, 10, 15), LocalDate.of(2025, 10, 14))),
                Map.entry(Step.SIGN_OFF, new StepDeadline(LocalDate.of(2025, 10, 16), LocalDate.of(2025, 10, 15))),
                Map.entry(Step.APPROVAL, new StepDeadline(LocalDate.of(2025, 10, 16), LocalDate.of(2025, 10, 15))));
    }

    @Test
    void whenThereIsNoRoomAtAllEverythingIsDueOnTheFinalDate() {
        LocalDate tuesday = LocalDate.of(2025, 10, 14);
        Deadlines nextDay = calendar.plan(tuesday, LocalDate.of(2025, 10, 13));
        assertThat(nextDay.steps().values()).containsOnly(new StepDeadline(tuesday, tuesday));

        LocalDate monday = LocalDate.of(2025, 10, 13);
        Deadlines sameDay = calendar.plan(monday, monday);
        assertThat(sameDay.steps().values()).containsOnly(new StepDeadline(monday, monday));
    }
}
