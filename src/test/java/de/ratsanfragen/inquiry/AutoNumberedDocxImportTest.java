package de.ratsanfragen.inquiry;

import static de.ratsanfragen.document.WordLists.define;
import static de.ratsanfragen.document.WordLists.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;

import de.ratsanfragen.document.DocumentReader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * An inquiry as factions write it in Word: questions and their sub-items in Word's automatic numbering,
 * so no "1." or "a)" is in the text. Read and imported, it has its questions with their sub-items.
 */
class AutoNumberedDocxImportTest {

    @Test
    void importsAutoNumberedQuestionsWithTheirSubItems() throws IOException {
        ImportedInquiry inquiry = new NumberedInquiryParser().parse(new DocumentReader().read("anfrage.docx", inquiry()));

        assertThat(inquiry.faction()).isEqualTo("DIE LINKE");
        assertThat(inquiry.items()).extracting(ImportedItem::number).containsExactly(1, 2, 3);
        assertThat(inquiry.items()).extracting(ImportedItem::text).containsExactly(
                "Welche Kosten sind für die Sanierung veranschlagt, aufgeschlüsselt nach\na) Planung und\nb) Bauleistungen?",
                "Wann beginnt die Sanierung?",
                "Wie werden die Eltern informiert, insbesondere\na) über den Zeitplan und\nb) über Ersatzräume?");
        assertThat(inquiry.warnings()).isEmpty();
    }

    private static byte[] inquiry() throws IOException {
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            word.createParagraph().createRun().setText("Fraktion DIE LINKE im Stadtrat");
            word.createParagraph().createRun().setText("Erfurt, 14.03.2025");
            word.createParagraph().createRun().setText("Betreff: Sanierung der Grundschule Ost");
            word.createParagraph().createRun().setText("Wir fragen daher die Verwaltung:");
            BigInteger questions = define(word, "decimal", "%1.", "lowerLetter", "%2)");
            item(word, questions, 0, "Welche Kosten sind für die Sanierung veranschlagt, aufgeschlüsselt nach");
            item(word, questions, 1, "Planung und");
            item(word, questions, 1, "Bauleistungen?");
            item(word, questions, 0, "Wann beginnt die Sanierung?");
            item(word, questions, 0, "Wie werden die Eltern informiert, insbesondere");
            item(word, questions, 1, "über den Zeitplan und");
            item(word, questions, 1, "über Ersatzräume?");
            word.createParagraph().createRun().setText("gez. Anna Beispiel");
            word.write(out);
            return out.toByteArray();
        }
    }
}
