package de.ratsanfragen.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import de.ratsanfragen.organization.RoutingTag.Assignment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every routing tag of the Erfurt inquiry, read by hand from the seed (GUIDE §2.2): assignments,
 * lead and consulted units. The table is written from the document, not from the parser's output.
 */
class RoutingTagSeedGoldenTest {

    private static final String SEED = "/seeds/000_c1f1a59b122f7d03.txt";

    private final OrganizationDirectory directory = TestDirectories.erfurt();

    record Golden(List<Assignment> assignments, String lead, List<String> consulted) {
    }

    private static Assignment a(String dezernat, String... units) {
        return new Assignment(dezernat, List.of(units));
    }

    private static Golden golden(String lead, List<String> consulted, Assignment... assignments) {
        return new Golden(List.of(assignments), lead, consulted);
    }

    /** Each distinct tag of the seed, exactly as written there (whitespace included). */
    static final Map<String, Golden> GOLDEN = Map.ofEntries(
            Map.entry("V: D01/ Büro für Migration und Integration", golden("BMI", List.of(), a("D01", "BMI"))),
            Map.entry("V: D01/ A11// D03/ A32/ A53// D05/ A50/ A51",
                    golden("A11", List.of(), a("D01", "A11"), a("D03", "A32", "A53"), a("D05", "A50", "A51"))),
            Map.entry("V: D01/ A11", golden("A11", List.of(), a("D01", "A11"))),
            Map.entry("V: D01/A11", golden("A11", List.of(), a("D01", "A11"))),
            Map.entry("V: D01/ A11// D03/ A32", golden("A11", List.of(), a("D01", "A11"), a("D03", "A32"))),
            Map.entry("V: D03// D05", golden("D03", List.of(), a("D03"), a("D05"))),
            Map.entry("V: D03/ A32", golden("A32", List.of(), a("D03", "A32"))),
            Map.entry("V: D03/ A32// D05/ A50", golden("A32", List.of(), a("D03", "A32"), a("D05", "A50"))),
            Map.entry("V: D03/ A32/ A53// D05/ A40/ A50/ A51",
                    golden("A32", List.of(), a("D03", "A32", "A53"), a("D05", "A40", "A50", "A51"))),
            Map.entry("V: D04/ A67", golden("A67", List.of(), a("D04", "A67"))),
            Map.entry("V: D01", golden("D01", List.of(), a("D01"))),
            Map.entry("V: D01/A17", golden("A17", List.of(), a("D01", "A17"))),
            Map.entry("V: D05/ A51", golden("A51", List.of(), a("D05", "A51"))),
            Map.entry("V: D05/ A40// D01/ Büro für Migration und Integration",
                    golden("A40", List.of(), a("D05", "A40"), a("D01", "BMI"))),
            Map.entry("V: D05/ A50", golden("A50", List.of(), a("D05", "A50"))),
            Map.entry("V: D03/ A53", golden("A53", List.of(), a("D03", "A53"))),
            Map.entry("V: D01 in Abstimmung mit D05", golden("D01", List.of("D05"), a("D01"))),
            Map.entry("V: D01/ Büro für Migration und Integration in Absprache mit Leiterin Bereich OB",
                    golden("BMI", List.of("OB"), a("D01", "BMI"))));

    static Stream<String> seedTags() throws IOException {
        return readSeedTags().stream();
    }

    static List<String> readSeedTags() throws IOException {
        try (InputStream in = RoutingTagSeedGoldenTest.class.getResourceAsStream(SEED)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(line -> line.startsWith("V:")).toList();
        }
    }

    @Test
    void theSeedHasTheRoutingTagsThisTableWasWrittenFrom() throws IOException {
        List<String> tags = readSeedTags();
        assertThat(tags).hasSize(36);
        Set<String> distinct = new LinkedHashSet<>(tags);
        assertThat(distinct).containsExactlyInAnyOrderElementsOf(GOLDEN.keySet());
    }

    @ParameterizedTest
    @MethodSource("seedTags")
    void everySeedTagParsesAsTheGuideSays(String tag) {
        RoutingTag parsed = directory.parseRoutingTag(tag);
        Golden expected = GOLDEN.get(tag);

        assertThat(parsed.warnings()).as("warnings for %s", tag).isEmpty();
        assertThat(parsed.raw()).isEqualTo(tag);
        assertThat(parsed.assignments()).as("assignments of %s", tag).isEqualTo(expected.assignments());
        assertThat(parsed.lead()).as("lead of %s", tag).isEqualTo(expected.lead());
        assertThat(parsed.consulted()).as("consulted of %s", tag).isEqualTo(expected.consulted());
    }
}
