package de.ratsanfragen.evaluation;

import static de.ratsanfragen.Mutations.assertOnlyGermanRefusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;

import de.ratsanfragen.Mutations;
import de.ratsanfragen.document.DocumentReader;
import de.ratsanfragen.document.SourceDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Jena report, truncated and mutated (worst cases included, see {@link Mutations}), through the
 * document reader and the report importer: a result or a German refusal, within two seconds per
 * document; fixed seed, the same cases in every build.
 */
class ReportImporterFuzzTest {

    private static final DocumentReader READER = new DocumentReader();

    static Stream<Arguments> reports() {
        return Mutations.cases("report", String.join("\n", JenaSeed.lines()), new Random(20251203), 20, 20, 40).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void reports(String name, String text) {
        assertOnlyGermanRefusal(name, () -> {
            SourceDocument document = READER.read(name + ".txt", text.getBytes(StandardCharsets.UTF_8));
            JenaReportParser.recognizes(document.lines());
            ImportedEvaluation report = new JenaReportParser().parse(document.lines());
            assertThat(report.measures().isEmpty() && report.warnings().isEmpty()).as("no goal read, and no word why").isFalse();
        });
    }
}
