package de.ratsanfragen.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import de.ratsanfragen.platform.ApiProblem;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The deadline chosen in triage: its rules for an explicit date, the types offered and the preview's warning. */
class TriageDeadlinesTest {

    private final DeadlineCalendar calendar = TestCalendars.erfurt();
    private final TriageDeadlines triage = new TriageDeadlines(calendar, TestCalendars.defaults());

    /** Monday 13.10.2025, no holiday near. */
    private static final LocalDate RECEIVED = LocalDate.of(2025, 10, 13);

    @Test
    void theTypesAreOfferedWithTheirGermanNamesInTheConfiguredOrder() {
        assertThat(triage.inquiryTypes()).extracting(InquiryType::key)
                .containsExactlyElementsOf(TestCalendars.defaultPeriods().keySet());
        assertThat(triage.inquiryTypes().get(1)).isEqualTo(new InquiryType("GROSSE_ANFRAGE", "Grosse Anfrage", "8 Wochen", false));
        assertThat(triage.inquiryTypes().get(0).standard()).isTrue();
    }

    @Test
    void anExplicitDateOnTheDayOfReceiptIsRefused() {
        assertThatThrownBy(() -> triage.plan(null, RECEIVED, RECEIVED, RECEIVED))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST))
                .hasMessageContaining("13.10.2025 ist der Tag des Eingangs");
        assertThat(triage.plan(null, RECEIVED.plusDays(1), RECEIVED, RECEIVED).finalDue()).isEqualTo(RECEIVED.plusDays(1));
    }

    @Test
    void anExplicitDateBeforeTheReceiptOrInThePastIsRefused() {
        assertThatThrownBy(() -> triage.plan(null, RECEIVED.minusDays(1), RECEIVED, RECEIVED))
                .hasMessageContaining("liegt vor dem Eingang der Anfrage am 13.10.2025");
        LocalDate today = RECEIVED.plusDays(10);
        assertThatThrownBy(() -> triage.plan("ANFRAGE", today.minusDays(1), RECEIVED, today))
                .hasMessageContaining("liegt in der Vergangenheit");
        assertThat(triage.plan(null, today, RECEIVED, today).finalDue()).isEqualTo(today);
    }

    @Test
    void withoutAnExplicitDateTheTypeDecides() {
        assertThat(triage.plan("GROSSE_ANFRAGE", null, RECEIVED, RECEIVED)).isEqualTo(calendar.plan("GROSSE_ANFRAGE", RECEIVED));
        assertThatThrownBy(() -> triage.plan("Eilanfrage", null, RECEIVED, RECEIVED)).hasMessageContaining("Eilanfrage");
    }

    @Test
    void aLateTriageWhoseTypeDeadlineHasPassedMustNameADate() {
        LocalDate typeDue = calendar.plan("ANFRAGE", RECEIVED).finalDue();
        assertThat(triage.plan("ANFRAGE", null, RECEIVED, typeDue).finalDue()).as("due today: still allowed").isEqualTo(typeDue);
        assertThatThrownBy(() -> triage.plan("ANFRAGE", null, RECEIVED, typeDue.plusDays(1)))
                .hasMessageContainingAll("ist schon vorbei", typeDue.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")))
                .hasMessageContaining("abweichende Frist");
        LocalDate later = calendar.addWorkingDays(typeDue, 10);
        assertThat(triage.plan("ANFRAGE", later, RECEIVED, typeDue.plusDays(1)).finalDue()).isEqualTo(later);
    }

    @Test
    void thePreviewShowsTheDatesTheTasksGetAndHowLongTheUnitsHave() {
        LocalDate today = RECEIVED.plusDays(1);
        DeadlinePreview preview = triage.preview("ANFRAGE", null, RECEIVED, today);

        Deadlines tasks = calendar.restagger(calendar.plan("ANFRAGE", RECEIVED), today);
        assertThat(preview.deadlines()).isEqualTo(tasks);
        assertThat(preview.from()).isEqualTo(today);
        assertThat(preview.answerDays()).isEqualTo(calendar.workingDaysBetween(today, tasks.step(Step.ANSWERS).due()));
        assertThat(preview.tooShort()).isEqualTo(preview.answerDays() < 3);
    }

    @Test
    void aDeadlineThatLeavesTooFewWorkingDaysIsWarnedAbout() {
        // two working days after receipt: the stagger is compressed, the answers are due the day after
        LocalDate due = calendar.addWorkingDays(RECEIVED, 2);
        DeadlinePreview preview = triage.preview(null, due, RECEIVED, RECEIVED);

        assertThat(preview.answerDays()).isEqualTo(calendar.workingDaysBetween(RECEIVED, preview.deadlines().step(Step.ANSWERS).due()));
        assertThat(preview.answerDays()).isLessThan(3);
        assertThat(preview.warning()).contains("nur " + preview.answerDays(), "mindestens 3");
        DeadlinePreview roomy = triage.preview("GROSSE_ANFRAGE", null, RECEIVED, RECEIVED);
        assertThat(roomy.tooShort()).isFalse();
        assertThat(roomy.warning()).isNull();
    }
}
