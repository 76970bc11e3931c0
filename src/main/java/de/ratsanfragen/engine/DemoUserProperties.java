package de.ratsanfragen.engine;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled  one demo user per unit (its code in lower case) is created — only on the
 *                 embedded default, where this is switched on automatically
 * @param password their common password
 */
@ConfigurationProperties("ratsanfragen.demo-users")
record DemoUserProperties(boolean enabled, String password) {

    DemoUserProperties {
        if (password == null || password.isBlank()) {
            password = "demo";
        }
    }
}
