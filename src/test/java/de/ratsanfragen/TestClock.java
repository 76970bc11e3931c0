package de.ratsanfragen;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The service's clock in tests (the engine keeps its own, {@code ClockUtil}): the system's time, moved
 * forward by a test that needs time to pass instead of waiting for it. A test that moves it calls
 * {@link #reset()} when it is done. Unit tests use one that stands still ({@link #at(Instant)}).
 */
public final class TestClock extends Clock {

    /** Where time starts: {@code null} for the system's time. */
    private final Instant start;
    private volatile Duration offset = Duration.ZERO;

    /** The system's time, to be moved. */
    public TestClock() {
        this(null);
    }

    private TestClock(Instant start) {
        this.start = start;
    }

    /** A clock that stands still at {@code start} until it is moved (for tests without the service). */
    public static TestClock at(Instant start) {
        return new TestClock(start);
    }

    /** Lets {@code duration} pass at once. */
    public void move(Duration duration) {
        offset = offset.plus(duration);
    }

    /** Back to the system's time. */
    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return (start == null ? Instant.now() : start).plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    /** Puts it into the one test context, where the service's classes take a {@link Clock}. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Registration {

        @Bean
        TestClock testClock() {
            return new TestClock();
        }
    }
}
