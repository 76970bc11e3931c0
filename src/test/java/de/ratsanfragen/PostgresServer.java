package de.ratsanfragen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server seen from outside, found by the {@code postmaster.pid} in its data directory: its
 * processes killed as in a crash ({@code kill -9} of the postmaster and all its children at once), and the
 * postmaster started again with the command line it ran with — same data directory, port and settings.
 * As root the server runs in a user namespace ({@code unshare -U}), as zonky starts it.
 */
public record PostgresServer(Path dataDirectory, long pid, List<String> commandLine) {

    public static PostgresServer runningIn(Path dataDirectory) {
        long pid = postmasterPid(dataDirectory);
        ProcessHandle postmaster = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException("no postmaster " + pid + " for " + dataDirectory));
        List<String> command = new ArrayList<>();
        command.add(postmaster.info().command().orElseThrow());
        command.addAll(List.of(postmaster.info().arguments().orElseThrow()));
        return new PostgresServer(dataDirectory, pid, command);
    }

    /** The PID in the data directory's {@code postmaster.pid}. */
    public static long postmasterPid(Path dataDirectory) {
        try {
            return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isRunning() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** SIGKILL to the postmaster and every child at once (WAL writer, checkpointer, backends): nothing is flushed. */
    public void kill() throws Exception {
        List<ProcessHandle> processes = new ArrayList<>();
        ProcessHandle.of(pid).ifPresent(postmaster -> {
            processes.addAll(postmaster.descendants().toList());
            processes.add(postmaster);
        });
        processes.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : processes) {
            process.onExit().get(10, TimeUnit.SECONDS);
        }
    }

    /** Starts the postmaster again as it ran before and waits until it accepts connections (after crash recovery). */
    public PostgresServer startAgain(Path log) throws Exception {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(commandLine);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("postgres ended at once, see " + log);
            }
            if (readyIn(dataDirectory, process.pid())) {
                return new PostgresServer(dataDirectory, process.pid(), commandLine);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("postgres did not become ready, see " + log);
    }

    /** PostgreSQL writes "ready" into its {@code postmaster.pid} once it accepts connections. */
    private static boolean readyIn(Path dataDirectory, long pid) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            return lines.size() >= 8 && lines.get(0).strip().equals(Long.toString(pid)) && lines.get(7).strip().equals("ready");
        } catch (IOException e) {
            return false;
        }
    }
}
