package de.ratsanfragen.monitoring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param soonWorkingDays an inquiry due within this many working days is „bald fällig“ (yellow)
 */
@ConfigurationProperties("ratsanfragen.monitoring")
record MonitoringProperties(Integer soonWorkingDays) {

    MonitoringProperties {
        soonWorkingDays = soonWorkingDays == null ? 3 : soonWorkingDays;
        if (soonWorkingDays < 0) {
            throw new IllegalArgumentException("ratsanfragen.monitoring.soon-working-days darf nicht negativ sein, ist " + soonWorkingDays);
        }
    }
}
