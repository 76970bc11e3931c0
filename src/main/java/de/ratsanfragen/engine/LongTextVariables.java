package de.ratsanfragen.engine;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Camunda keeps string variables in {@code varchar(4000)} columns; an answer of a department is often
 * longer, and a form submits it as a string. On PostgreSQL the value columns are widened to
 * {@code text} once, after the engine has created its schema (PostgreSQL needs no other change, the
 * engine's mappings keep working). Idempotent: a column already of type text is left alone.
 */
@Component
class LongTextVariables implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(LongTextVariables.class);
    private static final List<String> TABLES = List.of("act_ru_variable", "act_hi_varinst", "act_hi_detail");

    private final JdbcTemplate jdbc;

    LongTextVariables(JdbcTemplate jdbc, ProcessEngine engineMustExistFirst) {
        this.jdbc = jdbc;
    }

    /**
     * Each table is looked up the way the engine's unqualified SQL finds it: by the connection's search
     * path ({@code to_regclass}), not in {@code current_schema()} — for a role named like the service's
     * Flyway schema that schema comes first in the search path once Flyway has created it, while the
     * engine's tables stay where it created them. The name the lookup returns is quoted by PostgreSQL.
     */
    @Override
    public void afterSingletonsInstantiated() {
        for (String table : TABLES) {
            List<String> found = jdbc.query("select t.regclass::text, format_type(a.atttypid, a.atttypmod) "
                            + "from (select to_regclass(?) as regclass) t join pg_attribute a on a.attrelid = t.regclass "
                            + "where a.attname = 'text_' and format_type(a.atttypid, a.atttypmod) like 'character varying%'",
                    (rs, row) -> rs.getString(1), table);
            for (String qualified : found) {
                jdbc.execute("alter table " + qualified + " alter column text_ type text");
                log.info("Spalte {}.text_ für lange Antworten auf den Typ text erweitert", qualified);
            }
        }
    }
}
