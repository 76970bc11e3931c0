package de.ratsanfragen.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The database is out of reach (stopped, restarting, crashed, unreachable over the network): every part of
 * the service answers such a request alike — 503 with a German problem, quickly (the connection pool waits
 * {@code spring.datasource.hikari.connection-timeout} for a connection, not 30 seconds) — and recovers on
 * its own when the database is back, because the pool opens new connections.
 * <p>
 * Recognised by the cause chain: the pool found no connection ({@link SQLTransientConnectionException}),
 * the driver could not connect or lost the connection ({@link SQLNonTransientConnectionException}, SQLSTATE
 * class 08), or the server is shutting down or still recovering (57P01, 57P02, 57P03).
 */
public final class DatabaseOutage {

    public static final String TITLE = "Datenbank nicht erreichbar";
    public static final String DETAIL = "Der Dienst erreicht seine Datenbank gerade nicht. Bitte versuchen Sie es in einigen "
            + "Minuten noch einmal.";
    /** Seconds a client is asked to wait before it tries again ({@code Retry-After}). */
    public static final int RETRY_AFTER_SECONDS = 30;

    private static final Set<String> SERVER_NOT_AVAILABLE = Set.of("57P01", "57P02", "57P03");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The problem as RFC 9457 names its fields (what Spring's problem details write, without {@code instance}). */
    private record Problem(String type, String title, int status, String detail) {
    }

    private DatabaseOutage() {
    }

    /** Whether this exception, or one of its causes, says that the database cannot be reached. */
    public static boolean causedBy(Throwable exception) {
        return Causes.first(exception, current -> current instanceof SQLTransientConnectionException
                || current instanceof SQLNonTransientConnectionException
                || current instanceof SQLException sql && sql.getSQLState() != null
                        && (sql.getSQLState().startsWith("08") || SERVER_NOT_AVAILABLE.contains(sql.getSQLState()))) != null;
    }

    /** The innermost cause, for a log line that says what happened without a stack trace. */
    public static String rootCause(Throwable exception) {
        Throwable root = Causes.first(exception, current -> current.getCause() == null || current.getCause() == current);
        return (root == null ? exception : root).toString();
    }

    /** The answer as {@code application/problem+json}, for code that writes its answer without Spring (JAX-RS). */
    public static String problemJson() {
        try {
            return JSON.writeValueAsString(new Problem("about:blank", TITLE, 503, DETAIL));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
