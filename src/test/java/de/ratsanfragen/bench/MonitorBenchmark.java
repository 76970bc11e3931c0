package de.ratsanfragen.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.ratsanfragen.RatsanfragenApplication;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Monitor budget (issue 6): {@code GET /api/deadlines} and the page {@code /monitor} p95 ≤ 200 ms warm with
 * 1,000 open inquiries (20,000 open tasks) and 100,000 finished tasks; the drill-downs measured beside
 * them; the SQL statements behind each request, and the plan of the slowest.
 *
 * <p>All data is made by the real service and engine: inquiries submitted through the API, every task
 * completed through the engine's {@code TaskService} as a user of the task's unit (the same listeners,
 * runtime and history rows as in production). That takes a while once, so the database is kept in
 * {@code target/monitor-bench/} and reused by later runs (delete the folder to generate anew).
 *
 * <pre>bash src/bench/monitor-benchmark.sh</pre>
 */
public final class MonitorBenchmark {

    private static final Path HOME = Path.of(System.getProperty("bench.dir", "target/monitor-bench")).toAbsolutePath();
    /** Open inquiries, of which every 20th stays in triage. */
    private static final int OPEN = Integer.getInteger("bench.open", 1000);
    /** Open answer tasks of an inquiry in progress: 950 × 21 + 50 triage tasks = 20,000 open tasks. */
    private static final int OPEN_ITEMS = 21;
    private static final int FINISHED_TASKS = Integer.getInteger("bench.finished", 100_000);
    private static final int WORKERS = 3;
    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 50);
    private static final int RUNS = Integer.getInteger("bench.runs", 200);
    private static final int BUDGET_MS = 200;
    private static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/Berlin");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Routing tags of the Erfurt directory; the last one has a contributing unit (one more task). */
    private static final List<String> TAGS = List.of("V: D01/ A11", "V: D01/ A17", "V: D01/ BMI", "V: D03/ A32", "V: D03/ A53",
            "V: D04/ A67", "V: D05/ A40", "V: D05/ A50", "V: D05/ A51", "V: D05/ A50/ A51");
    private static final List<String> SUBJECTS = List.of("Sachstand Radverkehrskonzept", "Schulsanierung im Norden",
            "Evaluation des Integrationskonzepts", "Baumpflanzungen im Stadtgebiet", "Kita-Plätze und Wartelisten",
            "Barrierefreiheit der Haltestellen", "Umsetzung des Klimaschutzkonzepts", "Sozialticket");

    // ---- statements behind the requests, captured at the JDBC driver while CAPTURING is set ----

    /** One executed statement: its text, its parameters (setter and arguments) and how long the driver took. */
    record Executed(String sql, List<Object[]> parameters, long nanos) {
    }

    static volatile boolean capturing;
    static final List<Executed> CAPTURED = Collections.synchronizedList(new ArrayList<>());

    /** Wraps the service's DataSource: the application and the engine see it unchanged. */
    @Configuration(proxyBeanMethods = false)
    static class CaptureStatements {
        @Bean
        static BeanPostProcessor capturingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? wrap(DataSource.class, dataSource, null) : bean;
                }
            };
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T wrap(Class<T> type, T target, String sql) {
        List<Object[]> parameters = new ArrayList<>();
        InvocationHandler handler = (self, method, args) -> {
            String name = method.getName();
            if (capturing && sql != null && name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
                parameters.add(new Object[] {method, args});
            }
            boolean execute = capturing && name.startsWith("execute");
            long start = execute ? System.nanoTime() : 0;
            Object result = call(method, target, args);
            if (execute) {
                String text = sql != null ? sql : args != null && args.length > 0 && args[0] instanceof String s ? s : "?";
                CAPTURED.add(new Executed(text, List.copyOf(parameters), System.nanoTime() - start));
            }
            if (name.equals("clearParameters")) {
                parameters.clear();
            }
            if (result instanceof Connection connection) {
                return wrap(Connection.class, connection, null);
            }
            if (result instanceof PreparedStatement statement && args != null && args.length > 0 && args[0] instanceof String text) {
                return wrap(PreparedStatement.class, statement, text);
            }
            return result;
        };
        return (T) Proxy.newProxyInstance(MonitorBenchmark.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object call(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    public static void main(String[] args) throws Exception {
        Path data = HOME.resolve("postgres");
        Path marker = HOME.resolve("generated.properties");
        String scale = OPEN + " open, " + FINISHED_TASKS + " finished tasks";
        Properties generated = new Properties();
        if (Files.exists(marker)) {
            try (var in = Files.newBufferedReader(marker)) {
                generated.load(in);
            }
        }
        boolean reuse = scale.equals(generated.getProperty("scale")) && Files.isDirectory(data);
        if (!reuse && Files.exists(HOME)) {
            System.out.println("removing " + HOME + " (incomplete or of another scale)");
            try (var paths = Files.walk(HOME)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Files.createDirectories(HOME);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RatsanfragenApplication.class, CaptureStatements.class)
                .run("--server.port=0", "--ratsanfragen.embedded-database.data-directory=" + data, "--logging.level.root=warn",
                        // nothing runs between the requests: no job executor, no deadline watch
                        "--camunda.bpm.job-execution.enabled=false", "--ratsanfragen.deadline-watch.enabled=false")) {
            Client client = new Client("http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort());
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            if (reuse) {
                System.out.printf("reusing the generated database in %s (%s, generated %s in %s s; delete the folder to generate anew)%n",
                        data, scale, generated.getProperty("date"), generated.getProperty("seconds"));
            } else {
                long start = System.nanoTime();
                new Generator(context, client).run();
                System.out.println("vacuum analyze ...");
                jdbc.execute("vacuum analyze");
                long seconds = (System.nanoTime() - start) / 1_000_000_000L;
                generated.setProperty("scale", scale);
                generated.setProperty("date", LocalDate.now(COUNCIL_TIME).toString());
                generated.setProperty("seconds", String.valueOf(seconds));
                try (var out = Files.newBufferedWriter(marker)) {
                    generated.store(out, "MonitorBenchmark: the database in postgres/ is complete");
                }
                System.out.printf("generated in %d s (%d min)%n", seconds, seconds / 60);
            }
            printData(jdbc);
            measure(client, jdbc, context.getBean(DataSource.class));
        }
    }

    private static void printData(JdbcTemplate jdbc) {
        String open = "('IN_TRIAGE', 'IN_PROGRESS', 'IN_SIGN_OFF', 'IN_APPROVAL')";
        System.out.printf("data: %d open inquiries (%d items), %d released (%d items); %d open tasks, %d finished tasks; "
                        + "%d finished and %d running process instances; %d deadline extensions; database %s%n",
                count(jdbc, "select count(*) from ratsanfragen.inquiry where state in " + open),
                count(jdbc, "select count(*) from ratsanfragen.inquiry_item it join ratsanfragen.inquiry i on i.id = it.inquiry_id where i.state in " + open),
                count(jdbc, "select count(*) from ratsanfragen.inquiry where state = 'RELEASED'"),
                count(jdbc, "select count(*) from ratsanfragen.inquiry_item it join ratsanfragen.inquiry i on i.id = it.inquiry_id where i.state = 'RELEASED'"),
                count(jdbc, "select count(*) from act_ru_task"),
                count(jdbc, "select count(*) from act_hi_taskinst where end_time_ is not null"),
                count(jdbc, "select count(*) from act_hi_procinst where end_time_ is not null"),
                count(jdbc, "select count(*) from act_hi_procinst where end_time_ is null"),
                count(jdbc, "select count(*) from ratsanfragen.deadline_extension"),
                jdbc.queryForObject("select pg_size_pretty(pg_database_size(current_database()))", String.class));
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    // ---- measuring ----

    /** One measured request: label, the user asking, path (for the n-th run), and whether the 200 ms budget applies. */
    private record Endpoint(String label, String user, IntFunction<String> path, boolean budget) {
    }

    private static void measure(Client client, JdbcTemplate jdbc, DataSource dataSource) throws Exception {
        List<String> drill = jdbc.queryForList("select id::text from ratsanfragen.inquiry where state = 'IN_PROGRESS' order by reference", String.class);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
        String fiveYears = "/api/statistics?from=" + today.minusYears(5).plusDays(1) + "&to=" + today;
        List<Endpoint> endpoints = List.of(
                new Endpoint("GET /api/deadlines", "ob", n -> "/api/deadlines", true),
                new Endpoint("GET /api/deadlines?faction=LINKE", "ob", n -> "/api/deadlines?faction=LINKE", true),
                new Endpoint("GET /monitor", "ob", n -> "/monitor", true),
                new Endpoint("GET /monitor?faction=LINKE", "ob", n -> "/monitor?faction=LINKE", true),
                new Endpoint("GET /api/deadlines/{id}", "ob", n -> "/api/deadlines/" + drill.get(n * 7 % drill.size()), false),
                new Endpoint("GET /monitor/{id}", "ob", n -> "/monitor/" + drill.get(n * 11 % drill.size()), false),
                // beside the budget: the other views of issue 6 at the same scale
                new Endpoint("GET /api/statistics (5 years)", "ob", n -> fiveYears, false),
                new Endpoint("GET /fristen as a11", "a11", n -> "/fristen", false),
                new Endpoint("GET /api/units/A11/deadlines", "a11", n -> "/api/units/A11/deadlines", false));
        Map<Endpoint, Integer> sizes = new HashMap<>();
        for (int run = 0; run < WARM_UP; run++) {
            for (Endpoint endpoint : endpoints) {
                sizes.put(endpoint, client.get(endpoint.user(), endpoint.path().apply(run)).length());
            }
        }
        // round by round, so that a change of the machine's speed hits every endpoint alike
        Map<Endpoint, List<Long>> nanos = new LinkedHashMap<>();
        endpoints.forEach(endpoint -> nanos.put(endpoint, new ArrayList<>()));
        // -Dbench.jfr=file.jfr: a Flight Recorder profile of the measured requests, to see where the time goes in the JVM
        String jfr = System.getProperty("bench.jfr");
        jdk.jfr.Recording recording = jfr == null ? null : new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
        if (recording != null) {
            recording.start();
        }
        for (int run = 0; run < RUNS; run++) {
            for (Endpoint endpoint : endpoints) {
                long start = System.nanoTime();
                client.get(endpoint.user(), endpoint.path().apply(run));
                nanos.get(endpoint).add(System.nanoTime() - start);
            }
        }
        if (recording != null) {
            recording.dump(Path.of(jfr));
            recording.close();
            System.out.println("profile of the measured requests: " + jfr);
        }
        System.out.printf("%n%d warm-up and %d measured sequential requests per endpoint (HTTP Basic; as „ob“ unless named), %d cores, %s, load average %s%n",
                WARM_UP, RUNS, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadAverage());
        boolean ok = true;
        for (Endpoint endpoint : endpoints) {
            List<Long> sorted = new ArrayList<>(nanos.get(endpoint));
            Collections.sort(sorted);
            double p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6;
            String verdict = endpoint.budget() ? (p95 <= BUDGET_MS ? "budget " + BUDGET_MS + " ms  ok" : "budget " + BUDGET_MS + " ms  MISSED") : "";
            ok &= !endpoint.budget() || p95 <= BUDGET_MS;
            System.out.printf("%-34s p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms   %5d kB   %s%n", endpoint.label(),
                    sorted.get(sorted.size() / 2) / 1e6, p95, sorted.get(sorted.size() - 1) / 1e6, sizes.get(endpoint) / 1024, verdict);
        }
        System.out.println(ok ? "budget held: p95 ≤ 200 ms for /api/deadlines and /monitor" : "budget MISSED");
        statements(client, endpoints, dataSource);
    }

    /**
     * The statements of a few requests per endpoint: how many, how long, the slowest ones; then the plan of
     * the statement slowest on average, run again with the parameters of its slowest execution.
     */
    private static void statements(Client client, List<Endpoint> endpoints, DataSource dataSource) throws Exception {
        int requests = 5;
        Map<String, List<Executed>> all = new LinkedHashMap<>();
        Map<String, String> firstSeenIn = new HashMap<>();
        System.out.printf("%nSQL per request (mean of %d requests; the time the driver took, fetching the rows included):%n", requests);
        for (Endpoint endpoint : endpoints) {
            CAPTURED.clear();
            capturing = true;
            for (int run = 0; run < requests; run++) {
                client.get(endpoint.user(), endpoint.path().apply(run));
            }
            capturing = false;
            List<Executed> executed = List.copyOf(CAPTURED);
            Map<String, List<Executed>> bySql = new LinkedHashMap<>();
            for (Executed statement : executed) {
                bySql.computeIfAbsent(statement.sql(), sql -> new ArrayList<>()).add(statement);
                all.computeIfAbsent(statement.sql(), sql -> new ArrayList<>()).add(statement);
                firstSeenIn.putIfAbsent(statement.sql(), endpoint.label());
            }
            System.out.printf("%s: %.1f statements, %.1f ms in the database%n", endpoint.label(), executed.size() / (double) requests,
                    total(executed) / 1e6 / requests);
            bySql.entrySet().stream().sorted((a, b) -> Long.compare(total(b.getValue()), total(a.getValue()))).limit(4)
                    .forEach(entry -> System.out.printf("    %5.1f × %7.2f ms  %s%n", entry.getValue().size() / (double) requests,
                            total(entry.getValue()) / 1e6 / entry.getValue().size(), abbreviate(entry.getKey())));
        }
        var slowest = all.entrySet().stream()
                .max(Comparator.comparingDouble(entry -> total(entry.getValue()) / (double) entry.getValue().size())).orElse(null);
        if (slowest == null) {
            return;
        }
        Executed example = slowest.getValue().stream().max(Comparator.comparingLong(Executed::nanos)).orElseThrow();
        System.out.printf("%nslowest statement (mean %.1f ms over %d executions, in %s):%n%s%n%nEXPLAIN (ANALYZE, BUFFERS) with its parameters:%n",
                total(slowest.getValue()) / 1e6 / slowest.getValue().size(), slowest.getValue().size(), firstSeenIn.get(slowest.getKey()),
                slowest.getKey().strip());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement explain = connection.prepareStatement("explain (analyze, buffers) " + example.sql())) {
            for (Object[] parameter : example.parameters()) {
                call((Method) parameter[0], explain, (Object[]) parameter[1]);
            }
            try (ResultSet plan = explain.executeQuery()) {
                while (plan.next()) {
                    System.out.println(plan.getString(1));
                }
            }
        } catch (Throwable e) {
            System.out.println("(no plan: " + e + ")");
        }
    }

    private static long total(List<Executed> executed) {
        return executed.stream().mapToLong(Executed::nanos).sum();
    }

    private static String abbreviate(String sql) {
        String flat = sql.replaceAll("\\s+", " ").strip();
        return flat.length() > 150 ? flat.substring(0, 150) + " …" : flat;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    // ---- generating the data through the service and the engine ----

    /** Submits inquiries through the API and completes their tasks through the engine, {@value #WORKERS} at a time. */
    private static final class Generator {

        private final Client client;
        private final TaskService tasks;
        private final RuntimeService runtime;
        private final IdentityService identity;
        private final ManagementService management;
        private final AtomicLong completed = new AtomicLong();
        private final AtomicInteger submitted = new AtomicInteger();
        private final long start = System.nanoTime();

        Generator(ConfigurableApplicationContext context, Client client) {
            this.client = client;
            this.tasks = context.getBean(TaskService.class);
            this.runtime = context.getBean(RuntimeService.class);
            this.identity = context.getBean(IdentityService.class);
            this.management = context.getBean(ManagementService.class);
        }

        void run() throws Exception {
            // the open inquiries finish their triage and a few answers: the released ones make up the rest
            long openFinished = 0;
            for (int i = 0; i < OPEN; i++) {
                openFinished += inTriage(i) ? 0 : 1 + answeredOf(i);
            }
            long releasedTarget = FINISHED_TASKS - openFinished;
            System.out.printf("generating: released inquiries until %d tasks are finished, then %d open inquiries ...%n",
                    releasedTarget, OPEN);
            AtomicInteger next = new AtomicInteger();
            parallel(() -> {
                while (completed.get() < releasedTarget) {
                    released(next.getAndIncrement());
                }
            });
            System.out.printf("  %d released inquiries, %d tasks finished (%s)%n", next.get(), completed.get(), elapsed());
            AtomicInteger open = new AtomicInteger();
            parallel(() -> {
                for (int i = open.getAndIncrement(); i < OPEN; i = open.getAndIncrement()) {
                    open(i);
                }
            });
            System.out.printf("  %d open inquiries, %d tasks finished in all (%s)%n", OPEN, completed.get(), elapsed());
        }

        private static boolean inTriage(int i) {
            return i % 20 == 0;
        }

        /** Items of an open inquiry already answered (0–4): answered counts vary on the monitor. */
        private static int answeredOf(int i) {
            return i % 5;
        }

        private void parallel(ThrowingRunnable work) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < WORKERS; i++) {
                futures.add(pool.submit(() -> {
                    work.run();
                    return null;
                }));
            }
            pool.shutdown();
            for (Future<Object> future : futures) {
                future.get();
            }
        }

        /** A released inquiry of 10–30 items: triage, every item answered, signed off by its Dezernate, approved, the faction told. */
        private void released(int n) throws Exception {
            Random random = new Random(n);
            int items = 10 + random.nextInt(21);
            List<String> tags = new ArrayList<>();
            for (int i = 0; i < items; i++) {
                tags.add(TAGS.get(random.nextInt(TAGS.size())));
            }
            String id = submit(n, tags);
            String process = process(id);
            for (List<Task> open = openTasks(process); !open.isEmpty(); open = openTasks(process)) {
                for (Task task : open) {
                    complete(task, values(task));
                }
            }
            runJobs(process);
            if (runtime.createProcessInstanceQuery().processInstanceId(process).count() != 0) {
                throw new IllegalStateException("inquiry " + id + " did not finish");
            }
            progress();
        }

        /** An open inquiry: every 20th in triage, the others triaged with a deadline 2–9 weeks ahead, some answers given, every 10th extended. */
        private void open(int i) throws Exception {
            int answered = answeredOf(i);
            List<String> tags = new ArrayList<>();
            for (int item = 0; item < OPEN_ITEMS + answered; item++) {
                // single units: one open answer task per item
                tags.add(TAGS.get((i + item) % (TAGS.size() - 1)));
            }
            String id = submit(1_000_000 + i, tags);
            String process = process(id);
            if (!inTriage(i)) {
                Task triage = openTasks(process).get(0);
                LocalDate due = LocalDate.now(COUNCIL_TIME).plusDays(14 + i % 50);
                // the form takes German dates
                complete(triage, Map.of("explicitDueDate", due.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu"))));
                List<Task> answers = openTasks(process);
                for (int k = 0; k < answered; k++) {
                    complete(answers.get(k), values(answers.get(k)));
                }
                if (i % 10 == 1) {
                    client.send("ob", "POST", "/api/inquiries/" + id + "/deadline", "{\"dueDate\": \"" + due.plusDays(21)
                            + "\", \"reason\": \"Die Zuarbeit eines weiteren Amtes steht noch aus.\"}");
                    runJobs(process);
                }
            }
            progress();
        }

        private String submit(int n, List<String> tags) throws Exception {
            StringBuilder items = new StringBuilder();
            for (int i = 0; i < tags.size(); i++) {
                items.append(i == 0 ? "" : ",").append("{\"text\": \"Wie ist der Stand der Maßnahme ").append(i + 1)
                        .append(", und welche Schritte folgen bis Ende des Jahres?\", \"routing\": \"").append(tags.get(i)).append("\"}");
            }
            String title = SUBJECTS.get(n % SUBJECTS.size()) + " (" + (n % 997) + ")";
            String faction = n % 3 == 0 ? "linke" : "gruene";
            String body = client.send(faction, "POST", "/api/inquiries", "{\"title\": \"" + title + "\", \"items\": [" + items + "]}");
            return JSON.readTree(body).path("id").asText();
        }

        private String process(String inquiryId) {
            return runtime.createProcessInstanceQuery().processInstanceBusinessKey(inquiryId).singleResult().getId();
        }

        private List<Task> openTasks(String process) {
            return tasks.createTaskQuery().processInstanceId(process).orderByTaskCreateTime().asc().list();
        }

        /** What a unit enters in the task's form. */
        private static Map<String, Object> values(Task task) {
            return switch (task.getTaskDefinitionKey()) {
                case "task_triage" -> Map.of();
                case "task_sign_off", "task_approve" -> Map.of("approved", true);
                default -> Map.of("answer", "Die Verwaltung hat die Maßnahme im Berichtszeitraum weitergeführt; "
                        + "die nächsten Schritte sind beauftragt und werden im Ausschuss vorgestellt.");
            };
        }

        /** Completes the task as the demo user of its unit (the candidate group), as Tasklist would. */
        private void complete(Task task, Map<String, Object> values) {
            String group = tasks.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(link -> link.getGroupId()).findFirst().orElseThrow();
            identity.setAuthentication(group.toLowerCase(java.util.Locale.ROOT), List.of(group));
            try {
                tasks.complete(task.getId(), values);
            } finally {
                identity.clearAuthentication();
            }
            completed.incrementAndGet();
        }

        /** The asynchronous steps (mail to the faction, interim notice) as the job executor would run them. */
        private void runJobs(String process) {
            for (Job job : management.createJobQuery().processInstanceId(process).list()) {
                management.executeJob(job.getId());
            }
        }

        private void progress() {
            int n = submitted.incrementAndGet();
            if (n % 250 == 0) {
                System.out.printf("  %d inquiries, %d tasks finished (%s)%n", n, completed.get(), elapsed());
            }
        }

        private String elapsed() {
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            return seconds + " s, " + String.format("%.0f", completed.get() / Math.max(1.0, seconds)) + " tasks/s";
        }
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** JSON over HTTP as a demo user (HTTP Basic). */
    private record Client(String base, HttpClient http) {

        Client(String base) {
            this(base, HttpClient.newHttpClient());
        }

        String get(String user, String path) throws Exception {
            return send(user, "GET", path, null);
        }

        String send(String user, String method, String path, String json) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
            request = json == null ? request.GET()
                    : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        }
    }

    private MonitorBenchmark() {
    }
}
