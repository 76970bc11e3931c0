package de.ratsanfragen.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The process engine's clock ({@link ClockUtil}, which decides timers, due dates and {@code ${now()}})
 * as the service's {@link Clock}, read by {@code platform.CouncilClock}: the service and the engine
 * agree on "now", and a test that moves the engine's clock moves every date of the service too. The
 * engine's clock counts milliseconds; while nobody has moved it, the system's finer time is given, so
 * that nothing the service stamps loses precision.
 */
@Component
final class EngineClock extends Clock {

    private static final Clock SYSTEM = Clock.systemUTC();

    private final ZoneId zone;

    EngineClock() {
        this(ZoneOffset.UTC);
    }

    private EngineClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public Instant instant() {
        Instant systemTime = SYSTEM.instant();
        long engineTime = ClockUtil.getCurrentTime().getTime();
        // the same millisecond: the engine's clock is the system's; else it was moved (or the millisecond
        // turned between the two readings) and its own time counts
        return engineTime == systemTime.toEpochMilli() ? systemTime : Instant.ofEpochMilli(engineTime);
    }

    @Override
    public long millis() {
        return ClockUtil.getCurrentTime().getTime();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : new EngineClock(other);
    }
}
