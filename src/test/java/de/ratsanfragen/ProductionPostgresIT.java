package de.ratsanfragen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The production setup of {@code docker-compose.yml}: an external PostgreSQL server whose role and
 * database are both named {@code ratsanfragen} — the role owns the database and with it the schema
 * {@code public}, and its name is the name of the service's Flyway schema — with the administrator from
 * the configuration and no demo users. The Erfurt seed is submitted and triaged (its texts are longer
 * than Camunda's 4,000 characters), then the service starts a second time on the same database.
 * <p>
 * The server is given by {@code RATSANFRAGEN_TEST_POSTGRES_URL} (e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/ratsanfragen}), {@code …_USER} (default {@code ratsanfragen})
 * and {@code …_PASSWORD}. <b>The test empties that database first</b> ({@code drop owned by current_user}):
 * give it one of its own. Without the URL the test is skipped, unless
 * {@code RATSANFRAGEN_PRODUCTION_DB_TEST=required} (as {@code .ci/run} sets it), where it fails.
 */
class ProductionPostgresIT {

    private static final String URL = System.getenv("RATSANFRAGEN_TEST_POSTGRES_URL");
    private static final String USER = System.getenv().getOrDefault("RATSANFRAGEN_TEST_POSTGRES_USER", "ratsanfragen");
    private static final String PASSWORD = System.getenv().getOrDefault("RATSANFRAGEN_TEST_POSTGRES_PASSWORD", "");
    private static final String ADMIN_PASSWORD = "Verwaltung-" + UUID.randomUUID();
    private static final Map<String, String> PASSWORDS = Map.of("admin", ADMIN_PASSWORD, "fraktion", "Fraktion-2025!",
            "buero", "Buero-OB-2025!");

    @Test
    void theErfurtInquiryIsSubmittedTriagedAndKeptOverARestart() throws Exception {
        if ("required".equals(System.getenv("RATSANFRAGEN_PRODUCTION_DB_TEST"))) {
            assertThat(URL).as("RATSANFRAGEN_TEST_POSTGRES_URL (RATSANFRAGEN_PRODUCTION_DB_TEST=required)").isNotBlank();
        }
        assumeTrue(URL != null && !URL.isBlank(), "RATSANFRAGEN_TEST_POSTGRES_URL is not set: no external PostgreSQL to test against");
        emptyDatabase();

        String first;
        try (ConfigurableApplicationContext service = start()) {
            assertThat(new JdbcTemplate(service.getBean(DataSource.class)).queryForObject("select current_schema()", String.class))
                    .as("the schema the service's connections work in, whatever the role is called").isEqualTo("public");
            ServiceHttp http = ServiceInThisJvm.http(service, PASSWORDS);
            createUser(http, "fraktion", "GRUENE");
            createUser(http, "buero", "OB");

            first = submitAndTriageTheErfurtSeed(http);
        }
        assertThat(columnTypes()).as("Camunda's value columns, found where its unqualified SQL finds them")
                .containsOnly("text");
        assertThat(camundaTablesIn(USER)).as("Camunda's tables in the Flyway schema").isZero();

        try (ConfigurableApplicationContext service = start()) {
            ServiceHttp http = ServiceInThisJvm.http(service, PASSWORDS);
            assertThat(http.json("admin", "GET", "/engine-rest/task?processInstanceBusinessKey=" + first, null).size())
                    .as("answer tasks of the first inquiry after the restart").isPositive();
            submitAndTriageTheErfurtSeed(http);
        }
    }

    private static ConfigurableApplicationContext start() {
        return ServiceInThisJvm.start("--spring.datasource.url=" + URL, "--spring.datasource.username=" + USER,
                "--spring.datasource.password=" + PASSWORD, "--camunda.bpm.admin-user.id=admin",
                "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD);
    }

    /** The faction submits the seed as written; the OB office routes its untagged items and completes the triage. */
    private static String submitAndTriageTheErfurtSeed(ServiceHttp http) throws Exception {
        JsonNode inquiry = http.upload("fraktion", "/api/inquiries", SeedFiles.ERFURT_INQUIRY, SeedFiles.seed(SeedFiles.ERFURT_INQUIRY));
        String id = inquiry.path("id").asText();
        assertThat(inquiry.path("items").size()).isGreaterThan(50);

        JsonNode triage = http.json("buero", "GET", "/engine-rest/task?processInstanceBusinessKey=" + id, null);
        assertThat(triage.size()).isEqualTo(1);
        String task = triage.get(0).path("id").asText();
        String overview = http.json("buero", "GET", "/engine-rest/task/" + task + "/form-variables?variableNames=itemsOverview", null)
                .path("itemsOverview").path("value").asText();
        assertThat(overview).hasSizeGreaterThan(4000);
        http.send("buero", "POST", "/engine-rest/task/" + task + "/complete", "{\"variables\": {\"routingChanges\": {\"value\": "
                + "\"40: V: D01/ A17\\n50: V: D03/ A53\\n51: V: D03/ A53\"}}}");
        assertThat(http.json("fraktion", "GET", "/api/inquiries/" + id, null).path("state").asText()).isEqualTo("IN_PROGRESS");
        return id;
    }

    /** No demo users here: the administrator creates the people through Camunda's REST API, as in Camunda Admin. */
    private static void createUser(ServiceHttp http, String id, String group) throws Exception {
        http.send("admin", "POST", "/engine-rest/user/create", "{\"profile\": {\"id\": \"" + id + "\", \"firstName\": \"Test\", "
                + "\"lastName\": \"" + group + "\", \"email\": \"" + id + "@erfurt.example\"}, \"credentials\": {\"password\": \""
                + PASSWORDS.get(id) + "\"}}");
        http.send("admin", "PUT", "/engine-rest/group/" + group + "/members/" + id, null);
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    /** The database as a fresh installation finds it: nothing but the empty schema {@code public}. */
    private static void emptyDatabase() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop owned by current_user");
        }
    }

    /** The types of Camunda's string value columns in the tables its SQL names, as the role's search path resolves them. */
    private static List<String> columnTypes() throws SQLException {
        List<String> types = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String table : List.of("act_ru_variable", "act_hi_varinst", "act_hi_detail")) {
                try (ResultSet result = statement.executeQuery("select format_type(atttypid, atttypmod) from pg_attribute "
                        + "where attrelid = to_regclass('" + table + "') and attname = 'text_'")) {
                    types.add(result.next() ? result.getString(1) : table + " not found");
                }
            }
        }
        return types;
    }

    private static int camundaTablesIn(String schema) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select count(*) from information_schema.tables where table_schema = '"
                     + schema + "' and table_name like 'act\\_%'")) {
            result.next();
            return result.getInt(1);
        }
    }
}
