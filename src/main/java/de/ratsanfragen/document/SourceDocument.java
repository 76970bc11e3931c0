package de.ratsanfragen.document;

import java.util.List;

/**
 * An uploaded document as lines of text, the shape the importers read: a Word paragraph is a line,
 * a table row is a line with its cells separated by tabs, underlined text is wrapped in
 * {@code <u>…</u>}, a checkbox is ☒/☐ or {@code (x)}/{@code ()} ({@link MarkupText} reads both), and a paragraph in one of Word's automatic
 * lists starts with the label Word shows for it ("1.", "a)", "-" for bullets).
 *
 * @param fileName the name it was uploaded under
 * @param lines    its lines in order
 * @param warnings German messages about what could not be read faithfully (e.g. the encoding had to be guessed)
 */
public record SourceDocument(String fileName, List<String> lines, List<String> warnings) {

    public SourceDocument {
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
    }

    /** A document made from text, e.g. in tests or from a JSON body. */
    public static SourceDocument ofText(String fileName, String text) {
        return new SourceDocument(fileName, text.lines().toList(), List.of());
    }
}
