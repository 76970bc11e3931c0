package de.ratsanfragen.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import de.ratsanfragen.platform.StartupProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;

/** A broken directory stops the start with one line naming the file, the entry and the problem. */
class DirectoryLoaderTest {

    private static final String HEADER = """
            council:
              name: Musterstadt
              state: th
            units:
              - code: OB
                name: Bereich Oberbürgermeister
                kind: OB_OFFICE
                mail: ob@musterstadt.example
              - code: D01
                name: Dezernat 01
                kind: DEZERNAT
                mail: d01@musterstadt.example
            """;

    @TempDir
    Path folder;

    private Path write(String yaml) throws IOException {
        Path file = folder.resolve("verzeichnis.yml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    private StartupProblem problemFor(String yaml) throws IOException {
        Path file = write(yaml);
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> TestDirectories.load(new FileSystemResource(file)));
        assertThat(thrown).isInstanceOf(StartupProblem.class);
        StartupProblem problem = (StartupProblem) thrown;
        assertThat(problem.getMessage()).doesNotContain("\n").contains(file.toString());
        assertThat(problem.action()).contains("ratsanfragen.organization.directory");
        return problem;
    }

    @Test
    void aValidDirectoryLoads() throws IOException {
        Path file = write(HEADER + """
                  - code: FDJB
                    name: Fachdienst Jugend und Bildung
                    kind: FACHDIENST
                    parent: D01
                    aliases: [FD Jugend und Bildung]
                    mail: fdjb@musterstadt.example
                """);

        OrganizationDirectory directory = TestDirectories.load(new FileSystemResource(file));

        assertThat(directory.council()).isEqualTo(new Council("Musterstadt", "th"));
        assertThat(directory.units()).extracting(Unit::code).containsExactly("OB", "D01", "FDJB");
        assertThat(directory.find("fd jugend und bildung")).map(Unit::code).contains("FDJB");
    }

    @Test
    void aDuplicateCodeNamesBothEntries() throws IOException {
        StartupProblem problem = problemFor(HEADER + """
                  - code: D01
                    name: Noch ein Dezernat
                    kind: DEZERNAT
                    mail: x@musterstadt.example
                """);
        assertThat(problem.getMessage()).contains("Eintrag 3 (D01)", "Code doppelt vergeben", "Eintrag 2");
    }

    @Test
    void anUnknownParentIsNamed() throws IOException {
        StartupProblem problem = problemFor(HEADER + """
                  - code: A11
                    name: Personalamt
                    kind: AMT
                    parent: D09
                    mail: a11@musterstadt.example
                """);
        assertThat(problem.getMessage()).contains("Eintrag 3 (A11)", "unbekannte übergeordnete Einheit „D09“");
    }

    @Test
    void aParentMustBeADezernatOrTheObOffice() throws IOException {
        StartupProblem problem = problemFor(HEADER + """
                  - {code: A11, name: Personalamt, kind: AMT, parent: D01, mail: a11@musterstadt.example}
                  - {code: A111, name: Abteilung Fortbildung, kind: AMT, parent: A11, mail: a111@musterstadt.example}
                """);
        assertThat(problem.getMessage()).contains("Eintrag 4 (A111)", "„A11“", "Dezernat");
    }

    @Test
    void aDezernatHasNoParent() throws IOException {
        StartupProblem problem = problemFor(HEADER + """
                  - {code: D02, name: Dezernat 02, kind: DEZERNAT, parent: D01, mail: d02@musterstadt.example}
                """);
        assertThat(problem.getMessage()).contains("Eintrag 3 (D02)", "keine übergeordnete Einheit");
    }

    @Test
    void theParentIsFoundWhateverItsCase() throws IOException {
        Path file = write(HEADER + """
                  - {code: A11, name: Personalamt, kind: AMT, parent: d01, mail: a11@musterstadt.example}
                """);
        assertThat(TestDirectories.load(new FileSystemResource(file)).find("A11")).map(Unit::parent).contains("D01");
    }

    @Test
    void aKeyWrittenTwiceIsRefused() throws IOException {
        StartupProblem problem = problemFor(HEADER + """
                  - code: A11
                    name: Personalamt
                    name: Amt für Personal
                    kind: AMT
                    mail: a11@musterstadt.example
                """);
        assertThat(problem.getMessage()).contains("kein gültiges YAML", "Zeile");
    }

    @Test
    void aMissingNameIsNamed() throws IOException {
        StartupProblem problem = problemFor(HEADER + """
                  - code: A11
                    kind: AMT
                    parent: D01
                    mail: a11@musterstadt.example
                """);
        assertThat(problem.getMessage()).contains("Eintrag 3 (A11)", "Name fehlt");
    }

    @Test
    void anUnknownKindListsTheAllowedOnes() throws IOException {
        StartupProblem problem = problemFor(HEADER + """
                  - code: A11
                    name: Personalamt
                    kind: REFERAT
                    mail: a11@musterstadt.example
                """);
        assertThat(problem.getMessage()).contains("Eintrag 3 (A11)", "unbekannte Art „REFERAT“", "FACHDIENST");
    }

    @Test
    void anUnknownFieldIsNamed() throws IOException {
        StartupProblem problem = problemFor(HEADER + """
                  - code: A11
                    name: Personalamt
                    kind: AMT
                    mail: a11@musterstadt.example
                    telefon: 123
                """);
        assertThat(problem.getMessage()).contains("Eintrag 3", "unbekanntes Feld „telefon“");
    }

    @Test
    void aNameUsedByTwoUnitsIsRefused() throws IOException {
        StartupProblem problem = problemFor(HEADER + """
                  - code: A11
                    name: Personalamt
                    kind: AMT
                    aliases: [Dezernat 01]
                    mail: a11@musterstadt.example
                """);
        assertThat(problem.getMessage()).contains("Eintrag 3 (A11)", "„Dezernat 01“", "D01");
    }

    @Test
    void aCodeThatCannotBeAGroupIdIsRefused() throws IOException {
        StartupProblem problem = problemFor(HEADER + """
                  - code: FD-12
                    name: Fachdienst 12
                    kind: FACHDIENST
                    mail: fd12@musterstadt.example
                """);
        assertThat(problem.getMessage()).contains("Eintrag 3 (FD-12)", "nur Buchstaben und Ziffern");
    }

    @Test
    void aMissingMailIsNamed() throws IOException {
        StartupProblem problem = problemFor(HEADER + """
                  - code: A11
                    name: Personalamt
                    kind: AMT
                """);
        assertThat(problem.getMessage()).contains("Eintrag 3 (A11)", "E-Mail-Adresse");
    }

    @Test
    void theObOfficeIsRequired() throws IOException {
        StartupProblem problem = problemFor("""
                council: {name: Musterstadt, state: th}
                units:
                  - {code: D01, name: Dezernat 01, kind: DEZERNAT, mail: d01@musterstadt.example}
                """);
        assertThat(problem.getMessage()).contains("OB_OFFICE", "gefunden: 0");
    }

    @Test
    void anUnknownStateIsRefused() throws IOException {
        StartupProblem problem = problemFor(HEADER.replace("state: th", "state: thüringen"));
        assertThat(problem.getMessage()).contains("council.state", "thüringen");
    }

    @Test
    void brokenYamlGivesTheLine() throws IOException {
        StartupProblem problem = problemFor(HEADER + "  - code: \"A11\n    name: offen\n");
        assertThat(problem.getMessage()).contains("Zeile", "kein gültiges YAML");
    }

    @Test
    void aValueOfTheWrongShapeIsNamed() throws IOException {
        StartupProblem problem = problemFor(HEADER + """
                  - code: [A11, A12]
                    name: Personalamt
                    kind: AMT
                    mail: a11@musterstadt.example
                """);
        assertThat(problem.getMessage()).contains("Eintrag 3", "„code“ hat die falsche Form");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = folder.resolve("fehlt.yml");
        assertThatThrownBy(() -> TestDirectories.load(new FileSystemResource(missing)))
                .isInstanceOf(StartupProblem.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("Datei nicht gefunden");
    }
}
