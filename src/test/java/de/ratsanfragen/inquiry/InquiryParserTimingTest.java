package de.ratsanfragen.inquiry;

import static de.ratsanfragen.LinearTiming.assertLinear;
import static de.ratsanfragen.LinearTiming.assertWithin;
import static de.ratsanfragen.LinearTiming.text;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;

import de.ratsanfragen.document.DocumentReader;
import de.ratsanfragen.document.SourceDocument;
import de.ratsanfragen.organization.RoutingTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both inquiry importers cost linear time on the worst documents we can build: thousands of routing
 * tags, one huge paragraph, notes and questions continued over thousands of lines, header and heading
 * lines made of one repeated piece. The parsers are timed without the limits in front of them (an
 * upload has at most 20,000 lines of 20,000 characters, an inquiry at most 500 items). Sizes are
 * lines where a block repeats, characters where one line grows.
 */
class InquiryParserTimingTest {

    private static final EvaluationInquiryParser COMMENTARY = new EvaluationInquiryParser(ErfurtSeedGoldenTest.erfurt());
    private static final NumberedInquiryParser NUMBERED = new NumberedInquiryParser();
    private static final String HEAD = "Anmerkungen zur 3. Evaluation\n\nFraktion BÜNDNIS 90/DIE GRÜNEN zum SAG, 2.12.2025\n\n"
            + "Handlungsfeld 1: Interkulturelle Öffnung\n\nEmpfehlung 1, M1:\n\n";
    private static final String ROW = "M1: Eine Maßnahme\t<u>Personalamt</u>\tfortlaufend\t(x) vollständig umgesetzt () teilweise umgesetzt\n";
    private static final String LEAD_IN = "Anfrage der Fraktion X\nBetreff: Schulen\nWir fragen die Verwaltung:\n";

    static Stream<Arguments> worstCommentaries() {
        return Stream.of(
                Arguments.of("routing tags after one question", 2_000, (Sizes) n -> HEAD + "Warum?\n" + "V: D01/ A11\n".repeat(n)),
                Arguments.of("long routing tags", 50, (Sizes) n -> HEAD + "Warum?\n"
                        + (text("V: D01/ ", "A11/ Amt x/ ", "", 900) + "\n").repeat(n)),
                Arguments.of("one huge paragraph", 200_000, (Sizes) n -> HEAD + text("", "Wie geht es weiter ", "?", n)),
                Arguments.of("one paragraph over every line", 5_000, (Sizes) n -> HEAD + "Wie geht es\n".repeat(n) + "weiter?\n"),
                Arguments.of("a note continued after every page break", 5_000,
                        (Sizes) n -> HEAD + ROW + "Aktueller Stand: Es geht\n\n" + "weiter und weiter\n\n".repeat(n)),
                Arguments.of("a measure row quoted again and again", 1_000, (Sizes) n -> HEAD + ROW.repeat(n) + "Warum?\n"),
                Arguments.of("a measure row continued in every row", 2_000, (Sizes) n -> HEAD + ROW + "\tweitere Einheit\n".repeat(n)),
                Arguments.of("a header naming committees again and again", 20_000,
                        (Sizes) n -> "Titel\n" + text("Fraktion X", " zum Y", "", n) + "\n" + HEAD + "Warum?\n"),
                Arguments.of("a recommendation naming many measures", 20_000,
                        (Sizes) n -> HEAD + text("Empfehlung 2, ", "M1 und ", "x", n) + "\nWarum?\n"),
                Arguments.of("headings glued together", 20_000, (Sizes) n -> HEAD + text("x", "**Empfehlung 1", "", n)),
                Arguments.of("routing hints", 2_000, (Sizes) n -> HEAD + "Beantwortung Gesundheitsamt\n".repeat(n) + "Warum?\n"),
                Arguments.of("many headings", 1_000, (Sizes) n -> HEAD + "Handlungsfeld 2: X\nEmpfehlung 3 M1\n".repeat(n)));
    }

    static Stream<Arguments> worstNumbered() {
        return Stream.of(
                Arguments.of("a question over every line", 5_000, (Sizes) n -> LEAD_IN + "1. Wie\n" + "geht es weiter\n".repeat(n)),
                Arguments.of("a question over paragraphs", 5_000, (Sizes) n -> LEAD_IN + "1. Wie\n" + "\ngeht es weiter\n".repeat(n)),
                Arguments.of("sub-items", 5_000, (Sizes) n -> LEAD_IN + "1. Wie?\n" + "- und dies\n".repeat(n)),
                Arguments.of("a faction line repeating itself", 20_000,
                        (Sizes) n -> text("der Fraktion ", "die Fraktion x ", "", n) + "\n" + LEAD_IN + "1. Wie?\n"),
                Arguments.of("a subject line of many words", 20_000,
                        (Sizes) n -> text("Anfrage der ", "Fraktion zur ", "- 1.1.2025", n) + "\n" + LEAD_IN + "1. Wie?\n"),
                Arguments.of("a lead-in word repeated without colon", 20_000,
                        (Sizes) n -> "Titel\n" + text("", "wir fragen ", "", n) + "\n1. Wie?\n"),
                Arguments.of("dates everywhere in the header", 20_000, (Sizes) n -> text("", "1.1.1.", "", n) + "\n" + LEAD_IN + "1. Wie?\n"),
                Arguments.of("paragraphs without numbers", 5_000, (Sizes) n -> LEAD_IN + "Warum\n\n".repeat(n) + "Wie?\n"),
                Arguments.of("a committee line", 20_000, (Sizes) n -> text("im Ausschuss ", "für x ", "", n) + "\n" + LEAD_IN + "1. Wie?\n"));
    }

    /**
     * The worst upload the limits let through: 10 MB of routing tags of 999 characters (10,000 lines).
     * It takes about 3 s on the loaded two-core machine; the ceiling only has to catch what is not
     * linear (the cubic tag reader needed hours for it).
     */
    @Test
    void theLargestAllowedUploadStaysWithinSeconds() {
        String tags = (text("V: D01/ ", "A11/ Amt x/ ", "", RoutingTag.MAX_LENGTH - 1) + "\n").repeat(10_000);
        byte[] upload = (HEAD + "Warum?\n" + tags).getBytes(StandardCharsets.UTF_8);
        InquiryImporter importer = new InquiryImporter(ErfurtSeedGoldenTest.erfurt());
        DocumentReader reader = new DocumentReader();
        assertWithin("10 MB of routing tags", Duration.ofSeconds(15), upload,
                bytes -> importer.read(reader.read("anfrage.txt", bytes)));
    }

    /** Builds a document of a size. */
    interface Sizes {
        String text(int size);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("worstCommentaries")
    void commentaryCostsLinearTime(String name, int size, Sizes document) {
        assertLinear(name, n -> SourceDocument.ofText("anfrage.txt", document.text(n)), size, source -> {
            EvaluationInquiryParser.recognizes(source);
            COMMENTARY.parse(source);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("worstNumbered")
    void numberedQuestionsCostLinearTime(String name, int size, Sizes document) {
        assertLinear(name, n -> SourceDocument.ofText("anfrage.txt", document.text(n)), size, NUMBERED::parse);
    }

}
