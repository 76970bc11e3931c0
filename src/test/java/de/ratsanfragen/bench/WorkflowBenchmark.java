package de.ratsanfragen.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ratsanfragen.RatsanfragenApplication;
import de.ratsanfragen.SeedFiles;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Workflow budget (issue 4): from completing the Erfurt seed's triage to all its first answer tasks
 * existing (p50 ≤ 1 s warm), and answer-task completions per second with 4 concurrent REST clients,
 * side by side with the plain engine completing simple tasks in the same run (ratio goal ≥ 0.7), with
 * the SQL statements each completion costs (counted at the JDBC driver).
 *
 * <pre>bash src/bench/workflow-benchmark.sh</pre>
 */
public final class WorkflowBenchmark {

    private static final int TRIAGE_RUNS = 10;
    private static final int TASKS = 400;
    private static final int CLIENTS = 4;
    /** Completions of each kind before measuring, not counted. */
    private static final int WARM_UP = 100;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** JDBC statements executed (including each statement of a batch). */
    static final AtomicLong STATEMENTS = new AtomicLong();
    /** Completions refused for a concurrent change (optimistic locking) and tried again. */
    static final AtomicLong CONFLICTS = new AtomicLong();

    /** Counts statements at the driver: the application and the engine see an unchanged DataSource. */
    @Configuration(proxyBeanMethods = false)
    static class CountStatements {
        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? proxy(DataSource.class, dataSource) : bean;
                }
            };
        }
    }

    /** With {@code -Dbench.sql=true} every statement is also classified (costs time in both phases alike). */
    private static final boolean BREAKDOWN = Boolean.getBoolean("bench.sql");
    /** Statements by kind and table ("INSERT ACT_HI_DETAIL"), to see where a completion's statements go. */
    static final java.util.Map<String, AtomicLong> BY_KIND = new java.util.concurrent.ConcurrentHashMap<>();
    /** Time spent waiting for the database (execute, executeBatch, commit) by kind, in nanoseconds. */
    static final java.util.Map<String, AtomicLong> TIME_BY_KIND = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.regex.Pattern KIND = java.util.regex.Pattern.compile(
            "(?is)^\\s*(select|insert|update|delete)\\b.*?\\b(?:from|into|update)\\s+([\\w.]+)");

    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, T target) {
        return proxy(type, target, null);
    }

    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, T target, String sql) {
        InvocationHandler handler = (self, method, args) -> {
            String name = method.getName();
            if (name.startsWith("execute") || name.equals("addBatch") && method.getParameterCount() == 0) {
                STATEMENTS.incrementAndGet();
            }
            if (BREAKDOWN && (name.startsWith("execute") || name.equals("addBatch") && method.getParameterCount() == 0)) {
                String text = sql != null ? sql : args != null && args.length > 0 && args[0] instanceof String s ? s : "?";
                BY_KIND.computeIfAbsent(kind(text), k -> new AtomicLong()).incrementAndGet();
            }
            boolean timed = BREAKDOWN && (name.startsWith("execute") || name.equals("commit"));
            long start = timed ? System.nanoTime() : 0;
            Object result = invoke(method, target, args);
            if (timed) {
                String text = name.equals("commit") ? "COMMIT" : sql != null ? sql : args != null && args.length > 0 && args[0] instanceof String s ? s : "?";
                TIME_BY_KIND.computeIfAbsent(kind(text), k -> new AtomicLong()).addAndGet(System.nanoTime() - start);
            }
            if (result instanceof Connection connection) {
                return proxy(Connection.class, connection);
            }
            if (result instanceof java.sql.PreparedStatement statement) {
                return proxy(java.sql.PreparedStatement.class, statement,
                        args != null && args.length > 0 && args[0] instanceof String s ? s : null);
            }
            if (result instanceof java.sql.Statement statement && !(result instanceof java.sql.PreparedStatement)) {
                return proxy(java.sql.Statement.class, statement);
            }
            return result;
        };
        return (T) Proxy.newProxyInstance(WorkflowBenchmark.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static String kind(String sql) {
        String[] words = sql.strip().split("\\s+", 3);
        if (words.length > 1 && words[0].equalsIgnoreCase("update")) {
            return "UPDATE " + words[1].toUpperCase();
        }
        java.util.regex.Matcher matcher = KIND.matcher(sql);
        String k = matcher.find() ? matcher.group(1).toUpperCase() + " " + matcher.group(2).toUpperCase()
                : sql.strip().split("\\s+")[0].toUpperCase();
        if (System.getProperty("bench.detail", "").equals(k)) {
            k += " | " + sql.replaceAll("\\s+", " ").replaceFirst("(?i)^.*? where ", "where ");
        }
        return k;
    }

    /** The statement kinds of one phase per completion, most frequent first (printed with -Dbench.sql=true). */
    private static String breakdown(java.util.Map<String, Long> before, int completions) {
        StringBuilder out = new StringBuilder("    count  ms (waiting for the database)\n");
        java.util.Set<String> kinds = new java.util.TreeSet<>(BY_KIND.keySet());
        kinds.addAll(TIME_BY_KIND.keySet());
        kinds.stream()
                .map(kind -> new double[] {
                        (value(BY_KIND, kind) - before.getOrDefault(kind, 0L)) / (double) completions,
                        (value(TIME_BY_KIND, kind) - before.getOrDefault("time:" + kind, 0L)) / 1e6 / completions,
                        kinds.stream().toList().indexOf(kind)})
                .filter(row -> row[0] > 0 || row[1] > 0.001)
                .sorted((a, b) -> Double.compare(b[1], a[1]))
                .forEach(row -> out.append(String.format("    %6.2f %6.3f  %s%n", row[0], row[1], kinds.stream().toList().get((int) row[2]))));
        return out.toString();
    }

    private static long value(java.util.Map<String, AtomicLong> map, String kind) {
        AtomicLong value = map.get(kind);
        return value == null ? 0 : value.get();
    }

    private static java.util.Map<String, Long> snapshot() {
        java.util.Map<String, Long> copy = new java.util.HashMap<>();
        BY_KIND.forEach((k, v) -> copy.put(k, v.get()));
        TIME_BY_KIND.forEach((k, v) -> copy.put("time:" + k, v.get()));
        return copy;
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("ratsanfragen-workflow-bench");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RatsanfragenApplication.class,
                CountStatements.class).run("--server.port=0", "--ratsanfragen.embedded-database.data-directory=" + data,
                "--logging.level.root=warn", "--camunda.bpm.job-execution.enabled=false")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            Client client = new Client("http://localhost:" + port);

            List<Long> triage = new ArrayList<>();
            for (int run = 0; run < TRIAGE_RUNS + 3; run++) {
                String id = client.json("gruene", "POST", "/api/inquiries", null, SeedFiles.seed(SeedFiles.ERFURT_INQUIRY)).path("id").asText();
                String task = client.json("ob", "GET", "/engine-rest/task?processInstanceBusinessKey=" + id, null, null).get(0).path("id").asText();
                long start = System.nanoTime();
                client.json("ob", "POST", "/engine-rest/task/" + task + "/complete",
                        "{\"variables\": {\"routingChanges\": {\"value\": \"40: V: D01/ A17\\n50: V: D03/ A53\\n51: V: D03/ A53\"}}}", null);
                long nanos = System.nanoTime() - start;
                int created = client.json("admin", "GET", "/engine-rest/task/count?processInstanceBusinessKey=" + id, null, null)
                        .path("count").asInt();
                if (created < 55) {
                    throw new IllegalStateException("only " + created + " tasks after triage");
                }
                if (run >= 3) {
                    triage.add(nanos);
                }
            }

            RuntimeService runtime = context.getBean(RuntimeService.class);
            BpmnModelInstance plain = Bpmn.createExecutableProcess("bench_plain_task").camundaHistoryTimeToLive(1)
                    .startEvent().userTask("task_plain").camundaCandidateGroups("A11").endEvent().done();
            context.getBean(RepositoryService.class).createDeployment().addModelInstance("bench-plain.bpmn", plain).deploy();

            String answer = "{\"variables\": {\"answer\": {\"value\": \"Antwort für den Benchmark.\"}}}";
            List<String> answerTasks = answerTasks(client, TASKS + WARM_UP);
            for (int i = 0; i < TASKS + WARM_UP; i++) {
                runtime.startProcessInstanceByKey("bench_plain_task");
            }
            List<String> plainTasks = new ArrayList<>();
            client.json("a11", "GET", "/engine-rest/task?processDefinitionKey=bench_plain_task&maxResults=" + (TASKS + WARM_UP), null, null)
                    .forEach(task -> plainTasks.add(task.path("id").asText()));

            // both completion paths equally warm (JIT, caches) before anything is measured
            completeConcurrently(client, answerTasks.subList(0, WARM_UP), answer);
            completeConcurrently(client, plainTasks.subList(0, WARM_UP), "{}");
            // measured in alternating halves: a drift of the machine's speed during the run hits both alike
            Phase answers = new Phase();
            Phase plainPhase = new Phase();
            int half = TASKS / 2;
            for (int round = 0; round < 2; round++) {
                int from = WARM_UP + round * half;
                answers.measure(client, answerTasks.subList(from, from + half), answer);
                plainPhase.measure(client, plainTasks.subList(from, from + half), "{}");
            }
            double answersPerSecond = answers.perSecond();
            double plainPerSecond = plainPhase.perSecond();
            double statementsPerAnswer = answers.statementsEach();
            double statementsPerPlain = plainPhase.statementsEach();
            String answerKinds = answers.breakdown();
            String plainKinds = plainPhase.breakdown();
            int answered = answers.completions;
            int plainCompleted = plainPhase.completions;

            Collections.sort(triage);
            System.out.println();
            System.out.printf("%d cores, %s, embedded PostgreSQL, %d REST clients%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), CLIENTS);
            System.out.printf("triage of the Erfurt seed to its first answer tasks: p50 %.0f ms, p95 %.0f ms over %d runs (budget p50 1000 ms)%n",
                    triage.get(triage.size() / 2) / 1e6, triage.get((int) Math.ceil(triage.size() * 0.95) - 1) / 1e6, triage.size());
            System.out.printf("answer tasks completed:   %6.1f per second, %5.1f SQL statements each (%d tasks after %d warm-up)%n",
                    answersPerSecond, statementsPerAnswer, answered, WARM_UP);
            System.out.printf("plain engine user tasks:  %6.1f per second, %5.1f SQL statements each (%d tasks after %d warm-up)%n",
                    plainPerSecond, statementsPerPlain, plainCompleted, WARM_UP);
            System.out.printf("ratio answers / plain:    %.2f (goal >= 0.70)%n", answersPerSecond / plainPerSecond);
            System.out.printf("conflicting completions retried: %d%n", CONFLICTS.get());
            if (BREAKDOWN) {
                System.out.println("statements per answer completion:\n" + answerKinds);
                System.out.println("statements per plain completion:\n" + plainKinds);
            }
        }
    }

    /** Inquiries of 25 single-unit items each, triaged, until enough answer tasks of A11 exist. */
    private static List<String> answerTasks(Client client, int count) throws Exception {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 25; i++) {
            items.append(i == 1 ? "" : ",").append("{\"text\": \"Frage ").append(i).append("?\", \"routing\": \"V: D01/ A11\"}");
        }
        List<List<String>> perInquiry = new ArrayList<>();
        int total = 0;
        while (total < count) {
            String id = client.json("gruene", "POST", "/api/inquiries", "{\"title\": \"Benchmark\", \"items\": [" + items + "]}", null)
                    .path("id").asText();
            String triage = client.json("ob", "GET", "/engine-rest/task?processInstanceBusinessKey=" + id, null, null)
                    .get(0).path("id").asText();
            client.json("ob", "POST", "/engine-rest/task/" + triage + "/complete", "{}", null);
            List<String> tasks = new ArrayList<>();
            client.json("a11", "GET", "/engine-rest/task?processInstanceBusinessKey=" + id + "&taskDefinitionKey=task_answer_item", null, null)
                    .forEach(task -> tasks.add(task.path("id").asText()));
            perInquiry.add(tasks);
            total += tasks.size();
        }
        // interleaved across inquiries: concurrent clients work on different inquiries, as units do
        List<String> interleaved = new ArrayList<>();
        for (int i = 0; interleaved.size() < count; i++) {
            for (List<String> tasks : perInquiry) {
                if (i < tasks.size() && interleaved.size() < count) {
                    interleaved.add(tasks.get(i));
                }
            }
        }
        return interleaved;
    }

    /** Completions of one kind, measured in one or more blocks: time, statements and statement kinds added up. */
    private static final class Phase {
        private long nanos;
        private long statements;
        private int completions;
        private final java.util.Map<String, Long> kinds = new java.util.HashMap<>();

        void measure(Client client, List<String> tasks, String body) throws Exception {
            long statementsBefore = STATEMENTS.get();
            java.util.Map<String, Long> before = snapshot();
            nanos += completeConcurrently(client, tasks, body);
            statements += STATEMENTS.get() - statementsBefore;
            completions += tasks.size();
            snapshot().forEach((kind, value) -> kinds.merge(kind, value - before.getOrDefault(kind, 0L), Long::sum));
        }

        double perSecond() {
            return completions / (nanos / 1e9);
        }

        double statementsEach() {
            return statements / (double) completions;
        }

        String breakdown() {
            java.util.Map<String, Long> negated = new java.util.HashMap<>();
            // breakdown() subtracts a "before" snapshot from the running totals: give it totals minus this phase's share
            snapshot().forEach((kind, value) -> negated.put(kind, value - kinds.getOrDefault(kind, 0L)));
            return WorkflowBenchmark.breakdown(negated, completions);
        }
    }

    /** Completes the tasks with {@value #CLIENTS} concurrent clients; the time it took in nanoseconds. */
    private static long completeConcurrently(Client client, List<String> tasks, String body) throws Exception {
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(tasks);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        for (int i = 0; i < CLIENTS; i++) {
            pool.submit(() -> {
                for (String task = queue.poll(); task != null; task = queue.poll()) {
                    // a concurrent completion in the same inquiry may conflict; a client tries again, as Tasklist's user would
                    for (int attempt = 0; attempt < 5; attempt++) {
                        try {
                            client.json("a11", "POST", "/engine-rest/task/" + task + "/complete", body, null);
                            break;
                        } catch (IllegalStateException conflict) {
                            CONFLICTS.incrementAndGet();
                            if (attempt == 4) {
                                throw conflict;
                            }
                        }
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("completions did not finish");
        }
        return System.nanoTime() - start;
    }

    /** A small HTTP client speaking JSON with HTTP Basic as the demo users. */
    private record Client(String base, HttpClient http) {

        Client(String base) {
            this(base, HttpClient.newHttpClient());
        }

        JsonNode json(String user, String method, String path, String jsonBody, byte[] file) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
            if (file != null) {
                String boundary = "bench-" + UUID.randomUUID();
                byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"seed.txt\"\r\n"
                        + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
                byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
                byte[] body = new byte[head.length + file.length + tail.length];
                System.arraycopy(head, 0, body, 0, head.length);
                System.arraycopy(file, 0, body, head.length, file.length);
                System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
                request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
            } else if (jsonBody != null) {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        }
    }

    private WorkflowBenchmark() {
    }
}
