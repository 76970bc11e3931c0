package de.ratsanfragen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.webapp.filter.FailedStartCleanup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole service started the way operators start it, one context after the other in this JVM
 * (failsafe runs it apart from the unit tests' shared context): with a configured datasource, with
 * the embedded default across a restart, and with configuration that must stop the start.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupModesIT {

    /** Stands in for the operator's PostgreSQL server. */
    private static EmbeddedPostgres externalServer;

    @BeforeAll
    static void startExternalServer() throws IOException {
        externalServer = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopExternalServer() throws IOException {
        externalServer.close();
    }

    private static String createDatabase(String name) throws SQLException {
        try (Connection connection = externalServer.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        return externalServer.getJdbcUrl("postgres", name);
    }

    /** Starts the service with arguments that must stop it; returns what stopped it. */
    private static Throwable refusedStart(String... arguments) {
        try {
            start(arguments).close();
            throw new AssertionError("the service started although it should have refused to");
        } catch (RuntimeException expected) {
            return expected;
        } finally {
            FailedStartCleanup.forgetFailedContext();
        }
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        return ServiceInThisJvm.start(arguments);
    }

    @Test
    void withAConfiguredDatasourceNothingEmbeddedStartsAndNoDemoUserExists() throws SQLException {
        String url = createDatabase("production_like");
        try (ConfigurableApplicationContext context = start("--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres", "--camunda.bpm.admin-user.id=leitung",
                "--camunda.bpm.admin-user.password=Geheim-2025")) {

            assertThat(context.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
            IdentityService identity = context.getBean(IdentityService.class);
            assertThat(identity.createUserQuery().list()).extracting(User::getId).containsExactly("leitung");
            assertThat(identity.checkPassword("leitung", "Geheim-2025")).isTrue();
            assertThat(identity.createGroupQuery().groupId("A11").count()).isEqualTo(1);
        }
    }

    @Test
    void refusesToStartWithAnEmptyAdminGroup(CapturedOutput output) throws SQLException {
        String url = createDatabase("without_admin");

        refusedStart("--spring.datasource.url=" + url, "--spring.datasource.username=postgres");

        assertThat(output).contains("APPLICATION FAILED TO START",
                "Die Gruppe camunda-admin hat kein Mitglied", "CAMUNDA_BPM_ADMINUSER_ID");
    }

    @Test
    void refusesAnAdministratorWithoutOwnPassword(CapturedOutput output) throws SQLException {
        String url = createDatabase("admin_without_password");

        // Camunda would make the user id the password
        refusedStart("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--camunda.bpm.admin-user.id=admin");

        assertThat(output).contains("APPLICATION FAILED TO START", "kein eigenes Passwort", "CAMUNDA_BPM_ADMINUSER_PASSWORD");
    }

    @Test
    void theEmbeddedDefaultListensOnThisMachineOnly() {
        try (ConfigurableApplicationContext context = start(
                "--ratsanfragen.embedded-database.data-directory=target/startup-it-" + System.nanoTime())) {
            assertThat(context.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void aBrokenDirectoryStopsTheStartWithOneLine(CapturedOutput output, @TempDir Path folder) throws IOException {
        Path directory = folder.resolve("kaputt.yml");
        Files.writeString(directory, """
                council: {name: Musterstadt, state: th}
                units:
                  - {code: OB, name: Bereich Oberbürgermeister, kind: OB_OFFICE, mail: ob@musterstadt.example}
                  - {code: D01, name: Dezernat 01, kind: DEZERNAT, mail: d01@musterstadt.example}
                  - {code: D01, name: Dezernat 1, kind: DEZERNAT, mail: d1@musterstadt.example}
                """, StandardCharsets.UTF_8);

        refusedStart("--ratsanfragen.organization.directory=file:" + directory,
                "--ratsanfragen.embedded-database.data-directory=" + folder.resolve("pg"));

        assertThat(output.getAll().lines()
                .filter(line -> line.contains("Organisationsverzeichnis file:" + directory + ": Eintrag 3 (D01): Code doppelt vergeben"))
                .count()).isEqualTo(1);
        assertThat(output).doesNotContain("\tat de.ratsanfragen");
    }

    @Test
    void theEmbeddedDatabaseKeepsItsDataAndStopsWithTheService(@TempDir Path folder) {
        Path dataDirectory = folder.resolve("postgres");
        int port;
        try (ConfigurableApplicationContext first = start("--ratsanfragen.embedded-database.data-directory=" + dataDirectory)) {
            port = first.getBean(EmbeddedPostgres.class).getPort();
            IdentityService identity = first.getBean(IdentityService.class);
            User user = identity.newUser("merkzettel");
            user.setPassword("bleibt-da");
            identity.saveUser(user);
            assertThat(identity.checkPassword("a11", "demo")).isTrue();
        }

        assertThat(accepts(port)).as("embedded PostgreSQL stopped with the service").isFalse();

        try (ConfigurableApplicationContext second = start("--ratsanfragen.embedded-database.data-directory=" + dataDirectory)) {
            IdentityService identity = second.getBean(IdentityService.class);
            assertThat(identity.checkPassword("merkzettel", "bleibt-da")).isTrue();
        }
    }

    @Test
    void aReleasedResponseIsServedUnchangedAfterARestart(@TempDir Path folder) throws Exception {
        String data = "--ratsanfragen.embedded-database.data-directory=" + folder.resolve("postgres");
        String id;
        byte[] released;
        try (ConfigurableApplicationContext first = start(data)) {
            ServiceHttp http = ServiceInThisJvm.http(first, java.util.Map.of());
            id = ServiceHttp.JSON.readTree(http.send("gruene", "POST", "/api/inquiries",
                    "{\"title\": \"Antwort über einen Neustart\", \"items\": [{\"text\": \"Bleibt die Antwort?\", \"routing\": \"V: D01/ A11\"}]}")
                    .body()).path("id").asText();
            http.completeOnly("ob", id, "{}");
            http.completeOnly("a11", id, "{\"answer\": {\"value\": \"Ja, sie bleibt.\"}}");
            http.completeOnly("d01", id, "{\"approved\": {\"value\": true}}");
            http.completeOnly("ob", id, "{\"approved\": {\"value\": true}}");
            released = http.bytes("gruene", "/api/inquiries/" + id + "/response.pdf");
        }
        try (ConfigurableApplicationContext second = start(data)) {
            ServiceHttp http = ServiceInThisJvm.http(second, java.util.Map.of());
            assertThat(http.bytes("gruene", "/api/inquiries/" + id + "/response.pdf")).isEqualTo(released);
            assertThat(ServiceHttp.JSON.readTree(http.send("gruene", "GET", "/api/inquiries/" + id + "/response", null).body())
                    .path("versions").size()).isEqualTo(1);
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
