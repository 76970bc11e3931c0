package de.ratsanfragen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The README tells the truth about the two commands, and CI runs the README's test command. */
class ProjectDocsTest {

    private static String read(String file) throws IOException {
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }

    @Test
    void theReadmeNamesTheTwoCommands() throws IOException {
        String readme = read("README.md");
        assertThat(readme).contains("./mvnw spring-boot:run", "./mvnw verify");
    }

    @Test
    void ciRunsTheReadmesTestCommandAndNothingThatHidesFailures() throws IOException {
        List<String> commands = read(".ci/run").lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        assertThat(commands).contains("set -euo pipefail");
        assertThat(commands.get(commands.size() - 1)).isEqualTo("./mvnw -B verify");
        assertThat(String.join("\n", commands)).doesNotContain("|| true", "-DskipTests", "-Dmaven.test.failure.ignore",
                "-fae", "--fail-never", "skipITs");
    }

    /** docs/security.md names the test behind every protection; each one it names must exist. */
    @Test
    void everyTestTheSecurityPageNamesExists() throws IOException {
        java.util.Set<String> tests;
        try (var files = Files.walk(Path.of("src", "test", "java"))) {
            tests = files.map(file -> file.getFileName().toString().replace(".java", "")).collect(java.util.stream.Collectors.toSet());
        }
        java.util.regex.Matcher named = java.util.regex.Pattern.compile("\\b([A-Z][A-Za-z]+(?:Test|IT))\\b")
                .matcher(read("docs/security.md"));
        List<String> missing = new java.util.ArrayList<>();
        int count = 0;
        while (named.find()) {
            count++;
            if (!tests.contains(named.group(1))) {
                missing.add(named.group(1));
            }
        }
        assertThat(count).as("tests named in docs/security.md").isGreaterThan(20);
        assertThat(missing).as("tests named in docs/security.md that do not exist").isEmpty();
    }

    @Test
    void theWrapperIsCommitted() {
        assertThat(Path.of("mvnw")).isExecutable();
        assertThat(Path.of(".mvn", "wrapper", "maven-wrapper.properties")).exists();
    }
}
