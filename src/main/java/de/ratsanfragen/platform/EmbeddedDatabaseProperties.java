package de.ratsanfragen.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL that runs when no datasource is configured.
 *
 * @param enabled       set automatically: true exactly when {@code spring.datasource.url} is not set
 * @param dataDirectory where the database files live between runs
 * @param database      the database the service uses inside the embedded server
 * @param port          fixed port, or 0 for a free one
 */
@ConfigurationProperties("ratsanfragen.embedded-database")
record EmbeddedDatabaseProperties(boolean enabled, Path dataDirectory, String database, int port) {

    public EmbeddedDatabaseProperties {
        if (dataDirectory == null) {
            dataDirectory = Path.of("data", "postgres");
        }
        if (database == null || database.isBlank()) {
            database = "ratsanfragen";
        }
    }
}
