package de.ratsanfragen.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

class DocumentReaderDocxTest {

    private final DocumentReader reader = new DocumentReader();

    @Test
    void readsParagraphsAndEmptyParagraphsAsLines() {
        XWPFDocument word = new XWPFDocument();
        word.createParagraph().createRun().setText("Anmerkungen und Fragen zur 3. Evaluation");
        word.createParagraph();
        XWPFParagraph split = word.createParagraph();
        split.createRun().setText("Wie viele ");
        split.createRun().setText("Schulungen gab es?");

        SourceDocument document = reader.read("anfrage.docx", TestFiles.bytes(word));

        assertThat(document.lines()).containsExactly("Anmerkungen und Fragen zur 3. Evaluation", "", "Wie viele Schulungen gab es?");
        assertThat(document.warnings()).isEmpty();
    }

    @Test
    void wrapsUnderlinedRunsAndMergesAdjacentOnes() {
        XWPFDocument word = new XWPFDocument();
        XWPFParagraph paragraph = word.createParagraph();
        paragraph.createRun().setText("Verantwortlich: ");
        underlined(paragraph, "Personal- und ", UnderlinePatterns.SINGLE);
        underlined(paragraph, "Organisationsamt", UnderlinePatterns.DOUBLE);
        paragraph.createRun().setText(", ");
        underlined(paragraph, "Personalrat", UnderlinePatterns.DOTTED);
        underlined(paragraph, " (nicht)", UnderlinePatterns.NONE);

        assertThat(reader.read("anfrage.docx", TestFiles.bytes(word)).lines())
                .containsExactly("Verantwortlich: <u>Personal- und Organisationsamt</u>, <u>Personalrat</u> (nicht)");
    }

    @Test
    void readsATableRowAsOneLineWithTabSeparatedCells() {
        XWPFDocument word = new XWPFDocument();
        word.createParagraph().createRun().setText("Empfehlung 1, M1:");
        XWPFTable table = word.createTable(1, 4);
        XWPFTableRow row = table.getRow(0);
        row.getCell(0).setText("M1: Es wird eine Online-Bedarfsabfrage umgesetzt.");
        XWPFParagraph responsible = row.getCell(1).getParagraphs().get(0);
        underlined(responsible, "Personal- und Organisationsamt", UnderlinePatterns.SINGLE);
        row.getCell(1).addParagraph().createRun().setText("Volkshochschule (VHS)");
        row.getCell(2).setText("jährlich");
        row.getCell(3).setText("☐ vollständig umgesetzt ☒ teilweise umgesetzt");
        word.createParagraph().createRun().setText("Welcher Schulungsbedarf?");

        SourceDocument document = reader.read("anfrage.docx", TestFiles.bytes(word));

        assertThat(document.lines()).containsExactly(
                "Empfehlung 1, M1:",
                "M1: Es wird eine Online-Bedarfsabfrage umgesetzt.\t<u>Personal- und Organisationsamt</u> Volkshochschule (VHS)"
                        + "\tjährlich\t☐ vollständig umgesetzt ☒ teilweise umgesetzt",
                "Welcher Schulungsbedarf?");
        assertThat(MarkupText.boxes(document.lines().get(1))).endsWith("() vollständig umgesetzt (x) teilweise umgesetzt");
    }

    @Test
    void keepsCheckboxGlyphsForMarkupText() {
        XWPFDocument word = new XWPFDocument();
        word.createParagraph().createRun().setText("☒ vollständig umgesetzt ☐ teilweise umgesetzt ☑ nicht umgesetzt");

        String line = reader.read("anfrage.docx", TestFiles.bytes(word)).lines().get(0);

        assertThat(line).isEqualTo("☒ vollständig umgesetzt ☐ teilweise umgesetzt ☑ nicht umgesetzt");
        assertThat(MarkupText.plain(line)).isEqualTo("(x) vollständig umgesetzt () teilweise umgesetzt (x) nicht umgesetzt");
    }

    @Test
    void readsCheckboxContentControlsFormFieldsAndWingdingsSymbols() {
        String body = """
                <w:p>
                  <w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="1"/></w14:checkbox></w:sdtPr>
                    <w:sdtContent><w:r><w:t>X</w:t></w:r></w:sdtContent></w:sdt>
                  <w:r><w:t xml:space="preserve"> vollständig umgesetzt </w:t></w:r>
                  <w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="0"/></w14:checkbox></w:sdtPr>
                    <w:sdtContent><w:r><w:t>☐</w:t></w:r></w:sdtContent></w:sdt>
                  <w:r><w:t xml:space="preserve"> teilweise umgesetzt</w:t></w:r>
                </w:p>
                <w:p>
                  <w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:default w:val="0"/><w:checked/></w:checkBox></w:ffData></w:fldChar></w:r>
                  <w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>
                  <w:r><w:fldChar w:fldCharType="end"/></w:r>
                  <w:r><w:t xml:space="preserve"> ja </w:t></w:r>
                  <w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:default w:val="0"/></w:checkBox></w:ffData></w:fldChar></w:r>
                  <w:r><w:fldChar w:fldCharType="end"/></w:r>
                  <w:r><w:t xml:space="preserve"> nein </w:t></w:r>
                  <w:r><w:sym w:font="Wingdings" w:char="F0FE"/><w:t xml:space="preserve"> a </w:t><w:sym w:font="Wingdings" w:char="F0A8"/></w:r>
                  <w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr><w:t>þ¨</w:t></w:r>
                </w:p>""";

        SourceDocument document = reader.read("formular.docx", TestFiles.docxWithBody(body));

        assertThat(document.lines()).containsExactly(
                "☒ vollständig umgesetzt ☐ teilweise umgesetzt",
                "☒ ja ☐ nein ☒ a ☐☒☐");
    }

    @Test
    void readsWhatTheReaderSeesAndLeavesOutTheRest() {
        String body = """
                <w:p>
                  <w:r><w:t>Frage</w:t><w:tab/><w:t>mit Tabulator?</w:t><w:br/><w:t>V: D01/ A11</w:t></w:r>
                </w:p>
                <w:p>
                  <w:hyperlink><w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t>Link</w:t></w:r></w:hyperlink>
                  <w:ins><w:r><w:t xml:space="preserve"> eingefügt</w:t></w:r></w:ins>
                  <w:del><w:r><w:delText> gelöscht</w:delText></w:r></w:del>
                  <w:r><w:rPr><w:vanish/></w:rPr><w:t> verborgen</w:t></w:r>
                  <w:r><w:drawing><wp:inline><w:txbxContent><w:p><w:r><w:t>Textfeld</w:t></w:r></w:p></w:txbxContent></wp:inline></w:drawing></w:r>
                </w:p>
                <w:sdt><w:sdtContent><w:p><w:r><w:t>im Inhaltssteuerelement</w:t></w:r></w:p></w:sdtContent></w:sdt>
                <w:tbl>
                  <w:tr>
                    <w:tc><w:p><w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t>Amt A</w:t><w:br/><w:t>Amt B</w:t></w:r></w:p></w:tc>
                    <w:tc><w:p/></w:tc>
                    <w:tc><w:p><w:r><w:t>innen:</w:t></w:r></w:p>
                      <w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>y</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
                    </w:tc>
                  </w:tr>
                </w:tbl>""";

        SourceDocument document = reader.read("anfrage.docx", TestFiles.docxWithBody(body));

        assertThat(document.lines()).containsExactly(
                "Frage mit Tabulator?",
                "V: D01/ A11",
                "<u>Link</u> eingefügt",
                "im Inhaltssteuerelement",
                "<u>Amt A Amt B</u>\t\tinnen: x y");
    }

    @Test
    void theBytesDecideNotTheName() {
        XWPFDocument word = new XWPFDocument();
        word.createParagraph().createRun().setText("Frage?");
        byte[] docx = TestFiles.bytes(word);

        assertThat(reader.read("anfrage.doc", docx).lines()).containsExactly("Frage?");
        assertThat(reader.read("anfrage.txt", docx).lines()).containsExactly("Frage?");
    }

    private static void underlined(XWPFParagraph paragraph, String text, UnderlinePatterns pattern) {
        var run = paragraph.createRun();
        run.setText(text);
        run.setUnderline(pattern);
    }
}
