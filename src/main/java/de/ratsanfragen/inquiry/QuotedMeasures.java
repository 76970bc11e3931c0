package de.ratsanfragen.inquiry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.ratsanfragen.document.MarkupText;
import de.ratsanfragen.evaluation.Measure;
import de.ratsanfragen.inquiry.EvaluationInquiryTokens.Token;

/**
 * The measures an evaluation inquiry quotes from the report, as tables: a row per measure (text,
 * responsible units, Frist, status boxes), rows continued over several lines, its "Aktueller Stand"
 * (also split by a page break), and the table header's cut-off date ("Stand 30.06.2025"). A measure
 * quoted twice counts once, with a warning.
 */
final class QuotedMeasures {

    private static final Pattern CUT_OFF = Pattern.compile("Stand\\s+(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

    private final List<String> warnings;
    private final List<Measure> measures = new ArrayList<>();
    /** Codes of {@link #measures}, to find a measure quoted twice without searching the list. */
    private final Set<String> codes = new HashSet<>();
    private LocalDate cutOffDate;
    /** The measure being read, {@code null} between tables. */
    private MeasureDraft measure;

    QuotedMeasures(List<String> warnings) {
        this.warnings = warnings;
    }

    /** A table header: "Maßnahme … Stand 30.06.2025" gives the cut-off date of every measure without one. */
    void header(Token token) {
        Matcher matcher = CUT_OFF.matcher(token.plain());
        if (matcher.find()) {
            cutOffDate = DocumentDates.of(matcher.group(1), matcher.group(2), matcher.group(3), "Zeile " + token.line() + ": ",
                    warnings);
        }
    }

    /** A row "M1 …" starts the next measure (the one before is done); its code is returned. */
    String start(Token token, EvaluationOutline outline) {
        finish();
        List<String> cells = MarkupText.cells(token.markup());
        Matcher start = EvaluationInquiryTokens.MEASURE_START.matcher(MarkupText.plain(cells.get(0)));
        start.matches();
        String code = outline.code("M" + Integer.parseInt(start.group(1)));
        measure = new MeasureDraft(code, token.line(), outline.topic());
        measure.text.add(start.group(2));
        measure.addCells(cells, 1);
        return code;
    }

    /** "Aktueller Stand: …" of the measure being read. */
    void statusNote(Token token) {
        if (measure == null) {
            warnings.add("Zeile " + token.line() + ": „Aktueller Stand“ ohne Maßnahme davor; der Text wird übergangen.");
            return;
        }
        Matcher note = EvaluationInquiryTokens.STATUS_NOTE.matcher(MarkupText.plain(MarkupText.cells(token.markup()).get(0)));
        note.matches();
        measure.noteStarted = true;
        if (!note.group(1).isBlank()) {
            measure.notes.add(note.group(1).strip());
        }
    }

    /** A table row that continues the measure's cells, or its note once the note has started. */
    void continueRow(Token token) {
        if (measure == null || measure.itemsAfter) {
            warnings.add("Zeile " + token.line() + ": Tabellenzeile ohne Maßnahme davor; übergangen: „"
                    + shorten(token.plain()) + "“");
            return;
        }
        List<String> cells = MarkupText.cells(token.markup());
        if (measure.noteStarted) {
            String text = MarkupText.plain(String.join(" ", cells));
            if (!text.isEmpty()) {
                measure.continueNote(text);
            }
        } else {
            String first = MarkupText.plain(cells.get(0));
            if (!first.isEmpty()) {
                measure.text.add(first);
            }
            measure.addCells(cells, 1);
        }
    }

    /**
     * A page break splits "Aktueller Stand" into several paragraphs: text without a question that
     * follows a note ending mid-sentence (or an empty note) still belongs to it, and is taken here.
     *
     * @return whether the paragraph continued the note
     */
    boolean continuesNote(String paragraph) {
        if (measure == null || !measure.noteStarted || paragraph.contains("?") || measure.itemsAfter) {
            return false;
        }
        if (!measure.notes.isEmpty() && !measure.noteEndsMidSentence()) {
            return false;
        }
        measure.continueNote(paragraph);
        return true;
    }

    /** The faction wrote an item: table rows after it belong to no measure. */
    void itemFollows() {
        if (measure != null) {
            measure.itemsAfter = true;
        }
    }

    /** The measure being read is complete (a heading, a routing tag, the next measure or the end came). */
    void finish() {
        if (measure == null) {
            return;
        }
        Measure done = measure.build(warnings);
        if (!codes.add(done.code())) {
            warnings.add("Maßnahme " + done.code() + " ist mehrfach zitiert (Zeile " + measure.line
                    + "); die erste Fassung gilt.");
        } else {
            InquiryLimits.checkQuotedMeasures(codes.size());
            measures.add(done);
        }
        measure = null;
    }

    /** Every measure quoted, each with the table's cut-off date where its own row gave none; call after {@link #finish()}. */
    List<Measure> all() {
        if (cutOffDate != null) {
            measures.replaceAll(m -> m.cutOffDate() != null ? m : new Measure(m.code(), m.text(), m.topic(),
                    m.responsible(), m.lead(), m.deadline(), m.status(), m.statusLabel(), m.statusNotes(),
                    m.outlook(), m.conceptLink(), cutOffDate));
        }
        return measures;
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
