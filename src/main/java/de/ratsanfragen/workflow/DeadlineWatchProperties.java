package de.ratsanfragen.workflow;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The deadline watch: how often it looks for tasks whose follow-up or due date has passed.
 *
 * @param enabled  {@code false} stops the periodic watch (tests start it themselves)
 * @param interval time between two looks; a reminder or escalation goes out at most this late
 */
@ConfigurationProperties("ratsanfragen.deadline-watch")
record DeadlineWatchProperties(Boolean enabled, Duration interval) {

    DeadlineWatchProperties {
        enabled = enabled == null || enabled;
        interval = interval == null ? Duration.ofMinutes(5) : interval;
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("ratsanfragen.deadline-watch.interval muss positiv sein, ist " + interval);
        }
    }
}
