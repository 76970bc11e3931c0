package de.ratsanfragen.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Both formats with what real responses bring: 120 items, answers over several pages, lists and line
 * breaks, German typography, and markup or script in any text — printed as literal text, never as
 * markup, and the PDF still PDF/A-2b.
 */
class ResponseRenderingTest {

    /** Payloads from the usual XSS lists, and XML that would break a template that did not escape. */
    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "\"><svg/onload=alert(1)>",
            "javascript:alert(1)",
            "<![CDATA[<b>x</b>]]>",
            "<!-- Kommentar -->",
            "&lt;b&gt; &amp; &#x3C;",
            "]]></p><p>",
            "${7*7} [[${7*7}]] [(${7*7})] #{x} *{y}",
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static ResponseDocument document(int items, boolean draft) {
        List<ResponseDocument.Block> blocks = new ArrayList<>();
        blocks.add(new ResponseDocument.Heading("Vorab", 2));
        for (int n = 1; n <= items; n++) {
            if (n % 20 == 1) {
                blocks.add(new ResponseDocument.Heading("Handlungsfeld " + (n / 20 + 1) + ": Grün in der Stadt", 1));
                blocks.add(new ResponseDocument.MeasureBox("HF" + (n / 20 + 1) + "/E1/M1", "Straßenbäume erhalten und nachpflanzen",
                        "Dezernat 05, Amt 67", "Ende 2025", "teilweise umgesetzt (Stand 31.12.2022)",
                        List.of("Nachpflanzungen laufen.", "Förderantrag gestellt."), n == 1 ? "vollständig umgesetzt" : null));
            }
            String payload = PAYLOADS.get(n % PAYLOADS.size());
            String answer = n == 7 ? "Sehr lange Antwort. ".repeat(1_500)
                    : "Die Verwaltung antwortet „ausführlich“ zu Frage " + n + ":\n- erster Punkt\n- zweiter Punkt mit Maß und Größe\n\n"
                    + "Ein zweiter Absatz. " + payload;
            blocks.add(new ResponseDocument.Item((n % 9 == 0 ? "Anmerkung " : "Frage ") + n + ":", "Wie steht es um Punkt " + n
                    + "? " + payload, n % 9 == 0 ? "Stellungnahme:" : "Antwort:", draft && n % 10 == 0 ? null : answer, "D05/A67"));
        }
        return new ResponseDocument("Landeshauptstadt Erfurt", "Der Oberbürgermeister", "ANF-2026-0042/1",
                "Fraktion BÜNDNIS 90/DIE GRÜNEN", LocalDate.of(2026, 11, 2), "Evaluation des Konzepts „Grün in der Stadt“ <i>kursiv</i>",
                "Ausschuss für Umwelt", "Zur Anfrage der Fraktion BÜNDNIS 90/DIE GRÜNEN vom 02.11.2026 nimmt die Verwaltung wie folgt Stellung:",
                blocks, "", "Oberbürgermeister", LocalDate.of(2026, 11, 20), draft);
    }

    @Test
    void aHundredAndTwentyItemsWithLongAnswersAndMarkupArePdfAAndPrintEveryTextLiterally() throws Exception {
        byte[] pdf = new ResponsePdf().render(document(120, false));
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            assertThat(validator.validate(parser).isCompliant()).isTrue();
        }
        String text;
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
            pages = document.getNumberOfPages();
        }
        String flat = text.replaceAll("\\s+", " ");
        assertThat(pages).as("the long answer runs over pages").isGreaterThan(10);
        // (text extraction may put the dash of the same line elsewhere)
        assertThat(flat).contains("teilweise umgesetzt (Stand 31.12.2022)", "nach Prüfung: vollständig umgesetzt");
        assertThat(text).contains("Seite 1 von " + pages, "Seite " + pages + " von " + pages, "Frage 120:", "Anmerkung 9:",
                "Stellungnahme:", "„ausführlich“", "- zweiter Punkt mit Maß und Größe");
        assertThat(text.split("ANF-2026-0042/1", -1).length - 1).as("the reference on every page").isGreaterThanOrEqualTo(pages);
        for (String payload : PAYLOADS) {
            assertThat(flat).as("printed as text: %s", payload).contains(payload.replaceAll("\\s+", " "));
        }
        assertThat(flat).contains("<i>kursiv</i>");
    }

    @Test
    void controlCharactersPastedFromWordAreDroppedBeforeEitherFormatSeesThem() {
        assertThat(ResponseCompiler.clean("Zeile\u000Beins\u0007 und\tTab\nneue Zeile\u0000")).isEqualTo("Zeileeins und\tTab\nneue Zeile");
        assertThat(ResponseCompiler.clean(null)).isNull();
    }

    @Test
    void theDocxCarriesTheSameTextsAndTheDraftMarks() throws Exception {
        byte[] docx = new ResponseDocx().render(document(120, true));
        String text;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            text = extractor.getText();
            assertThat(document.getHeaderList()).anySatisfy(header -> assertThat(header.getText()).contains("ENTWURF", "ANF-2026-0042/1"));
            assertThat(document.getFooterList()).anySatisfy(footer -> assertThat(footer._getHdrFtr().xmlText()).contains("NUMPAGES", "PAGE"));
        }
        for (String payload : PAYLOADS) {
            assertThat(text).as("kept as text: %s", payload).contains(payload);
        }
        assertThat(text).contains("Antwort steht aus", "Frage 120:", "„ausführlich“", "- erster Punkt",
                "teilweise umgesetzt (Stand 31.12.2022) — nach Prüfung: vollständig umgesetzt");
    }
}
