package de.ratsanfragen;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The service in a JVM of its own, started as an operator starts it ({@code java … RatsanfragenApplication})
 * on the test's class path, so that a test can kill it like a crash ({@code kill -9}) or stop it like an
 * operator ({@code SIGTERM}). Its output goes to a log file.
 */
public record ServiceProcess(Process process, Path log, ServiceHttp http) {

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final long START_SECONDS = 180;

    /** Starts the service and waits until it is ready ({@code /actuator/health/readiness} UP). */
    public static ServiceProcess start(Path log, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", testClassPath(),
                RatsanfragenApplication.class.getName(), "--server.port=0"));
        command.addAll(List.of(arguments));
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        ServiceHttp http = null;
        while (System.nanoTime() < until && process.isAlive()) {
            if (http == null) {
                Matcher port = PORT.matcher(Files.readString(log, StandardCharsets.UTF_8));
                http = port.find() ? new ServiceHttp(Integer.parseInt(port.group(1)), Map.of()) : null;
            } else if (ready(http)) {
                return new ServiceProcess(process, log, http);
            }
            Thread.sleep(250);
        }
        process.destroyForcibly().waitFor();
        throw new AssertionError("the service did not become ready (exit " + process.exitValue() + "):\n" + tail(log));
    }

    /** The test's class path without empty entries (failsafe ends it with one, which would add the working directory). */
    private static String testClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).filter(entry -> !entry.isBlank())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static boolean ready(ServiceHttp http) {
        try {
            return "UP".equals(http.readiness());
        } catch (Exception notYet) {
            return false;
        }
    }

    /** {@code kill -9}: the JVM ends at once, nothing of the service's shutdown runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** {@code SIGTERM}, as an operator or a container runtime stops the service: Spring closes the context. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    public static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
