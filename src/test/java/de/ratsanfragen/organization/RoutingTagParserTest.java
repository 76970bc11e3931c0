package de.ratsanfragen.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;

import de.ratsanfragen.organization.RoutingTag.Assignment;
import de.ratsanfragen.platform.ApiProblem;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The grammar's variants beyond the seed, and bad tags: always a result, never an exception. */
class RoutingTagParserTest {

    private final OrganizationDirectory directory = TestDirectories.erfurt();

    @Test
    void whitespaceAndCaseDoNotMatter() {
        RoutingTag tag = directory.parseRoutingTag("  v:D01 /a11 //  d03/A 32 ");

        assertThat(tag.warnings()).isEmpty();
        assertThat(tag.assignments()).containsExactly(new Assignment("D01", List.of("A11")),
                new Assignment("D03", List.of("A32")));
        assertThat(tag.lead()).isEqualTo("A11");
    }

    @Test
    void unitsAreFoundByNameAndAlias() {
        RoutingTag tag = directory.parseRoutingTag("V: Dezernat 05/ Amt für Soziales/ Jugendamt// D03/ ABH");

        assertThat(tag.warnings()).isEmpty();
        assertThat(tag.assignments()).containsExactly(new Assignment("D05", List.of("A50", "A51")),
                new Assignment("D03", List.of("A32")));
        assertThat(tag.answeringUnits()).containsExactly("A50", "A51", "A32");
    }

    @Test
    void severalConsultedUnitsAreListed() {
        RoutingTag tag = directory.parseRoutingTag(
                "V: D03/ A53 in Abstimmung mit D05, Büro für Migration und Integration und Bereich OB");

        assertThat(tag.warnings()).isEmpty();
        assertThat(tag.lead()).isEqualTo("A53");
        assertThat(tag.consulted()).containsExactly("D05", "BMI", "OB");
    }

    @Test
    void aDezernatOnlyTagIsAnsweredByTheDezernat() {
        RoutingTag tag = directory.parseRoutingTag("V: D03// D05");

        assertThat(tag.answeringUnits()).containsExactly("D03", "D05");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "V:", "V:   "})
    void anEmptyTagGivesAWarningAndNoRouting(String raw) {
        RoutingTag tag = directory.parseRoutingTag(raw);

        assertThat(tag.assignments()).isEmpty();
        assertThat(tag.lead()).isNull();
        assertThat(tag.warnings()).singleElement().asString().containsAnyOf("ist leer", "nennt keine Einheit");
    }

    @Test
    void anUnknownUnitIsNamedInAWarningAndTheRestIsKept() {
        RoutingTag tag = directory.parseRoutingTag("V: D01/ Amt für Zauberei/ A11");

        assertThat(tag.warnings()).containsExactly("Unbekannte Einheit „Amt für Zauberei“ im V-Vermerk.");
        assertThat(tag.assignments()).containsExactly(new Assignment("D01", List.of("A11")));
        assertThat(tag.lead()).isEqualTo("A11");
    }

    @Test
    void aTagWithoutPrefixIsReadWithAWarning() {
        RoutingTag tag = directory.parseRoutingTag("D01/ A11");

        assertThat(tag.assignments()).containsExactly(new Assignment("D01", List.of("A11")));
        assertThat(tag.warnings()).singleElement().asString().contains("„D01/ A11“", "„V:“");
    }

    @Test
    void emptySegmentsAreReported() {
        RoutingTag tag = directory.parseRoutingTag("V: D01/ /A11//// D03");

        assertThat(tag.assignments()).containsExactly(new Assignment("D01", List.of("A11")), new Assignment("D03", List.of()));
        assertThat(tag.warnings()).anySatisfy(w -> assertThat(w).contains("Leerer Name"))
                .anySatisfy(w -> assertThat(w).contains("Leerer Abschnitt"));
    }

    @Test
    void aMissingDezernatIsTakenFromTheDirectoryWithAWarning() {
        RoutingTag tag = directory.parseRoutingTag("V: A53");

        assertThat(tag.assignments()).containsExactly(new Assignment("D03", List.of("A53")));
        assertThat(tag.warnings()).singleElement().asString().contains("„A53“", "D03");
    }

    @Test
    void aUnitUnderTheWrongDezernatIsKeptAsWrittenWithAWarning() {
        RoutingTag tag = directory.parseRoutingTag("V: D01/ A50");

        assertThat(tag.assignments()).containsExactly(new Assignment("D01", List.of("A50")));
        assertThat(tag.warnings()).singleElement().asString().contains("A50", "D05", "D01");
    }

    @Test
    void aFactionCannotBeRoutedTo() {
        RoutingTag tag = directory.parseRoutingTag("V: GRUENE");

        assertThat(tag.assignments()).isEmpty();
        assertThat(tag.lead()).isNull();
        assertThat(tag.warnings()).anySatisfy(w -> assertThat(w).contains("„GRUENE“", "Fraktion"));
    }

    @Test
    void anUnknownConsultedUnitIsNamed() {
        RoutingTag tag = directory.parseRoutingTag("V: D01 in Abstimmung mit Stadtwerken");

        assertThat(tag.assignments()).containsExactly(new Assignment("D01", List.of()));
        assertThat(tag.consulted()).isEmpty();
        assertThat(tag.warnings()).singleElement().asString().contains("„Stadtwerken“");
    }

    @Test
    void aTrailerWithoutUnitIsReported() {
        RoutingTag tag = directory.parseRoutingTag("V: D01 in Absprache mit ,");

        assertThat(tag.consulted()).isEmpty();
        assertThat(tag.warnings()).singleElement().asString().contains("fehlt die Einheit");
    }

    @Test
    void assignmentsAfterATrailerStayAssignments() {
        RoutingTag tag = directory.parseRoutingTag("V: D01 in Abstimmung mit D05// D03/ A32");

        assertThat(tag.warnings()).isEmpty();
        assertThat(tag.assignments()).containsExactly(new Assignment("D01", List.of()), new Assignment("D03", List.of("A32")));
        assertThat(tag.consulted()).containsExactly("D05");
        assertThat(tag.lead()).isEqualTo("D01");
    }

    @Test
    void anEmptyTrailerAtTheEndKeepsTheAssignment() {
        RoutingTag tag = directory.parseRoutingTag("V: D01 in Abstimmung mit");

        assertThat(tag.assignments()).containsExactly(new Assignment("D01", List.of()));
        assertThat(tag.warnings()).containsExactly("Nach „in Abstimmung/Absprache mit“ fehlt die Einheit.");
    }

    @Test
    void knownConsultedUnitsAreKeptBesideUnknownOnes() {
        RoutingTag tag = directory.parseRoutingTag("V: D01 in Abstimmung mit D05 und Zauberei");

        assertThat(tag.consulted()).containsExactly("D05");
        assertThat(tag.warnings()).containsExactly("Unbekannte Einheit „Zauberei“ bei „in Abstimmung/Absprache mit“.");
    }

    @Test
    void aFactionCannotBeConsulted() {
        RoutingTag tag = directory.parseRoutingTag("V: D01 in Absprache mit Grüne");

        assertThat(tag.consulted()).isEmpty();
        assertThat(tag.warnings()).singleElement().asString().contains("Fraktion");
    }

    @Test
    void aUnitThatAnswersIsNotAlsoConsulted() {
        RoutingTag tag = directory.parseRoutingTag("V: D01/ A11 in Abstimmung mit A11");

        assertThat(tag.warnings()).singleElement().asString().contains("„A11“", "zugleich");
    }

    @Test
    void unitsJoinedByUndInTheMainPartAreBothAssigned() {
        RoutingTag tag = directory.parseRoutingTag("V: D01/ A11 und A17");

        assertThat(tag.warnings()).isEmpty();
        assertThat(tag.assignments()).containsExactly(new Assignment("D01", List.of("A11", "A17")));
    }

    @Test
    void aNameContainingASlashIsFound() {
        OrganizationDirectory withSlash = TestDirectories.load(new org.springframework.core.io.ByteArrayResource("""
                council: {name: Musterstadt, state: th}
                units:
                  - {code: OB, name: Bereich Oberbürgermeister, kind: OB_OFFICE, mail: ob@musterstadt.example}
                  - {code: D01, name: Dezernat 01, kind: DEZERNAT, mail: d01@musterstadt.example}
                  - {code: BMI, name: Bereich Migration/Integration, kind: BUERO, parent: D01, mail: bmi@musterstadt.example}
                  - {code: A11, name: Personalamt, kind: AMT, parent: D01, mail: a11@musterstadt.example}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8), "test directory"));

        RoutingTag tag = withSlash.parseRoutingTag("V: D01/ Bereich Migration/Integration/ A11");

        assertThat(tag.warnings()).isEmpty();
        assertThat(tag.assignments()).containsExactly(new Assignment("D01", List.of("BMI", "A11")));
    }

    @Test
    void manyEmptyNamesAreReportedOnce() {
        RoutingTag tag = directory.parseRoutingTag("V: D01/ / / / /A11");

        assertThat(tag.assignments()).containsExactly(new Assignment("D01", List.of("A11")));
        assertThat(tag.warnings()).containsExactly("Leerer Name zwischen „/“ in „D01/ / / / /A11“.");
    }

    @Test
    void thousandsOfFunctionWordsAreDroppedWithoutOverflowingTheStack() {
        RoutingTag tag = new RoutingTagParser(directory)
                .parse("V: D01 in Absprache mit " + "Leiterin der ".repeat(5_000) + "Bereich OB");

        assertThat(tag.warnings()).isEmpty();
        assertThat(tag.consulted()).containsExactly("OB");
    }

    @Test
    void aTagOfTheMaximumLengthIsRead() {
        String tag = "V: D01/ A11" + " ".repeat(RoutingTag.MAX_LENGTH - "V: D01/ A11".length());

        assertThat(directory.parseRoutingTag(tag).assignments()).containsExactly(new Assignment("D01", List.of("A11")));
    }

    @Test
    void aLongerTagIsRefusedInGerman() {
        String tag = "V: D01/ A11" + " ".repeat(RoutingTag.MAX_LENGTH + 1 - "V: D01/ A11".length());

        assertThatThrownBy(() -> directory.parseRoutingTag(tag)).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(problem.getMessage()).contains("„V: D01/ A11", "1001 Zeichen", "höchstens 1000");
        });
    }

    @Test
    void garbageNeverThrows() {
        Random random = new Random(20251202);
        String alphabet = "V:/ D0A1Büro//in Abstimmung mit,und\t\n\"<>{}";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String raw = text.toString();
            assertThatCode(() -> {
                RoutingTag tag = directory.parseRoutingTag(raw);
                if (tag.assignments().isEmpty()) {
                    assertThat(tag.warnings()).as("tag %s", raw).isNotEmpty();
                }
            }).doesNotThrowAnyException();
        }
    }
}
