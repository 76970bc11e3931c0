package de.ratsanfragen.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import de.ratsanfragen.platform.ApiProblem;

/** Extending an Erfurt Anfrage received Monday 13.10.2025 and due Monday 27.10.2025. */
class DeadlineExtensionTest {

    private static final LocalDate WEDNESDAY_BEFORE = LocalDate.of(2025, 10, 22);

    private final DeadlineCalendar calendar = TestCalendars.erfurt();
    private final Deadlines current = calendar.plan("ANFRAGE", LocalDate.of(2025, 10, 13));

    @Test
    void anExtensionMovesTheFinalDateAndReStaggersTheInternalDates() {
        Deadlines extended = calendar.extend(current, LocalDate.of(2025, 11, 10), "Zuarbeit des Eigenbetriebs fehlt noch",
                WEDNESDAY_BEFORE);

        assertThat(extended.finalDue()).isEqualTo(LocalDate.of(2025, 11, 10));
        assertThat(extended.receivedOn()).isEqualTo(LocalDate.of(2025, 10, 13));
        assertThat(extended.basis()).isEqualTo(Deadlines.EXPLICIT);
        assertThat(extended.explanation()).isEqualTo(
                "Verlängert von Montag, 27.10.2025 auf Montag, 10.11.2025. Begründung: Zuarbeit des Eigenbetriebs fehlt noch");
        // back from Monday 10.11.: 1 Fri 7.11., 2 Thu 6.11., 3 Wed 5.11., 5 Mon 3.11.;
        // the answers' reminder one working day before Monday 3.11. skips Reformationstag: Thursday 30.10.
        assertThat(extended.step(Step.APPROVAL)).isEqualTo(new StepDeadline(LocalDate.of(2025, 11, 7), LocalDate.of(2025, 11, 6)));
        assertThat(extended.step(Step.SIGN_OFF)).isEqualTo(new StepDeadline(LocalDate.of(2025, 11, 6), LocalDate.of(2025, 11, 5)));
        assertThat(extended.step(Step.CONSOLIDATION)).isEqualTo(new StepDeadline(LocalDate.of(2025, 11, 5), LocalDate.of(2025, 11, 4)));
        assertThat(extended.step(Step.ANSWERS)).isEqualTo(new StepDeadline(LocalDate.of(2025, 11, 3), LocalDate.of(2025, 10, 30)));
    }

    @Test
    void aShortExtensionCompressesFromTodayNotFromTheReceiptDate() {
        // today Friday 24.10., new date Wednesday 29.10.: working days 27., 28., 29. after today
        Deadlines extended = calendar.extend(current, LocalDate.of(2025, 10, 29), "Rückfrage beim Land", LocalDate.of(2025, 10, 24));

        assertThat(extended.step(Step.ANSWERS).due()).isEqualTo(LocalDate.of(2025, 10, 27));
        assertThat(extended.step(Step.CONSOLIDATION).due()).isEqualTo(LocalDate.of(2025, 10, 28));
        assertThat(extended.step(Step.SIGN_OFF).due()).isEqualTo(LocalDate.of(2025, 10, 29));
        assertThat(extended.step(Step.APPROVAL).due()).isEqualTo(LocalDate.of(2025, 10, 29));
        assertThat(extended.steps().values()).allSatisfy(step -> assertThat(step.followUp()).isAfterOrEqualTo(LocalDate.of(2025, 10, 27)));
    }

    @Test
    void anExtensionToAWeekendEndsOnMonday() {
        Deadlines extended = calendar.extend(current, LocalDate.of(2025, 11, 8), "Ausschuss tagt später", WEDNESDAY_BEFORE);

        assertThat(extended.finalDue()).isEqualTo(LocalDate.of(2025, 11, 10));
        assertThat(extended.explanation()).isEqualTo("Verlängert von Montag, 27.10.2025 auf 08.11.2025 ist ein Samstag, "
                + "daher Montag, 10.11.2025. Begründung: Ausschuss tagt später");
    }

    @Test
    void anExtensionWithoutAReasonIsRefused() {
        assertRefused(() -> calendar.extend(current, LocalDate.of(2025, 11, 10), "  ", WEDNESDAY_BEFORE),
                "Für eine Fristverlängerung ist eine Begründung nötig.");
        assertRefused(() -> calendar.extend(current, LocalDate.of(2025, 11, 10), null, WEDNESDAY_BEFORE),
                "Für eine Fristverlängerung ist eine Begründung nötig.");
    }

    @Test
    void anExtensionIntoThePastIsRefused() {
        // the Anfrage is already overdue on 3.11.; 31.10. would be later than 27.10. but lies in the past
        assertRefused(() -> calendar.extend(current, LocalDate.of(2025, 10, 31), "Nachfrist", LocalDate.of(2025, 11, 3)),
                "Die neue Frist 31.10.2025 liegt in der Vergangenheit.");
    }

    @Test
    void anExtensionToTheSameOrAnEarlierDateIsRefused() {
        assertRefused(() -> calendar.extend(current, LocalDate.of(2025, 10, 27), "Nachfrist", WEDNESDAY_BEFORE),
                "Die neue Frist 27.10.2025 muss nach der bisherigen Frist 27.10.2025 liegen.");
        assertRefused(() -> calendar.extend(current, LocalDate.of(2025, 10, 24), "Nachfrist", WEDNESDAY_BEFORE),
                "Die neue Frist 24.10.2025 muss nach der bisherigen Frist 27.10.2025 liegen.");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String detail) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST))
                .hasMessage(detail);
    }

    @Test
    void anExtensionBeyondTwoYearsAfterReceiptIsRefused() {
        assertThatThrownBy(() -> calendar.extend(current, LocalDate.of(2027, 10, 14), "Gutachten", WEDNESDAY_BEFORE))
                .isInstanceOf(ApiProblem.class).hasMessageContaining("mehr als 2 Jahre nach dem Eingang");
        assertThat(calendar.extend(current, LocalDate.of(2027, 10, 13), "Gutachten", WEDNESDAY_BEFORE).finalDue())
                .isEqualTo(LocalDate.of(2027, 10, 13));
    }
}
