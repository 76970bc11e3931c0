package de.ratsanfragen.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import de.ratsanfragen.deadline.DeadlineProperties.Period;
import de.ratsanfragen.deadline.DeadlineProperties.Stagger;
import de.ratsanfragen.platform.StartupProblem;

/** The defaults in application.yml bind, and every bad value stops the start naming its property. */
class DeadlinePropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(DeadlineProperties.class)
    static class PropertiesOnly {
    }

    /** application.yml of the service, and nothing else of the application. */
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(PropertiesOnly.class);

    @Test
    void theDefaultsInApplicationYmlBind() {
        runner.run(context -> {
            DeadlineProperties properties = context.getBean(DeadlineProperties.class);
            assertThat(properties.periods()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "ANFRAGE", new Period(2, PeriodUnit.WEEKS, "Anfrage"),
                    "GROSSE_ANFRAGE", new Period(8, PeriodUnit.WEEKS, "Große Anfrage"),
                    "KLEINE_ANFRAGE", new Period(14, PeriodUnit.CALENDAR_DAYS, "Kleine Anfrage")));
            assertThat(properties.defaultType()).isEqualTo("ANFRAGE");
            assertThat(properties.stagger()).isEqualTo(new Stagger(5, 3, 2, 1));
            assertThat(properties.reminderLeadDays()).isEqualTo(1);
            assertThat(properties.minimumAnswerDays()).isEqualTo(3);
        });
    }

    @Test
    void aTypeWithoutLabelIsNamedByItsKeyInWords() {
        DeadlineProperties properties = new DeadlineProperties(Map.of("grosse-anfrage", new Period(8, PeriodUnit.WEEKS, " "),
                "EIL_ANFRAGE", new Period(3, PeriodUnit.WORKING_DAYS, "Dringliche Anfrage")), "GROSSE_ANFRAGE",
                TestCalendars.defaultStagger(), 1, 3);

        assertThat(properties.periods().get("GROSSE_ANFRAGE").label()).isEqualTo("Grosse Anfrage");
        assertThat(properties.periods().get("EIL_ANFRAGE").label()).isEqualTo("Dringliche Anfrage");
    }

    @Test
    void theMinimumAnswerDaysAreCheckedAtStart() {
        assertStops(() -> new DeadlineProperties(TestCalendars.defaultPeriods(), "ANFRAGE", TestCalendars.defaultStagger(), 1, null),
                "„ratsanfragen.deadlines.minimum-answer-days“ fehlt");
        assertStops(() -> new DeadlineProperties(TestCalendars.defaultPeriods(), "ANFRAGE", TestCalendars.defaultStagger(), 1, -2),
                "„ratsanfragen.deadlines.minimum-answer-days“ ist -2");
        runner.withPropertyValues("ratsanfragen.deadlines.minimum-answer-days=-1").run(context ->
                assertThat(context).getFailure().rootCause().isInstanceOf(StartupProblem.class)
                        .hasMessageContaining("minimum-answer-days"));
    }

    @Test
    void aBadValueStopsTheStartNamingTheProperty() {
        runner.withPropertyValues("ratsanfragen.deadlines.stagger.sign-off=-1").run(context ->
                assertThat(context).getFailure().rootCause()
                        .isInstanceOf(StartupProblem.class)
                        .hasMessageContaining("„ratsanfragen.deadlines.stagger.sign-off“ ist -1"));
        runner.withPropertyValues("ratsanfragen.deadlines.periods[ANFRAGE].amount=0").run(context ->
                assertThat(context).getFailure().rootCause()
                        .isInstanceOf(StartupProblem.class)
                        .hasMessageContaining("„ratsanfragen.deadlines.periods[ANFRAGE].amount“ ist 0"));
    }

    @Test
    void missingValuesAreNamed() {
        assertStops(() -> new DeadlineProperties(null, "ANFRAGE", TestCalendars.defaultStagger(), 1, 3),
                "„ratsanfragen.deadlines.periods“ fehlt");
        assertStops(() -> new DeadlineProperties(Map.of("ANFRAGE", new Period(null, PeriodUnit.WEEKS, null)), "ANFRAGE",
                TestCalendars.defaultStagger(), 1, 3), "„ratsanfragen.deadlines.periods[ANFRAGE].amount“ fehlt");
        assertStops(() -> new DeadlineProperties(Map.of("ANFRAGE", new Period(2, null, null)), "ANFRAGE",
                TestCalendars.defaultStagger(), 1, 3), "„ratsanfragen.deadlines.periods[ANFRAGE].unit“ fehlt");
        assertStops(() -> new DeadlineProperties(TestCalendars.defaultPeriods(), " ", TestCalendars.defaultStagger(), 1, 3),
                "„ratsanfragen.deadlines.default-type“ fehlt");
        assertStops(() -> new DeadlineProperties(TestCalendars.defaultPeriods(), "ANFRAGE", null, 1, 3),
                "„ratsanfragen.deadlines.stagger“ fehlt");
        assertStops(() -> new DeadlineProperties(TestCalendars.defaultPeriods(), "ANFRAGE", new Stagger(5, 3, null, 1), 1, 3),
                "„ratsanfragen.deadlines.stagger.sign-off“ fehlt");
        assertStops(() -> new DeadlineProperties(TestCalendars.defaultPeriods(), "ANFRAGE", TestCalendars.defaultStagger(), null, 3),
                "„ratsanfragen.deadlines.reminder-lead-days“ fehlt");
    }

    @Test
    void negativeValuesAreNamed() {
        assertStops(() -> new DeadlineProperties(Map.of("ANFRAGE", new Period(-2, PeriodUnit.WEEKS, null)), "ANFRAGE",
                TestCalendars.defaultStagger(), 1, 3), "„ratsanfragen.deadlines.periods[ANFRAGE].amount“ ist -2");
        assertStops(() -> new DeadlineProperties(TestCalendars.defaultPeriods(), "ANFRAGE", new Stagger(5, 3, 2, -1), 1, 3),
                "„ratsanfragen.deadlines.stagger.approval“ ist -1");
        assertStops(() -> new DeadlineProperties(TestCalendars.defaultPeriods(), "ANFRAGE", TestCalendars.defaultStagger(), -1, 3),
                "„ratsanfragen.deadlines.reminder-lead-days“ ist -1");
    }

    @Test
    void stepsOutOfOrderAreNamed() {
        assertStops(() -> new DeadlineProperties(TestCalendars.defaultPeriods(), "ANFRAGE", new Stagger(5, 2, 2, 1), 1, 3),
                "„ratsanfragen.deadlines.stagger.consolidation“ (2) muss größer sein als „ratsanfragen.deadlines.stagger.sign-off“ (2)");
        assertStops(() -> new DeadlineProperties(TestCalendars.defaultPeriods(), "ANFRAGE", new Stagger(3, 5, 2, 1), 1, 3),
                "„ratsanfragen.deadlines.stagger.answers“ (3) muss größer sein als „ratsanfragen.deadlines.stagger.consolidation“ (5)");
    }

    @Test
    void anUnknownDefaultTypeIsNamed() {
        assertStops(() -> new DeadlineProperties(TestCalendars.defaultPeriods(), "Dringlich", TestCalendars.defaultStagger(), 1, 3),
                "„ratsanfragen.deadlines.default-type“ ist „DRINGLICH“");
    }

    private static void assertStops(ThrowingCallable creation, String message) {
        assertThatThrownBy(creation).isInstanceOf(StartupProblem.class).hasMessageContaining(message);
    }
}
