package de.ratsanfragen.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;

import de.ratsanfragen.PostgresServer;
import de.ratsanfragen.ServiceInThisJvm;
import de.ratsanfragen.ServiceProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.spring.boot.starter.webapp.filter.FailedStartCleanup;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL outlives a service that is killed ({@code kill -9}): it runs as a daemon of its own.
 * The next start stops that orphan and comes up with the data, but never stops a server it did not start
 * or one whose service still runs.
 */
class EmbeddedDatabaseOrphanIT {

    private static final Path FOLDER = Path.of("target", "orphan-it").toAbsolutePath();

    @Test
    void afterTheServiceWasKilledTheNextStartStopsTheOrphanedDatabaseAndComesUpWithItsData() throws Exception {
        Path data = FOLDER.resolve("postgres-" + System.nanoTime());
        String dataArgument = "--ratsanfragen.embedded-database.data-directory=" + data;
        ServiceProcess first = ServiceProcess.start(FOLDER.resolve("first.log"), dataArgument);
        ServiceProcess second = null;
        try {
            String id = first.http().json("gruene", "POST", "/api/inquiries",
                    "{\"title\": \"Überlebt den Absturz\", \"items\": [{\"text\": \"Bleibt sie?\", \"routing\": \"V: D01/ A11\"}]}")
                    .path("id").asText();
            long orphan = PostgresServer.postmasterPid(data);
            first.kill();
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("PostgreSQL outlives the killed service")
                    .contains(true);

            second = ServiceProcess.start(FOLDER.resolve("second.log"), dataArgument);

            assertThat(second.http().json("gruene", "GET", "/api/inquiries/" + id, null).path("title").asText())
                    .isEqualTo("Überlebt den Absturz");
            assertThat(ProcessHandle.of(orphan)).as("the orphan was stopped").isEmpty();
            assertThat(Files.readString(second.log())).contains("läuft noch von einem beendeten Dienst");
            second.stop();
            assertThat(data.resolve("postmaster.pid")).as("the database stopped with the service").doesNotExist();
        } finally {
            first.kill();
            if (second != null) {
                second.kill();
            }
            killWhatRunsIn(data);
        }
    }

    @Test
    void aServerTheServiceDidNotStartIsLeftRunningAndTheStartRefused() throws Exception {
        Path data = FOLDER.resolve("foreign-" + System.nanoTime());
        try (EmbeddedPostgres foreign = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start()) {
            long pid = PostgresServer.postmasterPid(data);

            assertThat(refusedStart(data)).contains("läuft bereits ein PostgreSQL-Server (PID " + pid
                    + "), den ratsanfragen nicht gestartet hat. Er bleibt unangetastet.");
            assertThat(answers(foreign)).as("the foreign server still answers").isTrue();
            assertThat(PostgresServer.postmasterPid(data)).isEqualTo(pid);
        }
    }

    @Test
    void aServerOfAServiceThatStillRunsIsLeftRunningAndTheStartRefused() throws Exception {
        Path data = FOLDER.resolve("running-" + System.nanoTime());
        try (EmbeddedPostgres running = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start()) {
            // recorded as started by this JVM, which runs on: a second service on the same directory
            EmbeddedServerOwnership.recordStart(data);

            assertThat(refusedStart(data)).contains("gehört einem laufenden ratsanfragen-Dienst (PID "
                    + ProcessHandle.current().pid() + ")");
            assertThat(answers(running)).isTrue();
        }
    }

    /** Starts the service in this JVM on that directory; returns the German reason it refused to start. */
    private static String refusedStart(Path data) {
        try {
            Throwable refused = catchThrowable(() -> ServiceInThisJvm.start("--ratsanfragen.embedded-database.data-directory=" + data)
                    .close());
            assertThat(refused).as("the start was refused").isNotNull();
            Throwable problem = refused;
            while (problem != null && !(problem instanceof StartupProblem)) {
                problem = problem.getCause();
            }
            assertThat(problem).as("a German start-up problem in %s", refused).isNotNull();
            return problem.getMessage();
        } finally {
            FailedStartCleanup.forgetFailedContext();
        }
    }

    private static boolean answers(EmbeddedPostgres server) throws Exception {
        try (Connection connection = server.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select 1")) {
            return result.next();
        }
    }

    /** Leaves no server behind when a test failed half-way. */
    private static void killWhatRunsIn(Path data) throws Exception {
        Optional<Long> pid = Files.exists(data.resolve("postmaster.pid")) ? Optional.of(PostgresServer.postmasterPid(data))
                : Optional.empty();
        if (pid.isPresent() && ProcessHandle.of(pid.get()).filter(process -> process.info().command().orElse("").endsWith("postgres"))
                .isPresent()) {
            PostgresServer.runningIn(data).kill();
        }
    }
}
