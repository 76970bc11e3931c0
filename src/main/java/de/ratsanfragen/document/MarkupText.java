package de.ratsanfragen.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The markup that Word-to-text converters leave in documents ({@code <p>}, {@code <u>}, checkbox
 * inputs, HTML entities, markdown emphasis and escapes) turned into plain text, with the few marks
 * the importers need kept readable: checkboxes as {@code (x)}/{@code ()}, underline on request.
 * <p>
 * Linear time on any line: a tag pattern ({@code <…>}, {@code <u>…</u>}) is only looked for up to
 * the last place where it could end. Searched on the whole line, every opening without an end
 * scanned the rest of the line again: quadratic for a line full of {@code <a}.
 */
public final class MarkupText {

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHECKED_ATTRIBUTE = Pattern.compile("\\bchecked\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHECKBOX_TYPE = Pattern.compile("type=\"checkbox\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHECKED_GLYPH = Pattern.compile("☒|☑|\\[x]", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMPTY_GLYPH = Pattern.compile("☐|\\[ ]");
    private static final Pattern UNDERLINED = Pattern.compile("<u>(.*?)</u>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final String UNDERLINE_END = "</u>";
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile("\\*\\*|__");
    /** {@code *kursiv*}, but not the gender star in "Mitarbeiter*innen". */
    private static final Pattern MARKDOWN_ITALIC = Pattern.compile("(?<![\\w\\\\])\\*(?=\\S)([^*]+?)(?<=\\S)\\*(?!\\w)");
    private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>~])");
    /** Every kind of space and line break ({@code \\s} and the Unicode ones): in plain text no two of them follow each other. */
    private static final String SPACE_CHARACTERS = " \t\n\u000B\f\r\u00A0\u2007\u202F\u0085\u2028\u2029";

    private MarkupText() {
    }

    /** Plain text of one cell or line: tags removed, entities decoded, checkboxes as (x)/(), spaces folded. */
    public static String plain(String markup) {
        if (markup == null) {
            return "";
        }
        String text = boxes(markup);
        text = replaceUpTo(text, TAG, text.lastIndexOf('>') + 1, tag -> " ");
        // a pass only where its mark occurs: most lines are plain already, and every pass costs
        if (text.indexOf('*') >= 0 || text.indexOf('_') >= 0) {
            text = MARKDOWN_EMPHASIS.matcher(text).replaceAll("");
            text = MARKDOWN_ITALIC.matcher(text).replaceAll("$1");
        }
        if (text.indexOf('\\') >= 0) {
            text = MARKDOWN_ESCAPE.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        }
        text = decodeEntities(text);
        return foldSpaces(text).strip();
    }

    /** Every run of spaces and line breaks as one space (a loop: the pattern's character class was a hot spot). */
    private static String foldSpaces(String text) {
        StringBuilder folded = null;
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = SPACE_CHARACTERS.indexOf(c) >= 0;
            if (folded == null && space && (c != ' ' || inRun)) {
                folded = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (folded != null && !(space && inRun)) {
                folded.append(space ? ' ' : c);
            }
            inRun = space;
        }
        return folded == null ? text : folded.toString();
    }

    /** Checkbox markup and glyphs as {@code (x)} and {@code ()}, everything else untouched. */
    public static String boxes(String markup) {
        String text = replaceUpTo(markup, INPUT, markup.lastIndexOf('>') + 1, input ->
                CHECKED_ATTRIBUTE.matcher(input).find() ? "(x)" : CHECKBOX_TYPE.matcher(input).find() ? "()" : input);
        if (text.indexOf('[') < 0 && text.indexOf('☒') < 0 && text.indexOf('☑') < 0 && text.indexOf('☐') < 0) {
            return text;
        }
        text = CHECKED_GLYPH.matcher(text).replaceAll("(x)");
        return EMPTY_GLYPH.matcher(text).replaceAll("()");
    }

    /** The underlined passages of a line, as plain text, in order. */
    public static List<String> underlined(String markup) {
        List<String> passages = new ArrayList<>();
        String text = markup == null ? "" : markup;
        Matcher matcher = UNDERLINED.matcher(text).region(0, lastIndexOfIgnoreCase(text, UNDERLINE_END) + UNDERLINE_END.length());
        while (matcher.find()) {
            String passage = plain(matcher.group(1));
            if (!passage.isEmpty()) {
                passages.add(passage);
            }
        }
        return passages;
    }

    /** The tab-separated cells of a table row (a line without tab is one cell). */
    public static List<String> cells(String line) {
        return Arrays.asList(line.split("\t", -1));
    }

    /**
     * Every match of {@code pattern} that ends by {@code end} replaced. A pattern that must end with
     * a certain character is searched only up to its last occurrence, so every start that gets past its
     * first character finds its end, and no start scans the rest of the line in vain.
     */
    private static String replaceUpTo(String text, Pattern pattern, int end, UnaryOperator<String> replacement) {
        Matcher matcher = pattern.matcher(text).region(0, end).useTransparentBounds(true);
        StringBuilder result = null;
        int copied = 0;
        while (matcher.find()) {
            result = result == null ? new StringBuilder(text.length()) : result;
            result.append(text, copied, matcher.start()).append(replacement.apply(matcher.group()));
            copied = matcher.end();
        }
        return result == null ? text : result.append(text, copied, text.length()).toString();
    }

    /** Where {@code part} last begins in {@code text}, ignoring case; -1 if nowhere (then no region is searched). */
    private static int lastIndexOfIgnoreCase(String text, String part) {
        for (int i = text.length() - part.length(); i >= 0; i--) {
            if (text.regionMatches(true, i, part, 0, part.length())) {
                return i;
            }
        }
        return -part.length();
    }

    private static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        return text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
    }
}
