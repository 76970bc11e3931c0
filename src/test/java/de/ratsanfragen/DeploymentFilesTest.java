package de.ratsanfragen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs on our machines, so docker-compose.yml and the Dockerfile are checked as
 * files: the service talks to the compose database, waits for its health, and every environment
 * key it receives is a property the application really binds (per the configuration metadata of
 * the service and its libraries) — a typo would otherwise be ignored silently.
 */
class DeploymentFilesTest {

    private static Map<String, Object> services;
    private static Set<String> knownProperties;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        services = (Map<String, Object>) compose.get("services");
        knownProperties = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        Resource[] metadata = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:META-INF/*spring-configuration-metadata.json");
        for (Resource resource : metadata) {
            try (InputStream in = resource.getInputStream()) {
                JsonNode properties = json.readTree(in).path("properties");
                properties.forEach(property -> knownProperties.add(canonical(property.path("name").asText())));
            }
        }
        assertThat(knownProperties).as("configuration metadata found").contains(canonical("spring.datasource.url"),
                canonical("ratsanfragen.organization.directory"), canonical("camunda.bpm.admin-user.id"));
    }

    /** Spring's relaxed binding for environment variables: dots become underscores, dashes vanish. */
    private static String canonical(String name) {
        return name.toLowerCase(Locale.ROOT).replace("-", "").replace('.', '_');
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) {
        assertThat(services).containsKey(name);
        return (Map<String, Object>) services.get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> appEnvironment() {
        return (Map<String, Object>) service("app").get("environment");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDatabaseIsPostgres17WithAVolumeAndAHealthCheck() {
        Map<String, Object> db = service("db");
        assertThat(db.get("image")).isEqualTo("postgres:17");
        assertThat((List<String>) db.get("volumes")).anySatisfy(volume -> assertThat(volume).endsWith(":/var/lib/postgresql/data"));
        Map<String, Object> healthcheck = (Map<String, Object>) db.get("healthcheck");
        assertThat(healthcheck.get("test").toString()).contains("pg_isready");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theServiceIsBuiltHereAndWaitsForAHealthyDatabase() {
        Map<String, Object> app = service("app");
        assertThat(app.get("build")).isEqualTo(".");
        Map<String, Object> dependsOn = (Map<String, Object>) app.get("depends_on");
        assertThat((Map<String, Object>) dependsOn.get("db")).containsEntry("condition", "service_healthy");
    }

    @Test
    void theDatasourceUrlNamesTheDatabaseService() {
        String url = appEnvironment().get("SPRING_DATASOURCE_URL").toString();
        assertThat(url).startsWith("jdbc:postgresql://");
        URI uri = URI.create(url.substring("jdbc:".length()));
        assertThat(services).containsKey(uri.getHost());
        assertThat(service(uri.getHost()).get("image").toString()).startsWith("postgres:");
        assertThat(uri.getPath()).isEqualTo("/ratsanfragen");
    }

    @Test
    void mailGoesToMailpit() {
        assertThat(service("mailpit").get("image").toString()).startsWith("axllent/mailpit");
        assertThat(appEnvironment()).containsEntry("SPRING_MAIL_HOST", "mailpit").containsEntry("SPRING_MAIL_PORT", "1025");
    }

    @Test
    void everyEnvironmentKeyIsAPropertyTheApplicationBinds() {
        assertThat(appEnvironment().keySet()).isNotEmpty().allSatisfy(key ->
                assertThat(knownProperties).as("a bound property for %s", key).contains(canonical(key)));
    }

    @Test
    void noDemoCredentialsInTheProductionSetup() {
        assertThat(appEnvironment().get("CAMUNDA_BPM_ADMINUSER_PASSWORD").toString()).startsWith("${").contains(":?");
        assertThat(appEnvironment()).doesNotContainKey("RATSANFRAGEN_DEMO_USERS_ENABLED");
    }

    @Test
    void theDatabasePasswordMustBeSet() {
        assertThat(appEnvironment().get("SPRING_DATASOURCE_PASSWORD").toString()).startsWith("${POSTGRES_PASSWORD:?");
    }

    @Test
    void processModelsUnderBpmnReachTheClasspath() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        String resource = pom.substring(pom.indexOf("<directory>bpmn</directory>"));
        resource = resource.substring(0, resource.indexOf("</resource>"));
        assertThat(resource).contains("<targetPath>bpmn</targetPath>", "**/*.bpmn", "**/*.dmn", "**/*.form");
    }

    @Test
    void theImageIsBuiltInStagesWithTheWrapperAndRunsAsNonRootOnAJre17() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("Dockerfile"), StandardCharsets.UTF_8);
        List<String> from = lines.stream().filter(line -> line.startsWith("FROM ")).toList();
        assertThat(from).hasSize(2);
        assertThat(from.get(0)).contains("17-jdk").contains(" AS build");
        assertThat(from.get(1)).contains("17-jre");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("./mvnw").contains("package"));
        String user = lines.stream().filter(line -> line.startsWith("USER ")).reduce((a, b) -> b).orElseThrow();
        assertThat(user).doesNotContain("root");
        assertThat(lines.indexOf(user)).isGreaterThan(lines.indexOf(from.get(1)));
    }
}
