package de.ratsanfragen.evaluation;

import static de.ratsanfragen.LinearTiming.assertLinear;
import static de.ratsanfragen.LinearTiming.assertWithin;
import static de.ratsanfragen.LinearTiming.text;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import de.ratsanfragen.document.DocumentReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Jena report importer costs linear time on the worst reports we can build: bullets and cells
 * continued over thousands of lines, list items that never close, headings and rows made of one
 * repeated piece. Sizes are lines where a block repeats, characters where one line grows.
 */
class JenaReportTimingTest {

    private static final String HEAD = "# Controlling\n## A Vollumfänglich bzw. überwiegend erfüllte Ziele\n## 1 Öffnung\n"
            + "Kurzfassung Ziel 1:\n- Das Ziel\n";
    private static final String STAND = "<b>Stand Anfang 2020</b>\t<ul><li>• Ziel erfüllt</li></ul>\n";

    static Stream<Arguments> worstReports() {
        return Stream.of(
                Arguments.of("a bullet wrapped over every line", 5_000, (Sizes) n -> HEAD + "läuft weiter\n".repeat(n)),
                Arguments.of("a cell continued in every row", 5_000, (Sizes) n -> HEAD + STAND + "\tweiter im Text\n".repeat(n)),
                Arguments.of("list items continued in every row", 2_000,
                        (Sizes) n -> HEAD + STAND + "\t<ul><li>• noch einer</li></ul>\n".repeat(n)),
                Arguments.of("list items never closed", 20_000, (Sizes) n -> HEAD + text("<b>Stand</b>\t", "<li>x ", "", n)),
                Arguments.of("list item tags never ended", 20_000, (Sizes) n -> HEAD + text("<b>Stand</b>\t", "<li ", "</li>", n)),
                Arguments.of("a topic number of many levels", 20_000, (Sizes) n -> text("## 1", ".1", " Thema", n)),
                Arguments.of("bold labels before a line separator", 20_000,
                        (Sizes) n -> HEAD + text("<b>", "</b>\t", "\u2028x", n)),
                Arguments.of("status words repeated", 20_000,
                        (Sizes) n -> HEAD + "<b>Stand</b>\t<ul><li>" + text("Ziel ", "erfüllt ", "</li></ul>", n)),
                Arguments.of("goals one after another", 500,
                        (Sizes) n -> HEAD + ("Kurzfassung Ziel 7:\n- x\n" + STAND).repeat(n)),
                Arguments.of("a section heading of one word repeated", 20_000, (Sizes) n -> text("## A ", "Ziele ", "x", n)));
    }

    /** The worst upload the limits let through: 10 MB, 19,000 rows of 500 characters continuing one cell. */
    @Test
    void theLargestAllowedReportStaysWithinSeconds() {
        byte[] upload = (HEAD + STAND + ("\t" + text("", "weiter im Text ", "", 500) + "\n").repeat(19_000))
                .getBytes(StandardCharsets.UTF_8);
        DocumentReader reader = new DocumentReader();
        assertWithin("10 MB of continued cells", Duration.ofSeconds(15), upload,
                bytes -> new JenaReportParser().parse(reader.read("bericht.txt", bytes).lines()));
    }

    /** Builds a report of a size. */
    interface Sizes {
        String report(int size);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("worstReports")
    void costGrowsLinearly(String name, int size, Sizes report) {
        JenaReportParser parser = new JenaReportParser();
        assertLinear(name, n -> report.report(n).lines().toList(), size, (List<String> lines) -> {
            JenaReportParser.recognizes(lines);
            parser.parse(lines);
        });
    }
}
