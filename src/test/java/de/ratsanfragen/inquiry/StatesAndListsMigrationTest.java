package de.ratsanfragen.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import de.ratsanfragen.ServiceTestSupport;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V12 turns the comma-joined holders, answering units and notice items of a database written before it into
 * arrays, and limits the states to those of {@link InquiryState} and {@link ItemState}. Run on a database of
 * its own on the embedded server: migrated to V11, filled as the service then wrote it, migrated on.
 */
class StatesAndListsMigrationTest extends ServiceTestSupport {

    @Autowired
    private DataSource dataSource;
    @Autowired
    private JdbcClient jdbc;

    private DriverManagerDataSource freshDatabase() {
        String name = "migration_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("create database " + name).update();
        HikariDataSource service;
        try {
            service = dataSource.unwrap(HikariDataSource.class);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        String url = service.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        return new DriverManagerDataSource(url, service.getUsername(), service.getPassword());
    }

    private static Flyway flyway(DataSource database, String target) {
        return Flyway.configure().dataSource(database).schemas("ratsanfragen").defaultSchema("ratsanfragen")
                .locations("classpath:db/migration").target(target).load();
    }

    @Test
    void joinedListsBecomeArraysAndUnknownStatesAreRefused() {
        DriverManagerDataSource database = freshDatabase();
        flyway(database, "11").migrate();
        JdbcClient old = JdbcClient.create(database);
        UUID id = UUID.randomUUID();
        old.sql("""
                        insert into ratsanfragen.inquiry (id, reference, title, faction, received_at, submitted_by, state, format)
                        values (:id, 'ANF-2025-0007', 'Vor der Umstellung', 'GRUENE', now(), 'gruene', 'IN_SIGN_OFF', 'JSON')""")
                .param("id", id).update();
        old.sql("""
                        insert into ratsanfragen.inquiry_item (inquiry_id, number, kind, text, state, holder, answer, answered_by)
                        values (:id, 1, 'QUESTION', 'Erste?', 'IN_SIGN_OFF', 'D01, D03', 'Ja.', 'D01/A11, D03/A32'),
                               (:id, 2, 'QUESTION', 'Zweite?', 'IN_PROGRESS', 'A11', null, null),
                               (:id, 3, 'QUESTION', 'Dritte?', 'NEW', null, null, null)""")
                .param("id", id).update();
        old.sql("""
                        insert into ratsanfragen.deadline_notice (task_id, kind, due_at, inquiry_id, unit, items, noticed_at)
                        values ('t1', 'ESCALATION', now(), :id, 'D01', '1,2', now()), ('t2', 'REMINDER', now(), :id, 'OB', '', now())""")
                .param("id", id).update();

        flyway(database, "latest").migrate();

        List<Map<String, Object>> items = old.sql("""
                        select number, array_to_string(holders, '|') as holders, array_to_string(answered_by, '|') as answered_by
                        from ratsanfragen.inquiry_item order by number""").query().listOfRows();
        assertThat(items).extracting(row -> row.get("holders")).containsExactly("D01|D03", "A11", "");
        assertThat(items).extracting(row -> row.get("answered_by")).containsExactly("D01/A11|D03/A32", null, null);
        assertThat(old.sql("select array_to_string(items, '|') from ratsanfragen.deadline_notice order by task_id")
                .query(String.class).list()).containsExactly("1|2", "");
        assertThatThrownBy(() -> old.sql("update ratsanfragen.inquiry set state = 'ARCHIVED'").update())
                .hasMessageContaining("inquiry_state_check");
        assertThatThrownBy(() -> old.sql("update ratsanfragen.inquiry_item set state = 'LOST'").update())
                .hasMessageContaining("inquiry_item_state_check");
    }

    @Test
    void theDatabaseAllowsExactlyTheStatesTheEnumsDefine() {
        assertThat(allowed("inquiry_state_check")).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(InquiryState.values()).map(Enum::name).toList());
        assertThat(allowed("inquiry_item_state_check")).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ItemState.values()).map(Enum::name).toList());
    }

    /** The quoted values of a check constraint, as PostgreSQL reads it back. */
    private List<String> allowed(String constraint) {
        String definition = jdbc.sql("select pg_get_constraintdef(oid) from pg_constraint where conname = :name")
                .param("name", constraint).query(String.class).single();
        return java.util.regex.Pattern.compile("'([A-Z_]+)'").matcher(definition).results().map(match -> match.group(1)).toList();
    }
}
