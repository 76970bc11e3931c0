package de.ratsanfragen.bench;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import de.ratsanfragen.RatsanfragenApplication;
import de.ratsanfragen.SeedFiles;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Import budget (issue 3): preview and import of the Erfurt seed ≤ 200 ms, of the Jena report
 * ≤ 300 ms, warm. Starts the real service (embedded PostgreSQL in a temporary directory), warms it
 * up, then times complete HTTP round trips (upload, read, parse, store, answer) and prints p50/p95.
 *
 * <pre>bash src/bench/import-benchmark.sh</pre>
 */
public final class ImportBenchmark {

    private static final int WARM_UP = 30;
    private static final int RUNS = 100;

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("ratsanfragen-bench");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RatsanfragenApplication.class)
                .run("--server.port=0", "--ratsanfragen.embedded-database.data-directory=" + data,
                        "--logging.level.root=warn")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            HttpClient http = HttpClient.newHttpClient();
            byte[] erfurt = SeedFiles.seed(SeedFiles.ERFURT_INQUIRY);
            byte[] jena = SeedFiles.seed(SeedFiles.JENA_REPORT);
            String base = "http://localhost:" + port;

            List<String> lines = new ArrayList<>();
            lines.add(measure("Erfurt inquiry, preview (dryRun)", 200,
                    () -> post(http, base + "/api/inquiries?dryRun=true", "gruene", erfurt, 200), () -> { }));
            lines.add(measure("Erfurt inquiry, import (stored)", 200,
                    () -> post(http, base + "/api/inquiries", "gruene", erfurt, 201), () -> { }));
            lines.add(measure("Jena report, preview (dryRun)", 300,
                    () -> post(http, base + "/api/evaluations?dryRun=true", "ob", jena, 200), () -> { }));
            lines.add(measure("Jena report, import (stored)", 300,
                    () -> post(http, base + "/api/evaluations", "ob", jena, 201),
                    // each import needs the report not to be there yet; removing it is not timed
                    () -> jdbc.sql("delete from ratsanfragen.evaluation where origin = 'REPORT'").update()));
            System.out.println();
            System.out.printf("%d warm-up runs, %d timed runs each, %d cores, %s%n", WARM_UP, RUNS,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            lines.forEach(System.out::println);
        }
    }

    private interface Call {
        void run() throws Exception;
    }

    private static String measure(String name, long budgetMillis, Call call, Call reset) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            reset.run();
            call.run();
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            reset.run();
            long start = System.nanoTime();
            call.run();
            nanos.add(System.nanoTime() - start);
        }
        Collections.sort(nanos);
        double p50 = nanos.get(RUNS / 2) / 1e6;
        double p95 = nanos.get((int) Math.ceil(RUNS * 0.95) - 1) / 1e6;
        double max = nanos.get(RUNS - 1) / 1e6;
        return String.format("%-36s p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms   budget %d ms  %s", name, p50, p95, max,
                budgetMillis, p95 <= budgetMillis ? "ok" : "OVER BUDGET");
    }

    private static void post(HttpClient http, String url, String user, byte[] file, int expected) throws Exception {
        String boundary = "bench-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"seed.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
    }
}
