package de.ratsanfragen.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import javax.sql.DataSource;

import de.ratsanfragen.ServiceTestSupport;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Without a configured datasource the service runs on a real, embedded PostgreSQL 17. */
class EmbeddedDatabaseTest extends ServiceTestSupport {

    @Autowired
    DataSource dataSource;
    @Autowired
    EmbeddedPostgres embeddedPostgres;

    @Test
    void runsOnPostgreSql17InTheConfiguredDirectory() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        assertThat(jdbc.queryForObject("show server_version_num", Integer.class)).isBetween(170000, 179999);
        assertThat(jdbc.queryForObject("select current_database()", String.class)).isEqualTo("ratsanfragen");
        assertThat(jdbc.queryForObject("show server_encoding", String.class)).isEqualTo("UTF8");
        assertThat(Files.exists(dataDirectory().resolve("PG_VERSION"))).isTrue();
        assertThat(jdbc.queryForObject("show data_directory", String.class))
                .isEqualTo(dataDirectory().toAbsolutePath().toString());
    }

    @Test
    void flywayOwnsTheServiceSchemaAndCamundaItsTables() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        assertThat(jdbc.queryForList("select version from ratsanfragen.flyway_schema_history where success", String.class))
                .contains("1");
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables "
                + "where table_schema = 'public' and table_name = 'act_ru_task'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables "
                + "where table_schema = 'ratsanfragen' and table_name like 'act_%'", Integer.class)).isZero();
    }
}
