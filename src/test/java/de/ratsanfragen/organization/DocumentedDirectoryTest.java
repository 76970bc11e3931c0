package de.ratsanfragen.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;

/** The example in docs/organization-directory.md is a directory the service accepts. */
class DocumentedDirectoryTest {

    @Test
    void theDocumentedJenaStyleExampleLoads(@TempDir Path folder) throws IOException {
        String doc = Files.readString(Path.of("docs", "organization-directory.md"), StandardCharsets.UTF_8);
        int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
        String yaml = doc.substring(start, doc.indexOf("```", start));
        Path file = folder.resolve("jena.yml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);

        OrganizationDirectory directory = TestDirectories.load(new FileSystemResource(file));

        assertThat(directory.council().state()).isEqualTo("th");
        assertThat(directory.find("FD Jugend und Bildung")).map(Unit::kind).contains(UnitKind.FACHDIENST);
        assertThat(directory.parseRoutingTag("V: D2/ FD Jugend und Bildung/ KSJ").answeringUnits())
                .containsExactly("FDJB", "KSJ");
    }
}
