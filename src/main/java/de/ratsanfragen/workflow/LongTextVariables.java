package de.ratsanfragen.workflow;

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

    @Override
    public void afterSingletonsInstantiated() {
        for (String table : TABLES) {
            String type = jdbc.query("select data_type from information_schema.columns where table_schema = current_schema() "
                            + "and table_name = ? and column_name = 'text_'",
                    rs -> rs.next() ? rs.getString(1) : null, table);
            if ("character varying".equals(type)) {
                jdbc.execute("alter table " + table + " alter column text_ type text");
                log.info("Spalte {}.text_ für lange Antworten auf den Typ text erweitert", table);
            }
        }
    }
}
