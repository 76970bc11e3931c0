package de.ratsanfragen.document;

import static de.ratsanfragen.document.WordLists.define;
import static de.ratsanfragen.document.WordLists.item;
import static de.ratsanfragen.document.WordLists.restart;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Word's automatic numbering: the labels Word shows are not in the text, the reader writes them in. */
class DocumentReaderListTest {

    private final DocumentReader reader = new DocumentReader();

    @Test
    void numbersQuestionsAndLettersTheirSubItems() {
        XWPFDocument word = new XWPFDocument();
        word.createParagraph().createRun().setText("Wir fragen die Verwaltung:");
        BigInteger questions = define(word, "decimal", "%1.", "lowerLetter", "%2)");
        item(word, questions, 0, "Wie viele Schulungen gab es?");
        item(word, questions, 1, "im Jahr 2023");
        item(word, questions, 1, "im Jahr 2024");
        item(word, questions, 0, "Wer hat teilgenommen?");
        item(word, questions, 1, "  Führungskräfte");
        item(word, questions, 0, "Was hat es gekostet?");

        assertThat(reader.read("anfrage.docx", TestFiles.bytes(word)).lines()).containsExactly(
                "Wir fragen die Verwaltung:",
                "1. Wie viele Schulungen gab es?",
                "a) im Jahr 2023",
                "b) im Jahr 2024",
                "2. Wer hat teilgenommen?",
                "a) Führungskräfte",
                "3. Was hat es gekostet?");
    }

    @Test
    void writesEveryBulletAsADash() {
        XWPFDocument word = new XWPFDocument();
        BigInteger bullets = define(word, "bullet", "\uF0B7", "bullet", "o", "bullet", "•");
        item(word, bullets, 0, "Schulen");
        item(word, bullets, 1, "Grundschulen");
        item(word, bullets, 2, "im Norden");
        item(word, bullets, 0, "Kitas");

        assertThat(reader.read("anfrage.docx", TestFiles.bytes(word)).lines())
                .containsExactly("- Schulen", "- Grundschulen", "- im Norden", "- Kitas");
    }

    @Test
    void restartsWhereAnInstanceOverridesTheStartAndCountsInstancesOfOneListTogether() {
        XWPFDocument word = new XWPFDocument();
        BigInteger first = define(word, "decimal", "%1.");
        item(word, first, 0, "eins");
        item(word, first, 0, "zwei");
        word.createParagraph().createRun().setText("Nachfragen:");
        BigInteger restarted = restart(word, first, 0, 1);
        item(word, restarted, 0, "neu eins");
        item(word, restarted, 0, "neu zwei");
        item(word, restart(word, first, 0, 7), 0, "sieben");
        // Word counts all instances of a list together: without an override the count goes on
        item(word, word.getNumbering().addNum(word.getNumbering().getAbstractNumID(first)), 0, "acht");

        assertThat(reader.read("anfrage.docx", TestFiles.bytes(word)).lines()).containsExactly(
                "1. eins", "2. zwei", "Nachfragen:", "1. neu eins", "2. neu zwei", "7. sieben", "8. acht");
    }

    @Test
    void rendersTheLevelTextInTheLevelsFormats() {
        XWPFDocument word = new XWPFDocument();
        BigInteger parenthesis = define(word, "decimal", "%1)");
        item(word, parenthesis, 0, "Frage");
        item(word, parenthesis, 0, "Frage");
        BigInteger outline = define(word, "upperRoman", "%1.", "decimalZero", "%1.%2", "upperLetter", "(%3)",
                "lowerRoman", "%4.");
        item(word, outline, 0, "Teil");
        item(word, outline, 1, "Abschnitt");
        item(word, outline, 2, "Punkt");
        item(word, outline, 3, "Unterpunkt");
        item(word, outline, 3, "Unterpunkt");
        item(word, outline, 0, "Teil");
        item(word, outline, 2, "Punkt ohne Abschnitt");

        assertThat(reader.read("anfrage.docx", TestFiles.bytes(word)).lines()).containsExactly(
                "1) Frage", "2) Frage",
                "I. Teil", "I.01 Abschnitt", "(A) Punkt", "i. Unterpunkt", "ii. Unterpunkt",
                "II. Teil", "(A) Punkt ohne Abschnitt");
    }

    @Test
    void keepsTheLabelOfANumberedParagraphInItsTableCell() {
        XWPFDocument word = new XWPFDocument();
        BigInteger questions = define(word, "decimal", "%1.");
        item(word, questions, 0, "Vor der Tabelle?");
        XWPFTableRow row = word.createTable(1, 2).getRow(0);
        item(row.getCell(0).getParagraphs().get(0), questions, 0, "In der Zelle?");
        row.getCell(1).setText("Antwort");

        assertThat(reader.read("anfrage.docx", TestFiles.bytes(word)).lines())
                .containsExactly("1. Vor der Tabelle?", "2. In der Zelle?\tAntwort");
    }

    @Test
    void anEmptyListParagraphTakesItsNumberButGetsNoLabel() {
        XWPFDocument word = new XWPFDocument();
        BigInteger questions = define(word, "decimal", "%1.");
        item(word, questions, 0, "Erste?");
        item(word, questions, 0, "");
        item(word, questions, 0, "Dritte?");

        assertThat(reader.read("anfrage.docx", TestFiles.bytes(word)).lines()).containsExactly("1. Erste?", "", "3. Dritte?");
    }

    @Test
    void followsTheNumberingOfTheParagraphStyle() {
        XWPFDocument word = new XWPFDocument();
        BigInteger questions = define(word, "decimal", "%1.");
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId("Frage");
        style.setType(STStyleType.PARAGRAPH);
        style.addNewPPr().addNewNumPr().addNewNumId().setVal(questions);
        word.createStyles().addStyle(new XWPFStyle(style));
        XWPFParagraph styled = word.createParagraph();
        styled.setStyle("Frage");
        styled.createRun().setText("Über die Formatvorlage?");
        item(word, questions, 0, "Direkt?");
        item(word, BigInteger.ZERO, 0, "Vorlage abgeschaltet").setStyle("Frage");

        assertThat(reader.read("anfrage.docx", TestFiles.bytes(word)).lines())
                .containsExactly("1. Über die Formatvorlage?", "2. Direkt?", "Vorlage abgeschaltet");
    }

    @Test
    void numbersHeadingsWhoseLevelIsNamedInTheListAndFollowsListStyles() {
        String numbering = """
                <w:abstractNum w:abstractNumId="1">
                  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1"/></w:lvl>
                  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/><w:lvlText w:val="%1.%2"/></w:lvl>
                </w:abstractNum>
                <w:abstractNum w:abstractNumId="2"><w:styleLink w:val="Fragenliste"/>
                  <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl>
                </w:abstractNum>
                <w:abstractNum w:abstractNumId="3"><w:numStyleLink w:val="Fragenliste"/></w:abstractNum>
                <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
                <w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>
                <w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num>""";
        String styles = """
                <w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
                <w:style w:type="paragraph" w:styleId="Heading2"><w:basedOn w:val="Heading1"/></w:style>
                <w:style w:type="numbering" w:styleId="Fragenliste"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>""";
        String body = """
                <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Schulen</w:t></w:r></w:p>
                <w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>Sanierung</w:t></w:r></w:p>
                <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>Frage?</w:t></w:r></w:p>""";

        assertThat(reader.read("anfrage.docx", TestFiles.docxWithNumbering(body, numbering, styles)).lines())
                .containsExactly("1 Schulen", "1.1 Sanierung", "3) Frage?");
    }

    @Test
    void oddDefinitionsCostTheLabelNotTheText() {
        String numbering = """
                <w:abstractNum w:abstractNumId="1">
                  <w:lvl w:ilvl="0"><w:start w:val="x"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%0%9%"/></w:lvl>
                  <w:lvl w:ilvl="1"><w:start w:val="2147483647"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%2"/></w:lvl>
                  <w:lvl w:ilvl="2"><w:start w:val="-3"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
                  <w:lvl w:ilvl="3"><w:numFmt w:val="ideographTraditional"/><w:lvlText w:val="%4、"/></w:lvl>
                  <w:lvl w:ilvl="4"><w:numFmt w:val="none"/><w:lvlText w:val=""/></w:lvl>
                </w:abstractNum>
                <w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="Kreis"/></w:abstractNum>
                <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
                <w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>
                <w:num w:numId="3"><w:abstractNumId w:val="99"/></w:num>""";
        String styles = """
                <w:style w:type="numbering" w:styleId="Kreis"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
                <w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="B"/></w:style>
                <w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/></w:style>""";
        String body = """
                <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Start kaputt</w:t></w:r></w:p>
                <w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>riesig</w:t></w:r></w:p>
                <w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>übergelaufen</w:t></w:r></w:p>
                <w:p><w:pPr><w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>negativ</w:t></w:r></w:p>
                <w:p><w:pPr><w:numPr><w:ilvl w:val="3"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>unbekannt</w:t></w:r></w:p>
                <w:p><w:pPr><w:numPr><w:ilvl w:val="4"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>ohne</w:t></w:r></w:p>
                <w:p><w:pPr><w:numPr><w:ilvl w:val="12"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>zu tief</w:t></w:r></w:p>
                <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>Kreis</w:t></w:r></w:p>
                <w:p><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>ohne Definition</w:t></w:r></w:p>
                <w:p><w:pPr><w:numPr><w:numId w:val="77"/></w:numPr></w:pPr><w:r><w:t>ohne Instanz</w:t></w:r></w:p>
                <w:p><w:pPr><w:pStyle w:val="A"/></w:pPr><w:r><w:t>Vorlagen im Kreis</w:t></w:r></w:p>""";

        assertThat(reader.read("anfrage.docx", TestFiles.docxWithNumbering(body, numbering, styles)).lines()).containsExactly(
                "1.%01% Start kaputt",
                "2147483647 riesig",
                "-2147483648 übergelaufen",
                "-3) negativ",
                "1、 unbekannt",
                "ohne",
                "zu tief",
                "Kreis",
                "ohne Definition",
                "ohne Instanz",
                "Vorlagen im Kreis");
    }

    @Test
    void aLevelTextLongerThanAnyLabelGivesNone() {
        String numbering = """
                <w:abstractNum w:abstractNumId="1">
                  <w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%s"/></w:lvl>
                  <w:lvl w:ilvl="1"><w:numFmt w:val="decimal"/><w:lvlText w:val="%s"/></w:lvl>
                </w:abstractNum>
                <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>""".formatted("%1".repeat(33), "%1.%2" + "-".repeat(59));
        String body = """
                <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>lang</w:t></w:r></w:p>
                <w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>gerade noch</w:t></w:r></w:p>""";

        assertThat(reader.read("anfrage.docx", TestFiles.docxWithNumbering(body, numbering, "")).lines())
                .containsExactly("lang", "1.1" + "-".repeat(59) + " gerade noch");
    }
}
