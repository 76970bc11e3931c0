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

    @Test
    void theWrapperIsCommitted() {
        assertThat(Path.of("mvnw")).isExecutable();
        assertThat(Path.of(".mvn", "wrapper", "maven-wrapper.properties")).exists();
    }
}
