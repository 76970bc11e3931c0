package de.ratsanfragen.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which embedded PostgreSQL server the service started, so that the next start can clean up after a
 * service that was killed ({@code kill -9}, a crashed JVM): the embedded server runs as a daemon of its own
 * and outlives the service, and a new server cannot start on the same data directory while it runs.
 * <p>
 * After every start the service records in the data directory ({@value #RECORD}) the postmaster's PID and
 * start time as PostgreSQL wrote them into {@code postmaster.pid}, and its own PID and start time. Before a
 * start, a server that runs on the directory (its {@code postmaster.pid} names a live {@code postgres}
 * process started at the time written there) is
 * <ul>
 *   <li>stopped (fast shutdown: sessions end, everything committed is kept) when the record names exactly
 *       this server and the service that started it is gone — the orphan of a killed service;</li>
 *   <li>left running, and the start refused, when that service still runs, or when the record does not name
 *       this server: the service never touches a server it did not start.</li>
 * </ul>
 * A {@code postmaster.pid} whose process is gone is PostgreSQL's own business (it takes the directory over).
 */
final class EmbeddedServerOwnership {

    static final String RECORD = "ratsanfragen-server.properties";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedServerOwnership.class);
    /** PostgreSQL writes its start time in whole seconds; the process's start instant is read from the system. */
    private static final Duration SAME_START = Duration.ofSeconds(5);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private EmbeddedServerOwnership() {
    }

    /** Before the embedded server starts: stops the orphan of a killed service, refuses to touch anything else. */
    static void stopOrphanedServer(Path dataDirectory) {
        Optional<Properties> pidFile = postmasterPid(dataDirectory);
        Optional<ProcessHandle> postmaster = pidFile.flatMap(EmbeddedServerOwnership::runningPostmaster);
        if (postmaster.isEmpty()) {
            return;
        }
        long pid = postmaster.get().pid();
        Properties record = read(dataDirectory.resolve(RECORD));
        boolean ours = pidFile.get().equals(without(record, "service.pid", "service.started"));
        String where = dataDirectory.toAbsolutePath().toString();
        if (!ours) {
            throw new StartupProblem("Im Datenverzeichnis " + where + " läuft bereits ein PostgreSQL-Server (PID " + pid
                    + "), den ratsanfragen nicht gestartet hat. Er bleibt unangetastet.",
                    "Beenden Sie diesen Server selbst oder wählen Sie mit RATSANFRAGEN_EMBEDDED_DATABASE_DATA_DIRECTORY ein "
                            + "anderes Datenverzeichnis.");
        }
        Optional<ProcessHandle> service = liveService(record);
        if (service.isPresent()) {
            throw new StartupProblem("Die eingebettete Datenbank in " + where + " gehört einem laufenden ratsanfragen-Dienst (PID "
                    + service.get().pid() + ").", "Beenden Sie diesen Dienst oder wählen Sie mit "
                    + "RATSANFRAGEN_EMBEDDED_DATABASE_DATA_DIRECTORY ein anderes Datenverzeichnis.");
        }
        log.warn("Die eingebettete PostgreSQL-Datenbank in {} (PID {}) läuft noch von einem beendeten Dienst (PID {}); sie wird "
                + "angehalten und neu gestartet", where, pid, record.getProperty("service.pid"));
        stop(postmaster.get(), where);
    }

    /** After the embedded server started: records it as this service's (without a record a later start refuses to stop it). */
    static void recordStart(Path dataDirectory) {
        Optional<Properties> pidFile = postmasterPid(dataDirectory);
        if (pidFile.isEmpty()) {
            log.warn("Kein postmaster.pid in {}: nach einem Absturz des Dienstes hält der nächste Start die Datenbank nicht selbst an",
                    dataDirectory.toAbsolutePath());
            return;
        }
        Properties record = pidFile.get();
        ProcessHandle self = ProcessHandle.current();
        record.setProperty("service.pid", Long.toString(self.pid()));
        record.setProperty("service.started", self.info().startInstant().map(Instant::toString).orElse(""));
        try (Writer out = Files.newBufferedWriter(dataDirectory.resolve(RECORD), StandardCharsets.UTF_8)) {
            record.store(out, "ratsanfragen: this PostgreSQL server was started by this service; once the service is gone, "
                    + "its next start stops the server");
        } catch (IOException e) {
            log.warn("{} nicht geschrieben ({}): nach einem Absturz des Dienstes hält der nächste Start die Datenbank nicht selbst an",
                    dataDirectory.resolve(RECORD).toAbsolutePath(), e.toString());
        }
    }

    /** The live postmaster named by {@code postmaster.pid}: a postgres process that started when the file says. */
    private static Optional<ProcessHandle> runningPostmaster(Properties pidFile) {
        return ProcessHandle.of(Long.parseLong(pidFile.getProperty("postmaster.pid")))
                .filter(process -> process.info().command().map(Path::of).map(Path::getFileName).map(Path::toString)
                        .filter(name -> name.startsWith("postgres")).isPresent())
                .filter(process -> startedAt(process, Instant.ofEpochSecond(Long.parseLong(pidFile.getProperty("postmaster.started")))));
    }

    /** PID (first line) and start time (third line, seconds since 1970) from PostgreSQL's lock file. */
    private static Optional<Properties> postmasterPid(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"), StandardCharsets.UTF_8);
            Properties values = new Properties();
            values.setProperty("postmaster.pid", Long.toString(Long.parseLong(lines.get(0).strip())));
            values.setProperty("postmaster.started", Long.toString(Long.parseLong(lines.get(2).strip())));
            return Optional.of(values);
        } catch (IOException | RuntimeException e) {
            // no server, or a file being written or left half: nothing that could be stopped safely
            return Optional.empty();
        }
    }

    /** The service named in the record, if it still runs (same PID, same start; without a start time: any process of that PID). */
    private static Optional<ProcessHandle> liveService(Properties record) {
        String pid = record.getProperty("service.pid", "");
        String started = record.getProperty("service.started", "");
        if (!pid.matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(pid)).filter(process -> started.isEmpty() || startedAt(process, Instant.parse(started)));
    }

    private static Properties without(Properties values, String... keys) {
        Properties rest = new Properties();
        rest.putAll(values);
        for (String key : keys) {
            rest.remove(key);
        }
        return rest;
    }

    private static boolean startedAt(ProcessHandle process, Instant started) {
        return process.isAlive() && process.info().startInstant()
                .filter(instant -> Duration.between(instant, started).abs().compareTo(SAME_START) <= 0).isPresent();
    }

    /** Fast shutdown with the server's own {@code pg_ctl}, as zonky starts it (in a user namespace when root). */
    private static void stop(ProcessHandle postmaster, String where) {
        Path pgCtl = Path.of(postmaster.info().command().orElseThrow()).resolveSibling(
                System.getProperty("os.name", "").startsWith("Windows") ? "pg_ctl.exe" : "pg_ctl");
        List<String> command = new ArrayList<>();
        if (ProcessHandle.current().info().user().filter("root"::equals).isPresent()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(pgCtl.toString(), "kill", "INT", Long.toString(postmaster.pid())));
        try {
            Process signal = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(signal.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (signal.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + ": " + output);
            }
            postmaster.onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (IOException | ExecutionException | TimeoutException e) {
            throw new StartupProblem("Die verwaiste PostgreSQL-Datenbank in " + where + " (PID " + postmaster.pid()
                    + ") konnte nicht angehalten werden: " + e.getMessage(),
                    "Beenden Sie den Prozess " + postmaster.pid() + " selbst und starten Sie den Dienst erneut.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupProblem("Der Start wurde unterbrochen, während die verwaiste Datenbank in " + where + " anhielt.",
                    "Starten Sie den Dienst erneut.");
        }
        log.info("Verwaiste PostgreSQL-Datenbank in {} (PID {}) angehalten", where, postmaster.pid());
    }

    private static Properties read(Path file) {
        Properties values = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return values;
    }
}
