package de.ratsanfragen.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

/** A document's routing hints name units of the directory by code, name or alias, wherever they stand in the line. */
class RoutingHintsTest {

    private final OrganizationDirectory erfurt = TestDirectories.erfurt();

    private static List<String> codes(List<Unit> units) {
        return units.stream().map(Unit::code).toList();
    }

    @Test
    void theSeedsHintsNameTheirUnits() {
        assertThat(codes(erfurt.unitsNamedIn("Beantwortung Gesundheitsamt"))).containsExactly("A53");
        assertThat(codes(erfurt.unitsNamedIn("Beantwortung: Bereich D05"))).containsExactly("D05");
    }

    @Test
    void codesNamesAndAliasesAreFoundAnywhereInTheLine() {
        assertThat(codes(erfurt.unitsNamedIn("Zuständig: Amt für Soziales und Jugendamt"))).containsExactly("A50", "A51");
        assertThat(codes(erfurt.unitsNamedIn("Antwort bitte durch das Büro für Migration und Integration, ABH"))).containsExactly("BMI", "A32");
        assertThat(codes(erfurt.unitsNamedIn("Beantwortung: d 03"))).containsExactly("D03");
        assertThat(erfurt.unitsNamedIn("Beantwortung zeitnah")).isEmpty();
    }

    @Test
    void factionsAreNeverSuggested() {
        assertThat(codes(erfurt.unitsNamedIn("Beantwortung Grüne und Sozialamt"))).containsExactly("A50");
    }

    @Test
    void theSuggestionLetsTheFirstUnitLeadAndLeavesOutADezernatWhoseUnitIsNamed() {
        RoutingTag suggested = erfurt.suggestedRouting(List.of("Beantwortung: Bereich D05", "Beantwortung Jugendamt und Gesundheitsamt"))
                .orElseThrow();

        // D05 is Jugendamt's Dezernat (directory): the Jugendamt answers, not D05 besides it
        assertThat(suggested.lead()).isEqualTo("A51");
        assertThat(suggested.answeringUnits()).containsExactly("A51", "A53");
        assertThat(erfurt.suggestedRouting(List.of("Beantwortung zeitnah"))).isEmpty();
        assertThat(erfurt.suggestedRouting(List.of())).isEmpty();
    }

    @Test
    void anotherCouncilsNamesAreMatchedTheSameWay() {
        OrganizationDirectory jena = OrganizationDirectory.load(new ByteArrayResource("""
                council:
                  name: Stadt Jena
                  state: th
                units:
                  - code: OB
                    name: Büro Oberbürgermeister
                    kind: OB_OFFICE
                    mail: ob@jena.example
                  - code: DSOZ
                    name: Dezernat Soziales
                    kind: DEZERNAT
                    mail: soziales@jena.example
                  - code: FDJB
                    name: FD Jugend und Bildung
                    kind: FACHDIENST
                    parent: DSOZ
                    aliases: [Fachdienst Jugend und Bildung]
                    mail: fdjb@jena.example
                """.getBytes(StandardCharsets.UTF_8), "jena.yml"));

        assertThat(codes(jena.unitsNamedIn("Beantwortung: Fachdienst Jugend und Bildung"))).containsExactly("FDJB");
        assertThat(jena.suggestedRouting(List.of("Beantwortung FD Jugend und Bildung")).orElseThrow().raw())
                .isEqualTo(jena.routingOf("FDJB", List.of(), List.of()).raw());
    }
}
