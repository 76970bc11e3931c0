package de.ratsanfragen.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's one clock: every "now" and "today" of the service comes from here, never from the
 * system directly. It reads the application's {@link Clock} bean — in the running service the
 * {@code engine} module's, which follows the process engine's clock, so that moving the engine's clock (as
 * tests do) moves every date the service computes with it; without a {@code Clock} bean, the system's.
 * "Today" is the council's date ({@link CouncilTime#ZONE}).
 */
public final class CouncilClock {

    private final Clock clock;

    /** A council clock reading {@code clock} (a unit test passes one that stands still). */
    public CouncilClock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** This moment. */
    public Instant now() {
        return clock.instant();
    }

    /** This moment in milliseconds since the epoch (for caches that count time themselves). */
    public long millis() {
        return clock.millis();
    }

    /** The council's date today. */
    public LocalDate today() {
        return LocalDate.ofInstant(now(), CouncilTime.ZONE);
    }

    /** The council's time zone. */
    public ZoneId zone() {
        return CouncilTime.ZONE;
    }

    /** The council clock of the running service. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        CouncilClock councilClock(ObjectProvider<Clock> clock) {
            return new CouncilClock(clock.getIfAvailable(Clock::systemUTC));
        }
    }
}
