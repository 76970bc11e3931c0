package de.ratsanfragen.inquiry;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import de.ratsanfragen.document.MarkupText;
import de.ratsanfragen.document.SourceDocument;

/**
 * The lines of an inquiry that comments on an evaluation, each told by its kind: a routing tag, a
 * heading (Vorab, Handlungsfeld, Empfehlung, Allgemein), a hint who answers, a row of a quoted measure
 * table or its "Aktueller Stand", or the faction's text. What a line says is read by the parts of
 * {@link EvaluationInquiryParser} that handle its kind.
 */
final class EvaluationInquiryTokens {

    private static final Pattern JOINED_HEADING = Pattern.compile("(?<=\\S)\\*\\*(?=(?:Empfehlung|Handlungsfeld)\\b)");
    private static final Pattern SEPARATOR = Pattern.compile("^[\\s|]*-[-\\s|]*$");
    /** "V: D01/ A11", also written "V.: …" or "V D01/ …". */
    private static final Pattern ROUTING = Pattern.compile("^V\\s*\\.?\\s*:|^V\\s+D\\s?\\d");
    private static final Pattern VORAB = Pattern.compile("^Vorab\\b.{0,60}:\\s*$", Pattern.CASE_INSENSITIVE);
    // numbers have at most three digits, as in the measure codes (HF1/E2/M3): a longer one is no heading and no overflow
    static final Pattern FIELD = Pattern.compile("^Handlungsfeld\\s+(\\d{1,3})(?!\\d)\\s*:?\\s*(.*)$");
    /**
     * "Empfehlung 2, M1 und M2:", "Empfehlung 4, M4(neu):", "Empfehlung 3 M1", "Empfehlung 2, M1-M3", "Empfehlung 4 (M1)".
     * Each measure is matched atomically and at most 50 of them (a repeated group recurses once per
     * repetition, and free backtracking between the optional spaces grew exponentially).
     */
    static final Pattern RECOMMENDATION = Pattern.compile(
            "^Empfehlung\\s+(\\d{1,3})\\s*((?>[,(]?\\s*M\\s*\\d{1,3}\\s*(?:\\(?neu\\)?)?\\s*\\)?\\s*(?:(?:,|und|bis|-|–)\\s*)?){0,50}+)"
                    + "\\s*:?\\s*$",
            Pattern.CASE_INSENSITIVE);
    static final Pattern GENERAL = Pattern.compile("^Allgemein(?:\\s+zu\\s+Empfehlung\\s+(\\d{1,3}))?\\s*:\\s*(.*)$");
    /** "Beantwortung Gesundheitsamt", "Beantwortung: Bereich D05" — a short line, not a sentence of the faction. */
    private static final Pattern HINT = Pattern.compile("^Beantwortung\\s*:?\\s+([^?.!]{2,60})$");
    private static final Pattern TABLE_HEADER = Pattern.compile("Ma(?:ß|ss)nahmen?");
    static final Pattern MEASURE_START = Pattern.compile("^M\\s?(\\d{1,3})(?:\\s*\\(?NEU\\)?)?\\s*:?\\s+(?=\\S)(.*)$",
            Pattern.CASE_INSENSITIVE);
    static final Pattern STATUS_NOTE = Pattern.compile("^Aktueller Stand\\s*:?\\s*(.*)$", Pattern.DOTALL);

    enum Type {
        BLANK, SEPARATOR, ROUTING, VORAB, FIELD, RECOMMENDATION, GENERAL, HINT, TABLE_HEADER, MEASURE_ROW, STATUS_NOTE,
        ROW_CONTINUATION, TEXT
    }

    /** One line (or one part of a line the converter joined), with its markup, its plain text and its line number. */
    record Token(Type type, String markup, String plain, int line) {
    }

    private EvaluationInquiryTokens() {
    }

    /** True for documents of this kind: they carry routing tags or Handlungsfeld/Empfehlung headings. */
    static boolean recognizes(SourceDocument document) {
        int markers = 0;
        for (String line : document.lines()) {
            String plain = MarkupText.plain(line);
            if (ROUTING.matcher(plain).lookingAt() || FIELD.matcher(plain).lookingAt() || plain.startsWith("Empfehlung ")) {
                markers++;
            }
        }
        return markers >= 2;
    }

    static List<Token> of(List<String> lines) {
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            // "Kinder, Jugend und Familie**Empfehlung 4**": a heading the converter glued to the line before
            for (String part : JOINED_HEADING.split(lines.get(i))) {
                tokens.add(classify(part, i + 1));
            }
        }
        return tokens;
    }

    /** The index of the first token from {@code index} on that is not blank, or the size when there is none. */
    static int skipBlank(List<Token> tokens, int index) {
        while (index < tokens.size() && tokens.get(index).type() == Type.BLANK) {
            index++;
        }
        return index;
    }

    private static Token classify(String markup, int line) {
        String plain = MarkupText.plain(markup);
        String firstCell = MarkupText.plain(MarkupText.cells(markup).get(0));
        boolean tabbed = markup.indexOf('\t') >= 0;
        Type type;
        if (plain.isEmpty()) {
            type = Type.BLANK;
        } else if (SEPARATOR.matcher(markup.replace('\t', ' ')).matches()) {
            type = Type.SEPARATOR;
        } else if (ROUTING.matcher(plain).lookingAt()) {
            type = Type.ROUTING;
        } else if (VORAB.matcher(plain).matches()) {
            type = Type.VORAB;
        } else if (FIELD.matcher(plain).matches() && plain.length() < 150) {
            type = Type.FIELD;
        } else if (RECOMMENDATION.matcher(plain).matches()) {
            type = Type.RECOMMENDATION;
        } else if (GENERAL.matcher(plain).matches()) {
            type = Type.GENERAL;
        } else if (HINT.matcher(plain).matches()) {
            type = Type.HINT;
        } else if (tabbed && TABLE_HEADER.matcher(firstCell).matches()) {
            type = Type.TABLE_HEADER;
        } else if (tabbed && MEASURE_START.matcher(firstCell).matches()) {
            type = Type.MEASURE_ROW;
        } else if (STATUS_NOTE.matcher(firstCell).matches()) {
            type = Type.STATUS_NOTE;
        } else if (tabbed) {
            type = Type.ROW_CONTINUATION;
        } else {
            type = Type.TEXT;
        }
        return new Token(type, markup, plain, line);
    }
}
