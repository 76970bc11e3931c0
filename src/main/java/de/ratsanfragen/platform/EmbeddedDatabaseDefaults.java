package de.ratsanfragen.platform;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Decides once, before anything else is configured, whether the service runs on its embedded
 * default: that is the case exactly when no {@code spring.datasource.url} is configured. The
 * embedded default then switches on the embedded PostgreSQL, the demo users and the demo admin, and
 * binds the server to 127.0.0.1;
 * every other part of the service only reads these properties.
 *
 * <p>The defaults are added with the lowest precedence, so anything configured explicitly wins.
 */
public class EmbeddedDatabaseDefaults implements EnvironmentPostProcessor {

    static final String PROPERTY_SOURCE_NAME = "ratsanfragenEmbeddedDefaults";
    public static final String EMBEDDED_ENABLED = "ratsanfragen.embedded-database.enabled";
    public static final String DEMO_USERS_ENABLED = "ratsanfragen.demo-users.enabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean embedded = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put(EMBEDDED_ENABLED, embedded);
        defaults.put(DEMO_USERS_ENABLED, embedded);
        if (embedded) {
            // demo users with known passwords: reachable from this machine only, unless configured otherwise
            defaults.put("server.address", "127.0.0.1");
            defaults.put("camunda.bpm.admin-user.id", "admin");
            defaults.put("camunda.bpm.admin-user.password", "demo");
            defaults.put("camunda.bpm.admin-user.first-name", "Demo");
            defaults.put("camunda.bpm.admin-user.last-name", "Administrator");
        }
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, defaults));
    }
}
