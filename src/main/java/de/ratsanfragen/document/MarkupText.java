package de.ratsanfragen.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The markup that Word-to-text converters leave in documents ({@code <p>}, {@code <u>}, checkbox
 * inputs, HTML entities, markdown emphasis and escapes) turned into plain text, with the few marks
 * the importers need kept readable: checkboxes as {@code (x)}/{@code ()}, underline on request.
 */
public final class MarkupText {

    private static final Pattern CHECKED_BOX = Pattern.compile("<input\\b[^>]*\\bchecked\\b[^>]*>|☒|☑|\\[x]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMPTY_BOX = Pattern.compile("<input\\b[^>]*type=\"checkbox\"[^>]*>|☐|\\[ ]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UNDERLINED = Pattern.compile("<u>(.*?)</u>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile("\\*\\*|__");
    /** {@code *kursiv*}, but not the gender star in "Mitarbeiter*innen". */
    private static final Pattern MARKDOWN_ITALIC = Pattern.compile("(?<![\\w\\\\])\\*(?=\\S)([^*]+?)(?<=\\S)\\*(?!\\w)");
    private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>~])");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\r\\n\\u00A0\\u2007\\u202F]+");

    private MarkupText() {
    }

    /** Plain text of one cell or line: tags removed, entities decoded, checkboxes as (x)/(), spaces folded. */
    public static String plain(String markup) {
        if (markup == null) {
            return "";
        }
        String text = boxes(markup);
        text = TAG.matcher(text).replaceAll(" ");
        text = MARKDOWN_EMPHASIS.matcher(text).replaceAll("");
        text = MARKDOWN_ITALIC.matcher(text).replaceAll("$1");
        text = MARKDOWN_ESCAPE.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        text = decodeEntities(text);
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** Checkbox markup and glyphs as {@code (x)} and {@code ()}, everything else untouched. */
    public static String boxes(String markup) {
        String text = CHECKED_BOX.matcher(markup).replaceAll("(x)");
        return EMPTY_BOX.matcher(text).replaceAll("()");
    }

    /** The underlined passages of a line, as plain text, in order. */
    public static List<String> underlined(String markup) {
        List<String> passages = new ArrayList<>();
        Matcher matcher = UNDERLINED.matcher(markup == null ? "" : markup);
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

    private static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        return text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
    }
}
