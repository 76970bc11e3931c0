package de.ratsanfragen;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
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
import io.restassured.RestAssured;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded default when its database crashes: the service runs on its embedded PostgreSQL in a fresh
 * directory under {@code target/}; the PostgreSQL processes are killed with {@code kill -9} — once while units
 * answer over HTTP from several threads, once to see how the service answers while its database is down —
 * and started again on the same directory and port under the running service, which must recover by itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedDatabaseCrashIT {

    private static final int INQUIRIES = 4;
    private static final int ITEMS = 25;

    private final Path dataDirectory = Path.of("target", "crash-it", "postgres-" + System.nanoTime()).toAbsolutePath();
    private ConfigurableApplicationContext service;
    private ServiceHttp http;
    private JdbcTemplate database;
    private PostgresServer killed;

    @BeforeAll
    void startTheService() {
        service = ServiceInThisJvm.start("--ratsanfragen.embedded-database.data-directory=" + dataDirectory,
                "--ratsanfragen.deadline-watch.interval=PT1S");
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
        crash();
        int acknowledgedAtCrash = acknowledged.size();
        units.shutdown();
        assertThat(units.awaitTermination(60, TimeUnit.SECONDS)).as("answering threads stopped").isTrue();

        restart();
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

    @Test
    void whileTheDatabaseIsDownRequestsGetAQuickGerman503AndTheServiceIsNotReadyUntilItIsBack() throws Exception {
        assertThat(http.readiness()).isEqualTo("UP");
        RestAssured.port = http.port();
        WebappSession tasklist = WebappSession.login("tasklist", "a11", ServiceTestSupport.DEMO_PASSWORD);
        assertThat(tasklist.login().statusCode()).isEqualTo(200);
        HttpRequest tasklistTasks = HttpRequest.newBuilder(http.uri("/camunda/api/engine/engine/default/task"))
                .timeout(ServiceHttp.REQUEST_TIMEOUT).header("Accept", "application/json")
                .header("Cookie", "JSESSIONID=" + tasklist.sessionId() + "; XSRF-TOKEN=" + tasklist.xsrfToken())
                .header("X-XSRF-TOKEN", tasklist.xsrfToken()).build();
        HttpRequest page = http.request("gruene", "/anfragen").header("Accept", "text/html").build();
        String watched = http.json("gruene", "POST", "/api/inquiries",
                "{\"title\": \"Während des Ausfalls\", \"items\": [{\"text\": \"Frist?\", \"routing\": \"V: D01/ A11\"}]}").path("id").asText();
        http.completeOnly("ob", watched, "{}");
        crash();

        List<String> times = new ArrayList<>();
        germanOutage(times, "API", http.request("gruene", "/api/inquiries").build(), "application/problem+json");
        germanOutage(times, "engine REST", http.request("a11", "/engine-rest/task").build(), "application/problem+json");
        germanOutage(times, "page", page, "text/html");
        germanOutage(times, "Tasklist's engine API", tasklistTasks, "application/problem+json");
        long start = System.nanoTime();
        assertThat(http.readiness()).as("readiness while the database is down").isEqualTo("DOWN");
        times.add("readiness " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
        System.out.println("outage test: answered in " + times);

        restart();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!"UP".equals(http.readiness()) && System.nanoTime() < until) {
            Thread.sleep(200);
        }
        assertThat(http.readiness()).as("readiness once the database is back, without a restart").isEqualTo("UP");
        assertThat(http.call("gruene", "GET", "/api/inquiries", null).statusCode()).isEqualTo(200);
        assertThat(http.call("a11", "GET", "/engine-rest/task", null).statusCode()).isEqualTo(200);
        assertThat(http.client().send(tasklistTasks, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(escalatedOnceOverdue(watched)).as("the deadline watch and the job executor work after the outage").isTrue();
    }

    /**
     * With the engine's clock two months ahead the inquiry's task is overdue: the deadline watch (every second here)
     * starts an escalation, whose asynchronous job (the job executor) marks the item overdue.
     */
    private boolean escalatedOnceOverdue(String inquiry) throws Exception {
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(60))));
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < until) {
                if (http.json("ob", "GET", "/api/inquiries/" + inquiry, null).path("items").get(0).path("overdue").asBoolean()) {
                    return true;
                }
                Thread.sleep(250);
            }
            return false;
        } finally {
            ClockUtil.reset();
        }
    }

    /** 503 within five seconds, with the German text, in the expected format. */
    private void germanOutage(List<String> times, String what, HttpRequest request, String contentType) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> answer = http.client().send(request, HttpResponse.BodyHandlers.ofString());
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        times.add(what + " " + millis + " ms");
        assertThat(answer.statusCode()).as("%s: %s", what, answer.body()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type")).as(what).hasValueSatisfying(type -> assertThat(type).startsWith(contentType));
        assertThat(answer.body()).as(what).contains("Datenbank nicht erreichbar", "Bitte versuchen Sie es in einigen Minuten noch einmal");
        assertThat(millis).as("%s answered in ms", what).isLessThan(5000);
    }

    /** kill -9 of the embedded PostgreSQL; {@link #restartAfterACrash()} starts it again if a test did not. */
    private void crash() throws Exception {
        killed = PostgresServer.runningIn(dataDirectory);
        killed.kill();
    }

    private void restart() throws Exception {
        killed.startAgain(dataDirectory.resolveSibling("restart.log"));
        killed = null;
    }

    @AfterEach
    void restartAfterACrash() throws Exception {
        if (killed != null) {
            restart();
        }
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
