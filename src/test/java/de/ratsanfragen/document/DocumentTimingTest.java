package de.ratsanfragen.document;

import static de.ratsanfragen.LinearTiming.assertLinear;
import static de.ratsanfragen.LinearTiming.text;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading uploads costs linear time on the worst inputs we can build: markup that never closes,
 * single huge lines, many lines, Word lists with crafted definitions and deeply nested tables. The
 * readers are timed without the document limits in front of them ({@link DocumentReader} refuses
 * larger documents before any importer sees them).
 */
class DocumentTimingTest {

    static Stream<Arguments> worstMarkup() {
        return Stream.of(
                Arguments.of("tags never closed", "", "<a", ""),
                Arguments.of("closing tags never closed", "", "</b ", ""),
                Arguments.of("checkbox inputs never closed", "", "<input checked ", ""),
                Arguments.of("empty checkbox inputs never closed", "", "<input type=\"checkbox\" ", ""),
                Arguments.of("inputs without checked before one >", "", "<input ", ">"),
                Arguments.of("many checked words in one input", "<input ", "checked ", ""),
                Arguments.of("underline never closed", "", "<u>x ", ""),
                Arguments.of("underline closed", "", "<u>x</u> ", ""),
                Arguments.of("stars", "", "*a ", ""),
                Arguments.of("gender stars", "", "Mitarbeiter*innen ", ""),
                Arguments.of("bold markers", "", "**", "x"),
                Arguments.of("escapes", "", "\\*\\_", ""),
                Arguments.of("entities", "", "&amp;&lt;", ""),
                Arguments.of("spaces of every kind", "x", " \t\u00a0\u2007\u202f\f\u000b", "x"),
                Arguments.of("boxes", "", "☒☐[x][ ]", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("worstMarkup")
    void markupCostsLinearTime(String name, String prefix, String unit, String suffix) {
        assertLinear(name, size -> text(prefix, unit, suffix, size), 20_000, line -> {
            MarkupText.plain(line);
            MarkupText.underlined(line);
        });
    }

    @Test
    void oneHugeLineOfText() {
        assertLinear("one line of text", size -> text("", "Frage zur Sache ", "?", size).getBytes(StandardCharsets.UTF_8),
                1_000_000, bytes -> TextReader.read("anfrage.txt", bytes));
    }

    @Test
    void manyShortLinesOfWindowsText() {
        assertLinear("short lines in Windows-1252", size -> text("", "Größe?\r\n", "", size).getBytes(StandardCharsets.ISO_8859_1),
                1_000_000, bytes -> TextReader.read("anfrage.txt", bytes));
    }

    @Test
    void manyParagraphsOfOneWordList() {
        assertLinear("paragraphs of one list", DocumentTimingTest::listDocument, 1_000,
                bytes -> DocxReader.read("anfrage.docx", bytes));
    }

    @Test
    void aListInstanceWithManyOverrides() {
        assertLinear("list instance with many overrides", size -> listDocumentWithJunk(size, size, 1), 500,
                bytes -> DocxReader.read("anfrage.docx", bytes));
    }

    @Test
    void aLevelTextRepeatingItsNumber() {
        assertLinear("level text repeating its number", size -> listDocumentWithJunk(size, 0, size), 500,
                bytes -> DocxReader.read("anfrage.docx", bytes));
    }

    @Test
    void aParagraphStyleWithManyChildren() {
        assertLinear("style with many children", DocumentTimingTest::styledDocument, 500,
                bytes -> DocxReader.read("anfrage.docx", bytes));
    }

    @Test
    void tablesNestedInTables() {
        assertLinear("nested tables", size -> {
            StringBuilder body = new StringBuilder();
            for (int depth = 0; depth < size; depth++) {
                body.append("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>").append(words(20)).append("</w:t></w:r></w:p>");
            }
            return TestFiles.docxWithBody(body + "</w:tc></w:tr></w:tbl>".repeat(size));
        }, 25, DocumentTimingTest::readOrRefuse);
    }

    @Test
    void manyRunsSwitchingUnderline() {
        assertLinear("runs switching underline", size -> {
            StringBuilder body = new StringBuilder("<w:p>");
            for (int i = 0; i < size; i++) {
                body.append("<w:r><w:rPr><w:u w:val=\"single\"/></w:rPr><w:t>").append(words(4))
                        .append("</w:t></w:r><w:r><w:t>").append(words(4)).append("</w:t></w:r><w:r><w:br/></w:r>");
            }
            return TestFiles.docxWithBody(body + "</w:p>");
        }, 2_000, bytes -> DocxReader.read("anfrage.docx", bytes));
    }

    /**
     * Text that does not compress much: a document of one repeated phrase inflates more than 100-fold
     * and is refused as a ZIP bomb before anything is parsed.
     */
    private static String words(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + NOISE.nextInt(26)));
        }
        return text.toString();
    }

    private static final java.util.Random NOISE = new java.util.Random(7);

    private static void readOrRefuse(byte[] bytes) {
        try {
            DocxReader.read("anfrage.docx", bytes);
        } catch (de.ratsanfragen.platform.ApiProblem refused) {
            // refused as too deeply nested: cheap, and just as good
        }
    }

    private static byte[] listDocument(int paragraphs) {
        String numbering = """
                <w:abstractNum w:abstractNumId="1">
                  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
                  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
                </w:abstractNum>
                <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>""";
        String item = "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"%d\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>%s?</w:t></w:r></w:p>";
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            body.append(item.formatted(i % 2, words(20)));
        }
        return TestFiles.docxWithNumbering(body.toString(), numbering, "");
    }

    /** Paragraphs of a list whose instance carries junk overrides and whose level text repeats its number. */
    private static byte[] listDocumentWithJunk(int paragraphs, int overrides, int repeats) {
        String numbering = """
                <w:abstractNum w:abstractNumId="1">
                  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%s"/></w:lvl>
                </w:abstractNum>
                <w:num w:numId="1">%s<w:abstractNumId w:val="1"/></w:num>""".formatted(levelText(Math.max(1, repeats)),
                junk("<w:lvlOverride w:ilvl=\"%s\"/>", overrides));
        return TestFiles.docxWithNumbering(junk(
                "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>%s?</w:t></w:r></w:p>",
                paragraphs), numbering, "");
    }

    private static byte[] styledDocument(int size) {
        String numbering = """
                <w:abstractNum w:abstractNumId="1">
                  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:pStyle w:val="Frage"/></w:lvl>
                </w:abstractNum>
                <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>""";
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"Frage\">" + junk("<w:name w:val=\"%s\"/>", size)
                + "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>";
        return TestFiles.docxWithNumbering(junk("<w:p><w:pPr><w:pStyle w:val=\"Frage\"/></w:pPr><w:r><w:t>%s?</w:t></w:r></w:p>",
                size), numbering, styles);
    }

    /** {@code times} copies of {@code format}, each with other {@link #words} in it. */
    private static String junk(String format, int times) {
        StringBuilder junk = new StringBuilder();
        for (int i = 0; i < times; i++) {
            junk.append(format.formatted(words(12)));
        }
        return junk.toString();
    }

    /** A level text that repeats the level's number between other characters: "%1a%1q…". */
    private static String levelText(int repeats) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < repeats; i++) {
            text.append("%1").append(words(3));
        }
        return text.toString();
    }
}
