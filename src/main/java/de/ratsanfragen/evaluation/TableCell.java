package de.ratsanfragen.evaluation;

import de.ratsanfragen.document.MarkupText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content of one table cell as the converter wrote it: plain text ({@code fortlaufend}), list
 * items ({@code <ul><li>• Ziel erfüllt</li></ul>}), or both, e.g. where a page break split a cell
 * and the rest of a list item arrives as plain text before the next items.
 */
final class TableCell {

    /** One piece of a cell, in document order. */
    record Fragment(String text, boolean listItem) {
    }

    private static final Pattern ITEM = Pattern.compile("<li\\b[^>]*>(.*?)</li>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BULLET_GLYPH = Pattern.compile("^[•▪◦‣]\\s*");

    private TableCell() {
    }

    /** The non-empty fragments of the cell, cleaned of markup and bullet glyphs. */
    static List<Fragment> read(String html) {
        List<Fragment> fragments = new ArrayList<>();
        Matcher item = ITEM.matcher(html);
        int looseStart = 0;
        while (item.find()) {
            add(html.substring(looseStart, item.start()), false, fragments);
            add(item.group(1), true, fragments);
            looseStart = item.end();
        }
        add(html.substring(looseStart), false, fragments);
        return fragments;
    }

    private static void add(String raw, boolean listItem, List<Fragment> fragments) {
        String text = BULLET_GLYPH.matcher(MarkupText.plain(raw)).replaceFirst("");
        if (!text.isEmpty()) {
            fragments.add(new Fragment(text, listItem));
        }
    }
}
