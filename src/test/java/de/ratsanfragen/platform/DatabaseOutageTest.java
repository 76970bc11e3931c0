package de.ratsanfragen.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures mean "the database is out of reach" (503) and which stay errors of the service (500). */
class DatabaseOutageTest {

    @Test
    void aPoolWithoutConnectionsARefusedConnectionAndAServerShuttingDownAreOutages() {
        SQLTransientConnectionException poolTimedOut = new SQLTransientConnectionException(
                "embedded-postgres - Connection is not available, request timed out after 3000ms",
                new PSQLException("Connection to localhost:5432 refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                        new ConnectException("Connection refused")));

        assertThat(DatabaseOutage.causedBy(new CannotCreateTransactionException("Could not open JDBC Connection", poolTimedOut)))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new CannotGetJdbcConnectionException("no connection",
                new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE)))).isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("terminating connection due to "
                + "administrator command", "57P01")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("the database system is starting up",
                "57P03")))).isTrue();
        assertThat(DatabaseOutage.rootCause(poolTimedOut)).isEqualTo("java.net.ConnectException: Connection refused");
    }

    @Test
    void errorsOfTheServiceItselfAreNoOutage() {
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("value too long for type character "
                + "varying(4000)", "22001")))).isFalse();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("no state")))).isFalse();
    }

    @Test
    void theProblemIsGerman() {
        assertThat(DatabaseOutage.problemJson()).contains("\"status\":503", "\"title\":\"Datenbank nicht erreichbar\"",
                "Bitte versuchen Sie es in einigen Minuten noch einmal.");
    }
}
