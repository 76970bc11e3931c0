package de.ratsanfragen;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service's clock in tests: the engine's time ({@code ClockUtil}, which tests move to let days pass,
 * and which is the system's while nobody moved it), moved further forward by a test that needs time to pass
 * for the service alone instead of waiting for it. A test that moves it calls {@link #reset()} when it is
 * done. Unit tests use one that stands still ({@link #at(Instant)}).
 */
public final class TestClock extends Clock {

    /** Where time starts: {@code null} for the engine's time. */
    private final Instant start;
    private volatile Duration offset = Duration.ZERO;

    /** The engine's time, to be moved. */
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

    /** Back to the engine's time. */
    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return (start == null ? ClockUtil.getCurrentTime().toInstant() : start).plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    /**
     * Puts it into the one test context in place of the engine module's clock: the service's council
     * clock ({@code platform.CouncilClock}) and every class that takes a {@link Clock} read this one.
     */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Registration {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
