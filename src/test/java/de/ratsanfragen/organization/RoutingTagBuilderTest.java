package de.ratsanfragen.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import de.ratsanfragen.organization.RoutingTag.Assignment;
import de.ratsanfragen.platform.ApiProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;

/** A routing chosen from the directory's units becomes the tag the grammar reads, with the chosen lead first. */
class RoutingTagBuilderTest {

    private final OrganizationDirectory directory = TestDirectories.erfurt();

    @Test
    void theLeadComesFirstAndTheOtherUnitsAreGroupedByTheirDezernat() {
        RoutingTag tag = directory.routingOf("A51", List.of("A53", "A40", "D01"), List.of("BMI"));

        assertThat(tag.lead()).isEqualTo("A51");
        // A51 and A40 are D05's (directory), A53 is D03's, D01 answers itself
        assertThat(tag.assignments()).containsExactly(new Assignment("D05", List.of("A51", "A40")),
                new Assignment("D03", List.of("A53")), new Assignment("D01", List.of()));
        assertThat(tag.answeringUnits()).containsExactly("A51", "A40", "A53", "D01");
        assertThat(tag.consulted()).containsExactly("BMI");
        assertThat(tag.warnings()).isEmpty();
    }

    @Test
    void theBuiltTagReadsBackTheSameWhenTyped() {
        RoutingTag built = directory.routingOf("Gesundheitsamt", List.of("Amt 32"), List.of("D05", "Bereich OB"));
        RoutingTag typed = directory.parseRoutingTag(built.raw());

        assertThat(typed.assignments()).isEqualTo(built.assignments());
        assertThat(typed.lead()).isEqualTo("A53");
        assertThat(typed.consulted()).containsExactly("D05", "OB");
    }

    @Test
    void changingTheLeadMovesItsDezernatToTheFront() {
        RoutingTag before = directory.routingOf("A11", List.of("A50"), List.of());
        RoutingTag after = directory.routingOf("A50", before.answeringUnits().stream().filter(code -> !code.equals("A50")).toList(),
                before.consulted());

        assertThat(before.lead()).isEqualTo("A11");
        assertThat(after.lead()).isEqualTo("A50");
        assertThat(after.answeringUnits()).containsExactlyInAnyOrderElementsOf(before.answeringUnits());
        assertThat(after.assignments().get(0).dezernat()).isEqualTo("D05");
    }

    @Test
    void aDezernatAloneAnswersItself() {
        assertThat(directory.routingOf("D03", List.of(), List.of()).answeringUnits()).containsExactly("D03");
        assertThat(directory.routingOf("OB", List.of(), List.of()).lead()).isEqualTo("OB");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|''|''|keine federführende Einheit",
            "A99|''|''|„A99“ steht nicht im Organisationsverzeichnis",
            "GRUENE|''|''|ist eine Fraktion",
            "A11|LINKE|''|ist eine Fraktion",
            "A11|''|Grüne|ist eine Fraktion",
            "A11|''|A11|nicht zugleich „in Abstimmung“",
            "D05|A50|''|entweder das Dezernat oder seine Einheiten",
            "A11|Zauberei|''|„Zauberei“ steht nicht im Organisationsverzeichnis"})
    void aChoiceTheGrammarCannotSayIsRefusedInGerman(String lead, String other, String consulted, String message) {
        assertThatThrownBy(() -> directory.routingOf(lead, other.isEmpty() ? List.of() : List.of(other),
                consulted.isEmpty() ? List.of() : List.of(consulted)))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST))
                .hasMessageContaining(message);
    }
}
