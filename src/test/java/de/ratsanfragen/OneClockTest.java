package de.ratsanfragen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import de.ratsanfragen.platform.CouncilClock;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

/**
 * "Now" and "today" come from one clock, {@link CouncilClock} (which follows the process engine's clock in
 * the running service): a class that reads the system's time itself would not move with the engine's
 * clock in a test, and would disagree with the engine about the date around midnight.
 */
class OneClockTest {

    /** Where reading the system's or the engine's time directly is the point: the clock itself. */
    private static final Set<String> THE_CLOCK = Set.of(CouncilClock.class.getName(), "de.ratsanfragen.engine.EngineClock");

    private static final Set<String> DATE_TYPES = Set.of(Instant.class.getName(), LocalDate.class.getName(),
            LocalDateTime.class.getName(), LocalTime.class.getName(), OffsetDateTime.class.getName(),
            ZonedDateTime.class.getName(), java.time.OffsetTime.class.getName(), java.time.Year.class.getName(),
            java.time.YearMonth.class.getName(), java.time.MonthDay.class.getName());

    private static final DescribedPredicate<JavaCall<?>> READS_THE_TIME = new DescribedPredicate<>(
            "read the system's or the engine's time (X.now(), new Date(), Clock.systemUTC()/systemDefaultZone(), "
                    + "System.currentTimeMillis(), ClockUtil.getCurrentTime()/now())") {
        @Override
        public boolean test(JavaCall<?> call) {
            String owner = call.getTarget().getOwner().getName();
            String name = call.getTarget().getName();
            List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
            boolean withItsOwnClock = parameters.size() == 1 && parameters.get(0).isEquivalentTo(Clock.class);
            return DATE_TYPES.contains(owner) && "now".equals(name) && !withItsOwnClock
                    || Date.class.getName().equals(owner) && com.tngtech.archunit.core.domain.JavaConstructor.CONSTRUCTOR_NAME.equals(name) && parameters.isEmpty()
                    || Clock.class.getName().equals(owner) && ("systemUTC".equals(name) || "systemDefaultZone".equals(name))
                    || System.class.getName().equals(owner) && "currentTimeMillis".equals(name)
                    || ClockUtil.class.getName().equals(owner) && ("getCurrentTime".equals(name) || "now".equals(name));
        }
    };

    private static final ArchRule ONE_CLOCK = noClasses()
            .that(new DescribedPredicate<JavaClass>("are not the clock itself") {
                @Override
                public boolean test(JavaClass type) {
                    return !THE_CLOCK.contains(type.getName());
                }
            })
            .should().callCodeUnitWhere(READS_THE_TIME)
            .because("now and today come from platform.CouncilClock, which follows the engine's clock");

    /** The rule excludes nothing but the clock itself. */
    @Test
    void nothingButTheCouncilClockReadsTheTime() {
        ONE_CLOCK.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("de.ratsanfragen"));
    }

    @Test
    void everyWayOfReadingTheTimeIsCaught() {
        assertThat(ONE_CLOCK.evaluate(new ClassFileImporter().importClasses(ReadsTheTime.class)).getFailureReport().getDetails())
                .hasSize(7);
        assertThat(ONE_CLOCK.evaluate(new ClassFileImporter().importClasses(AsksTheCouncilClock.class)).hasViolation()).isFalse();
    }

    /** Every way the rule catches. */
    static final class ReadsTheTime {

        List<Object> times() {
            return List.of(LocalDate.now(), LocalDate.now(ZoneId.of("Europe/Berlin")), Instant.now(), new Date(),
                    Clock.systemUTC(), Clock.systemDefaultZone(), ClockUtil.getCurrentTime());
        }
    }

    /** What every class does instead. */
    static final class AsksTheCouncilClock {

        List<Object> times(CouncilClock clock) {
            return List.of(clock.now(), clock.today(), LocalDate.now(Clock.fixed(clock.now(), clock.zone())), new Date(0));
        }
    }
}
