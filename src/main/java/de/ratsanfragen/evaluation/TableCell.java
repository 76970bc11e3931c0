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

    private static final Pattern ITEM_START = Pattern.compile("<li\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ITEM_END = Pattern.compile("</li>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BULLET_GLYPH = Pattern.compile("^[•▪◦‣]\\s*");

    private TableCell() {
    }

    /**
     * The non-empty fragments of the cell, cleaned of markup and bullet glyphs. An item runs from
     * {@code <li …>} to the next {@code </li>}; where no {@code </li>} follows, no later item can end
     * either, and the rest is loose text. (One pattern for the whole item searched the rest of the
     * cell again from every unclosed {@code <li>}: quadratic time.)
     */
    static List<Fragment> read(String html) {
        List<Fragment> fragments = new ArrayList<>();
        int tagsEnd = html.lastIndexOf('>') + 1;
        Matcher start = ITEM_START.matcher(html).region(0, tagsEnd).useTransparentBounds(true);
        Matcher end = ITEM_END.matcher(html);
        int looseStart = 0;
        while (start.find() && end.find(start.end())) {
            add(html.substring(looseStart, start.start()), false, fragments);
            add(html.substring(start.end(), end.start()), true, fragments);
            looseStart = end.end();
            start.region(looseStart, Math.max(looseStart, tagsEnd));
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
