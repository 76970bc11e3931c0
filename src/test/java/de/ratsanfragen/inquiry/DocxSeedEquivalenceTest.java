package de.ratsanfragen.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.ratsanfragen.document.DocumentReader;
import de.ratsanfragen.document.SourceDocument;
import de.ratsanfragen.evaluation.Measure;
import de.ratsanfragen.organization.OrganizationDirectory;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The Erfurt inquiry as the faction wrote it in Word: the seed's text rebuilt as a .docx (tab-separated
 * lines as table rows, {@code <u>} as underlined runs, checkbox inputs as ☒/☐), read by the
 * {@link DocumentReader} and imported. The import must be the same as from the text.
 */
class DocxSeedEquivalenceTest {

    private static final Pattern UNDERLINED = Pattern.compile("<u>(.*?)</u>");
    /** Any tag but {@code <u>}/{@code </u>}: the converter's {@code <p>} wrappers. */
    private static final Pattern OTHER_TAG = Pattern.compile("</?(?!u>)[a-zA-Z][^>]*>");

    /** Before each status option after the first: Word authors put each checkbox in a paragraph of its own. */
    private static final Pattern NEXT_OPTION = Pattern.compile("\\s+(?=(?:☒|☐|\\(x?\\))\\s*(?:teilweise|nicht umgesetzt|verworfen))");

    private static final Pattern STATUS_NOTE_ROW = Pattern.compile("(?:<p>)?Aktueller Stand");

    private static OrganizationDirectory erfurt;
    private static SourceDocument fromText;
    private static SourceDocument fromWord;
    private static ImportedInquiry textImport;
    private static ImportedInquiry wordImport;

    @BeforeAll
    static void importBoth() throws IOException {
        erfurt = OrganizationDirectory.load(new ClassPathResource("organization/erfurt.yml"));
        fromText = ErfurtSeedGoldenTest.seed();
        fromWord = new DocumentReader().read("anfrage.docx", docx(fromText.lines(), false));
        textImport = new EvaluationInquiryParser(erfurt).parse(fromText);
        wordImport = new EvaluationInquiryParser(erfurt).parse(fromWord);
    }

    @Test
    void theWordDocumentHasTheSeedsLinesAndTables() {
        assertThat(fromWord.lines()).hasSameSizeAs(fromText.lines());
        assertThat(fromWord.lines().stream().filter(line -> line.contains("\t")).count())
                .isEqualTo(fromText.lines().stream().filter(line -> line.contains("\t")).count());
        assertThat(fromWord.warnings()).isEmpty();
    }

    @Test
    void readsTheSameItems() {
        assertThat(wordImport.items()).isNotEmpty();
        assertThat(wordImport.items()).map(DocxSeedEquivalenceTest::item)
                .containsExactlyElementsOf(textImport.items().stream().map(DocxSeedEquivalenceTest::item).toList());
    }

    @Test
    void readsTheSameQuotedMeasures() {
        assertThat(wordImport.quotedMeasures()).isNotEmpty();
        assertThat(wordImport.quotedMeasures()).map(DocxSeedEquivalenceTest::measure)
                .containsExactlyElementsOf(textImport.quotedMeasures().stream().map(DocxSeedEquivalenceTest::measure).toList());
    }

    @Test
    void readsTheSameRecommendationsHeaderAndWarnings() {
        assertThat(wordImport.recommendations()).isNotEmpty().isEqualTo(textImport.recommendations());
        assertThat(List.of(wordImport.title(), wordImport.faction(), wordImport.committee(), wordImport.date()))
                .isEqualTo(List.of(textImport.title(), textImport.faction(), textImport.committee(), textImport.date()));
        assertThat(wordImport.warnings()).isEqualTo(textImport.warnings());
    }

    /**
     * Closer to how Word holds such a table: the "Aktueller Stand" rows as one cell spanning the row,
     * each status checkbox in a paragraph of its own.
     */
    @Test
    void readsTheSameFromMergedCellsAndOneParagraphPerCheckbox() throws IOException {
        byte[] docx = docx(fromText.lines(), true);
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(word.getTables().stream().flatMap(table -> table.getRows().stream())
                    .flatMap(row -> row.getTableCells().stream()).filter(cell -> cell.getParagraphs().size() >= 4))
                    .as("status cells with one paragraph per checkbox").hasSizeGreaterThan(20);
        }
        SourceDocument wordLike = new DocumentReader().read("anfrage.docx", docx);
        ImportedInquiry imported = new EvaluationInquiryParser(erfurt).parse(wordLike);

        assertThat(wordLike.lines()).anySatisfy(line -> assertThat(line).startsWith("Aktueller Stand").doesNotContain("\t"));
        assertThat(imported.items()).map(DocxSeedEquivalenceTest::item)
                .containsExactlyElementsOf(textImport.items().stream().map(DocxSeedEquivalenceTest::item).toList());
        assertThat(imported.quotedMeasures()).map(DocxSeedEquivalenceTest::measure)
                .containsExactlyElementsOf(textImport.quotedMeasures().stream().map(DocxSeedEquivalenceTest::measure).toList());
        assertThat(imported.recommendations()).isEqualTo(textImport.recommendations());
        assertThat(imported.warnings()).isEqualTo(textImport.warnings());
    }

    private static List<Object> item(ImportedItem item) {
        return List.of(item.number(), item.kind(), item.text(), String.valueOf(item.section()), item.measureRefs(),
                item.routing() == null ? "–" : item.routing().raw(), item.routingHints());
    }

    private static List<Object> measure(Measure measure) {
        return List.of(measure.code(), measure.text(), measure.responsible(), String.valueOf(measure.lead()),
                measure.deadline(), measure.status(), measure.statusNotes());
    }

    /** The seed as Word would hold it: runs of tab-separated lines are tables, every other line a paragraph. */
    static byte[] docx(List<String> lines, boolean wordLike) throws IOException {
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int index = 0;
            while (index < lines.size()) {
                if (lines.get(index).contains("\t")) {
                    int end = index;
                    while (end < lines.size() && lines.get(end).contains("\t")) {
                        end++;
                    }
                    table(word, lines.subList(index, end), wordLike);
                    index = end;
                } else {
                    runs(word.createParagraph(), wordText(lines.get(index)));
                    index++;
                }
            }
            word.write(out);
            return out.toByteArray();
        }
    }

    private static void table(XWPFDocument word, List<String> rows, boolean wordLike) {
        XWPFTable table = word.createTable();
        for (int r = 0; r < rows.size(); r++) {
            String[] cells = rows.get(r).split("\t", -1);
            int columns = cells.length;
            if (wordLike && STATUS_NOTE_ROW.matcher(cells[0]).lookingAt()
                    && Arrays.stream(cells, 1, cells.length).allMatch(String::isBlank)) {
                cells = new String[] {cells[0]};
            }
            XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
            while (row.getTableCells().size() < cells.length) {
                row.addNewTableCell();
            }
            while (row.getTableCells().size() > cells.length) {
                row.removeCell(row.getTableCells().size() - 1);
            }
            if (cells.length == 1) {
                row.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns));
            }
            for (int c = 0; c < cells.length; c++) {
                XWPFTableCell cell = row.getCell(c);
                String content = wordText(cells[c]);
                String[] paragraphs = wordLike ? NEXT_OPTION.split(content) : new String[] {content};
                runs(cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0), paragraphs[0]);
                for (int p = 1; p < paragraphs.length; p++) {
                    runs(cell.addParagraph(), paragraphs[p]);
                }
            }
        }
    }

    /** Checkbox inputs as the glyphs Word shows, other tags but {@code <u>} dropped, ** kept as written. */
    private static String wordText(String markup) {
        String text = markup.replace("<input checked=\"\" type=\"checkbox\"/>", "☒").replace("<input type=\"checkbox\"/>", "☐");
        return OTHER_TAG.matcher(text).replaceAll("");
    }

    /** {@code <u>…</u>} as underlined runs. */
    private static void runs(XWPFParagraph paragraph, String text) {
        Matcher underlined = UNDERLINED.matcher(text);
        int from = 0;
        while (underlined.find()) {
            run(paragraph, text.substring(from, underlined.start()), false);
            run(paragraph, underlined.group(1), true);
            from = underlined.end();
        }
        run(paragraph, text.substring(from), false);
    }

    private static void run(XWPFParagraph paragraph, String text, boolean underlined) {
        if (text.isEmpty()) {
            return;
        }
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        if (underlined) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
    }
}
