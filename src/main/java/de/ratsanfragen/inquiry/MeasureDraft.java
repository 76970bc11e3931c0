package de.ratsanfragen.inquiry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.ratsanfragen.document.ContinuedTexts;
import de.ratsanfragen.document.MarkupText;
import de.ratsanfragen.evaluation.Measure;
import de.ratsanfragen.evaluation.MeasureStatus;

/**
 * A measure row quoted in an inquiry (GUIDE §2.1), while it is being read: its cells may continue
 * over several lines, its "Aktueller Stand" over several paragraphs.
 */
final class MeasureDraft {

    private static final Pattern STATUS_OPTION = Pattern.compile(
            "\\((\\s*[xX✓✗]?\\s*)\\)\\s*(vollständig umgesetzt|teilweise umgesetzt|nicht umgesetzt|verworfen)");
    /** A note ending in one of these ends a sentence; one ending otherwise was cut off by a page break. */
    private static final String SENTENCE_END = ".!?…“\")";
    /** Starts only where spaces begin: from inside a long run, every position would scan the rest of it. */
    private static final Pattern SPACE_BEFORE_COMMA = Pattern.compile("(?<!\\s)\\s++,");

    final String code;
    final int line;
    final String topic;
    final List<String> text = new ArrayList<>();
    final List<String> responsible = new ArrayList<>();
    final List<String> deadline = new ArrayList<>();
    final List<String> status = new ArrayList<>();
    final ContinuedTexts notes = new ContinuedTexts();
    boolean noteStarted;
    boolean itemsAfter;

    MeasureDraft(String code, int line, String topic) {
        this.code = code;
        this.line = line;
        this.topic = topic;
    }

    /** Text after a page break: it finishes a sentence the note broke off, or is a paragraph of its own. */
    void continueNote(String text) {
        if (noteEndsMidSentence()) {
            notes.continueLast(text);
        } else {
            notes.add(text);
        }
    }

    /** True if there is a note and it was cut off mid-sentence. */
    boolean noteEndsMidSentence() {
        return !notes.isEmpty() && !notes.lastEndsWithAnyOf(SENTENCE_END);
    }

    void addCells(List<String> cells, int from) {
        List<List<String>> columns = List.of(responsible, deadline, status);
        for (int i = from; i < cells.size() && i - from < columns.size(); i++) {
            if (!MarkupText.plain(cells.get(i)).isEmpty()) {
                columns.get(i - from).add(cells.get(i));
            }
        }
    }

    Measure build(List<String> warnings) {
        String responsibleMarkup = String.join(" ", responsible);
        String leads = leads(MarkupText.underlined(responsibleMarkup));
        String statusText = MarkupText.plain(String.join(" ", status));
        List<String> checked = new ArrayList<>();
        Matcher option = STATUS_OPTION.matcher(statusText);
        int options = 0;
        while (option.find()) {
            options++;
            if (!option.group(1).isBlank()) {
                checked.add(option.group(2));
            }
        }
        MeasureStatus measureStatus;
        String label;
        if (checked.size() == 1) {
            label = checked.get(0);
            measureStatus = statusOf(label);
        } else {
            measureStatus = MeasureStatus.UNCLEAR;
            label = checked.isEmpty() ? null : String.join(", ", checked);
            warnings.add(checked.isEmpty()
                    ? "Maßnahme " + code + " (Zeile " + line + "): kein Umsetzungsstand angekreuzt"
                            + (options == 0 ? " (Spalte fehlt)" : "") + "; Status „unklar“."
                    : "Maßnahme " + code + " (Zeile " + line + "): mehrere Umsetzungsstände angekreuzt (" + label
                            + "); Status „unklar“ – bitte prüfen.");
        }
        String responsibleText = SPACE_BEFORE_COMMA.matcher(MarkupText.plain(responsibleMarkup)).replaceAll(",");
        return new Measure(code, MarkupText.plain(String.join(" ", text)), topic, responsibleText,
                leads, MarkupText.plain(String.join(" ", deadline)),
                measureStatus, label, notes.toList(), List.of(), null, null);
    }

    /** Underlined passages name the lead; one continued over a row break ("(Abteilung Fortbildung)") is joined. */
    private static String leads(List<String> underlined) {
        StringBuilder lead = new StringBuilder();
        for (String passage : underlined) {
            String clean = withoutTrailingCommas(passage);
            if (clean.isEmpty()) {
                continue;
            }
            if (!lead.isEmpty()) {
                lead.append(clean.startsWith("(") ? " " : ", ");
            }
            lead.append(clean);
        }
        return lead.isEmpty() ? null : lead.toString();
    }

    private static MeasureStatus statusOf(String label) {
        return switch (label.toLowerCase(Locale.GERMAN)) {
            case "vollständig umgesetzt" -> MeasureStatus.FULFILLED;
            case "teilweise umgesetzt" -> MeasureStatus.PARTIAL;
            case "nicht umgesetzt" -> MeasureStatus.NOT_FULFILLED;
            default -> MeasureStatus.DISCARDED;
        };
    }

    /** The passage without commas and spaces at its end (a loop: the pattern {@code [,\s]+$} was quadratic on ", , , …"). */
    private static String withoutTrailingCommas(String passage) {
        int end = passage.length();
        while (end > 0 && (passage.charAt(end - 1) == ',' || Character.isWhitespace(passage.charAt(end - 1)))) {
            end--;
        }
        return passage.substring(0, end);
    }
}
