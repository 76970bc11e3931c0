package de.ratsanfragen;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded default under a real crash of its database: the service runs on its embedded PostgreSQL in
 * a fresh directory under {@code target/}, units answer over HTTP from several threads, and the PostgreSQL
 * processes are killed with {@code kill -9} while answers are in flight. PostgreSQL is started again on the
 * same directory and port under the running service.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedDatabaseCrashIT {

    private static final int INQUIRIES = 4;
    private static final int ITEMS = 25;

    private final Path dataDirectory = Path.of("target", "crash-it", "postgres-" + System.nanoTime()).toAbsolutePath();
    private ConfigurableApplicationContext service;
    private ServiceHttp http;
    private JdbcTemplate database;

    @BeforeAll
    void startTheService() {
        service = ServiceInThisJvm.start("--ratsanfragen.embedded-database.data-directory=" + dataDirectory);
        http = ServiceInThisJvm.http(service, Map.of());
        database = new JdbcTemplate(service.getBean(DataSource.class));
    }

    @AfterAll
    void stopTheService() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void theEmbeddedServerWritesDurably() {
        for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
            assertThat(database.queryForObject("show " + setting, String.class)).as(setting).isEqualTo("on");
        }
    }

    @Test
    void everyAnswerAcknowledgedBeforeACrashIsStillThereAfterIt() throws Exception {
        List<List<String>> tasks = new ArrayList<>();
        for (int i = 1; i <= INQUIRIES; i++) {
            tasks.add(answerTasksOfATriagedInquiry("Absturz " + i));
        }
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        ExecutorService units = Executors.newFixedThreadPool(INQUIRIES);
        List<Future<?>> answering = new ArrayList<>();
        for (List<String> own : tasks) {
            answering.add(units.submit(() -> answerUntilRefused(own, acknowledged)));
        }
        while (acknowledged.size() < INQUIRIES * ITEMS * 2 / 5 && answering.stream().anyMatch(f -> !f.isDone())) {
            Thread.sleep(5);
        }
        PostgresServer server = PostgresServer.runningIn(dataDirectory);
        server.kill();
        int acknowledgedAtCrash = acknowledged.size();
        units.shutdown();
        assertThat(units.awaitTermination(60, TimeUnit.SECONDS)).as("answering threads stopped").isTrue();

        server.startAgain(dataDirectory.resolveSibling("restart.log"));
        awaitServiceAnswers();

        Set<String> stored = new HashSet<>(database.queryForList("""
                select i.answer from ratsanfragen.inquiry_item i join ratsanfragen.item_contribution c
                  on c.inquiry_id = i.inquiry_id and c.item_number = i.number and c.role = 'ANSWER' and c.text = i.answer""",
                String.class));
        List<String> lost = new ArrayList<>();
        for (String task : acknowledged) {
            int status = http.call("a11", "GET", "/engine-rest/task/" + task, null).statusCode();
            if (!stored.contains(answerTo(task)) || status != 404) {
                lost.add(task + " (task " + (status == 404 ? "done" : "open again") + ")");
            }
        }
        System.out.printf("crash test: %d answers acknowledged (%d when the database was killed), %d lost%n",
                acknowledged.size(), acknowledgedAtCrash, lost.size());
        assertThat(acknowledged).as("answers acknowledged before the crash").isNotEmpty();
        assertThat(lost).as("acknowledged answers lost in the crash (of %d)", acknowledged.size()).isEmpty();
    }

    /** An inquiry of {@value #ITEMS} items for A11, submitted by the faction and triaged by the OB office. */
    private List<String> answerTasksOfATriagedInquiry(String title) throws Exception {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= ITEMS; i++) {
            items.append(i == 1 ? "" : ",").append("{\"text\": \"Frage ").append(i).append("?\", \"routing\": \"V: D01/ A11\"}");
        }
        String id = http.json("gruene", "POST", "/api/inquiries", "{\"title\": \"" + title + "\", \"items\": [" + items + "]}")
                .path("id").asText();
        http.completeOnly("ob", id, "{}");
        List<String> tasks = new ArrayList<>();
        for (JsonNode task : http.json("a11", "GET", "/engine-rest/task?processInstanceBusinessKey=" + id, null)) {
            tasks.add(task.path("id").asText());
        }
        assertThat(tasks).hasSize(ITEMS);
        return tasks;
    }

    /** Answers one task after the other; the first answer that is not acknowledged (204) ends it. */
    private void answerUntilRefused(List<String> tasks, Set<String> acknowledged) {
        for (String task : tasks) {
            try {
                HttpResponse<String> response = http.call("a11", "POST", "/engine-rest/task/" + task + "/complete",
                        "{\"variables\": {\"answer\": {\"value\": \"" + answerTo(task) + "\"}}}");
                if (response.statusCode() != 204) {
                    return;
                }
                acknowledged.add(task);
            } catch (Exception e) {
                return;
            }
        }
    }

    private static String answerTo(String task) {
        return "Antwort zur Aufgabe " + task;
    }

    /** Until the service reaches its database again (new connections after the restart). */
    private void awaitServiceAnswers() throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < until) {
            if (http.call("gruene", "GET", "/api/inquiries", null).statusCode() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the service did not reach its database again");
    }

}
