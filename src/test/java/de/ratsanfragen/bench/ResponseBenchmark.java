package de.ratsanfragen.bench;

import java.lang.management.ManagementFactory;
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

import com.fasterxml.jackson.databind.ObjectMapper;
import de.ratsanfragen.RatsanfragenApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Response budget (issue 5): a 100-item inquiry to both formats ≤ 2 s warm, and memory flat over 50
 * compilations. Through the real API ({@code GET …/response.pdf} and {@code .docx}, the OB office's draft:
 * loaded from the database, compiled, rendered), on the embedded PostgreSQL.
 *
 * <pre>bash src/bench/response-benchmark.sh</pre>
 */
public final class ResponseBenchmark {

    private static final int ITEMS = 100;
    private static final int WARM_UP = 5;
    private static final int RUNS = 20;
    private static final int MEMORY_RUNS = 50;

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("ratsanfragen-response-bench");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RatsanfragenApplication.class)
                .run("--server.port=0", "--ratsanfragen.embedded-database.data-directory=" + data, "--logging.level.root=warn",
                        "--camunda.bpm.job-execution.enabled=false", "--ratsanfragen.deadline-watch.enabled=false")) {
            String base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();
            StringBuilder items = new StringBuilder();
            for (int i = 1; i <= ITEMS; i++) {
                items.append(i == 1 ? "" : ",").append("{\"text\": \"Wie ist der Stand der Maßnahme ").append(i)
                        .append(" im Handlungsfeld „Grün“, und welche Schritte folgen bis Ende 2026?\", \"routing\": \"V: D05/ A67\"}");
            }
            String created = send(http, base, "gruene", "POST", "/api/inquiries",
                    "{\"title\": \"Evaluation des Konzepts „Grün in der Stadt“\", \"items\": [" + items + "]}").body();
            String id = new ObjectMapper().readTree(created).path("id").asText();
            // every item answered as a unit would (a few paragraphs); the benchmark measures the document, not the workflow
            String answer = ("Die Verwaltung hat die Maßnahme im Berichtszeitraum weitergeführt. Die Zahl der Nachpflanzungen stieg "
                    + "gegenüber dem Vorjahr, Fördermittel wurden beantragt.\n\n").repeat(4) + "- nächster Schritt: Ausschreibung\n- danach: Vergabe";
            context.getBean(JdbcTemplate.class).update("update ratsanfragen.inquiry_item set answer = ?, answered_by = '{D05/A67}' "
                    + "where inquiry_id = ?::uuid", answer, id);

            long pdfBytes = 0;
            long docxBytes = 0;
            for (int run = 0; run < WARM_UP; run++) {
                both(http, base, id);
            }
            List<Long> nanos = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                long[] sizes = both(http, base, id);
                nanos.add(System.nanoTime() - start);
                pdfBytes = sizes[0];
                docxBytes = sizes[1];
            }
            Collections.sort(nanos);

            List<Long> heap = new ArrayList<>();
            for (int run = 1; run <= MEMORY_RUNS; run++) {
                both(http, base, id);
                if (run % 10 == 0) {
                    System.gc();
                    Thread.sleep(200);
                    heap.add(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024));
                }
            }

            System.out.println();
            System.out.printf("%d cores, %s, embedded PostgreSQL%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            System.out.printf("%d-item inquiry to PDF/A-2b (%d kB) and DOCX (%d kB), draft through the API: p50 %.0f ms, p95 %.0f ms, max %.0f ms "
                            + "over %d runs after %d warm-up (budget 2000 ms)%n", ITEMS, pdfBytes / 1024, docxBytes / 1024,
                    nanos.get(nanos.size() / 2) / 1e6, nanos.get((int) Math.ceil(nanos.size() * 0.95) - 1) / 1e6,
                    nanos.get(nanos.size() - 1) / 1e6, RUNS, WARM_UP);
            System.out.printf("heap in use after GC every 10 of %d further compilations (MB): %s%n", MEMORY_RUNS, heap);
        }
    }

    /** Both formats once; their sizes in bytes. */
    private static long[] both(HttpClient http, String base, String id) throws Exception {
        return new long[] {download(http, base, "/api/inquiries/" + id + "/response.pdf"),
                download(http, base, "/api/inquiries/" + id + "/response.docx")};
    }

    private static long download(HttpClient http, String base, String path) throws Exception {
        HttpResponse<byte[]> response = http.send(request(base, "ob", path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body().length;
    }

    private static HttpResponse<String> send(HttpClient http, String base, String user, String method, String path, String json)
            throws Exception {
        HttpResponse<String> response = http.send(request(base, user, path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static HttpRequest.Builder request(String base, String user, String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }

    private ResponseBenchmark() {
    }
}
