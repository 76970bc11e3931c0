package de.ratsanfragen.response;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.springframework.stereotype.Component;

/**
 * The response as DOCX, for the rare last-minute edit: the same model and order as the PDF, texts as
 * plain runs (markup typed into an answer stays text), the reference and „ENTWURF“ in the header and
 * „Seite n von m“ in the footer as Word fields. Arial, which Word has everywhere and whose metrics the
 * PDF's embedded Liberation Sans shares.
 */
@Component
class ResponseDocx {

    private static final String FONT = "Arial";
    private static final ResponseText TEXT = new ResponseText();

    byte[] render(ResponseDocument document) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            docx.getProperties().getCoreProperties().setTitle("Beantwortung der Anfrage " + document.reference());
            header(docx, document);
            footer(docx);
            paragraph(docx, document.municipality(), true, 15);
            paragraph(docx, document.office(), false, 11);
            paragraph(docx, "", false, 11);
            paragraph(docx, "Beantwortung der Anfrage", true, 14);
            facts(docx, document);
            paragraph(docx, document.opening(), false, 11);
            for (ResponseDocument.Block block : document.blocks()) {
                if (block instanceof ResponseDocument.Heading heading) {
                    paragraph(docx, heading.text(), true, heading.level() == 1 ? 12.5 : 11.5);
                } else if (block instanceof ResponseDocument.MeasureBox measure) {
                    measure(docx, measure);
                } else if (block instanceof ResponseDocument.Item item) {
                    item(docx, item);
                }
            }
            paragraph(docx, "", false, 11);
            paragraph(docx, "gez.", false, 11);
            if (!document.signatureName().isEmpty()) {
                paragraph(docx, document.signatureName(), false, 11);
            }
            paragraph(docx, document.signatureFunction(), false, 11);
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("DOCX der Antwort " + document.reference() + " konnte nicht erzeugt werden", e);
        }
    }

    private static void header(XWPFDocument docx, ResponseDocument document) {
        XWPFHeader header = docx.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph line = header.createParagraph();
        line.setAlignment(ParagraphAlignment.RIGHT);
        if (document.draft()) {
            XWPFRun draft = run(line, "ENTWURF   ", 11);
            draft.setBold(true);
            draft.setColor("B00000");
        }
        run(line, document.reference(), 9);
    }

    private static void footer(XWPFDocument docx) {
        XWPFFooter footer = docx.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph line = footer.createParagraph();
        line.setAlignment(ParagraphAlignment.RIGHT);
        run(line, "Seite ", 9);
        line.getCTP().addNewFldSimple().setInstr("PAGE");
        run(line, " von ", 9);
        line.getCTP().addNewFldSimple().setInstr("NUMPAGES");
    }

    private static void facts(XWPFDocument docx, ResponseDocument document) {
        line(docx, "Zeichen", document.reference());
        line(docx, "Fraktion", document.faction());
        line(docx, "Anfrage vom", TEXT.date(document.inquiryDate()));
        line(docx, "Betreff", document.subject());
        if (document.committee() != null) {
            line(docx, "Gremium", document.committee());
        }
        line(docx, "Datum", TEXT.date(document.date()));
        paragraph(docx, "", false, 11);
    }

    private static void line(XWPFDocument docx, String label, String value) {
        XWPFParagraph paragraph = docx.createParagraph();
        run(paragraph, label + ":\t", 11);
        run(paragraph, value == null ? "" : value, 11);
    }

    private static void measure(XWPFDocument docx, ResponseDocument.MeasureBox measure) {
        XWPFTable box = docx.createTable(1, 1);
        XWPFTableCell cell = box.getRow(0).getCell(0);
        XWPFParagraph first = cell.getParagraphs().get(0);
        run(first, measure.code() + ": ", 11).setBold(true);
        run(first, measure.text(), 11);
        labelled(cell, "Zuständig: ", measure.units());
        labelled(cell, "Frist: ", measure.deadline());
        labelled(cell, "Umsetzungsstand laut Evaluation: ", measure.status()
                + (measure.reviewedStatus() == null ? "" : " — nach Prüfung: " + measure.reviewedStatus()));
        if (!measure.currentState().isEmpty()) {
            labelled(cell, "Aktueller Stand: ", String.join(" ", measure.currentState()));
        }
        paragraph(docx, "", false, 6);
    }

    private static void labelled(XWPFTableCell cell, String label, String value) {
        if (value == null) {
            return;
        }
        XWPFParagraph paragraph = cell.addParagraph();
        run(paragraph, label, 11).setItalic(true);
        run(paragraph, value, 11);
    }

    private static void item(XWPFDocument docx, ResponseDocument.Item item) {
        paragraph(docx, item.label(), true, 11);
        text(docx, item.text());
        paragraph(docx, item.answerLabel(), true, 11);
        if (item.answer() == null) {
            XWPFRun pending = run(docx.createParagraph(), "Antwort steht aus", 11);
            pending.setItalic(true);
            pending.setColor("B00000");
        } else {
            text(docx, item.answer());
        }
        if (item.givenBy() != null) {
            paragraph(docx, "(" + item.givenBy() + ")", false, 9.5);
        }
    }

    /** Paragraphs at blank lines, line breaks within them. */
    private static void text(XWPFDocument docx, String text) {
        for (List<String> lines : TEXT.paragraphs(text)) {
            XWPFParagraph paragraph = docx.createParagraph();
            for (int i = 0; i < lines.size(); i++) {
                XWPFRun run = run(paragraph, lines.get(i), 11);
                if (i < lines.size() - 1) {
                    run.addBreak();
                }
            }
        }
    }

    private static void paragraph(XWPFDocument docx, String text, boolean bold, double size) {
        run(docx.createParagraph(), text, size).setBold(bold);
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, double size) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setText(text);
        return run;
    }
}
