package de.ratsanfragen.evaluation;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain text from a line of a report that a converter turned into markdown with bits of HTML. */
final class ReportText {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** A markdown escape ({@code \_}) keeps its character; an unescaped {@code *} is emphasis and goes. */
    private static final Pattern MARKUP = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>~])|\\*+");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");

    private ReportText() {
    }

    /** Without tags, emphasis and escapes, whitespace collapsed to single spaces; never {@code null}. */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = TAG.matcher(raw).replaceAll(" ");
        text = MARKUP.matcher(text).replaceAll(ReportText::unescaped);
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    private static String unescaped(MatchResult markup) {
        return markup.group(1) == null ? "" : Matcher.quoteReplacement(markup.group(1));
    }
}
