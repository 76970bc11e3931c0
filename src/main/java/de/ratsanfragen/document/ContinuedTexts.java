package de.ratsanfragen.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Texts read line by line, of which the last may still grow: a bullet or a table cell continued on the
 * next line, a note continued after a page break. Continuing costs only the text added; joining the
 * whole text again for every continued line cost time quadratic in the number of lines.
 */
public final class ContinuedTexts {

    private final List<String> finished = new ArrayList<>();
    private StringBuilder last;

    /** A new text after the others. */
    public void add(String text) {
        if (last != null) {
            finished.add(last.toString());
        }
        last = new StringBuilder(text);
    }

    /** The last text continued, after a space; without a text so far, the first one. */
    public void continueLast(String text) {
        if (last == null) {
            add(text);
        } else {
            last.append(' ').append(text);
        }
    }

    public boolean isEmpty() {
        return last == null;
    }

    /** True if the last text ends, trailing whitespace aside, with one of {@code characters}. */
    public boolean lastEndsWithAnyOf(String characters) {
        return last != null && endsWithAnyOf(last, characters);
    }

    /** The texts in order. */
    public List<String> toList() {
        List<String> texts = new ArrayList<>(finished);
        if (last != null) {
            texts.add(last.toString());
        }
        return texts;
    }

    /**
     * True if {@code text} ends, trailing whitespace aside, with one of {@code characters} — what a
     * pattern like {@code .*[.!?]$} says, in time independent of the text's length.
     */
    public static boolean endsWithAnyOf(CharSequence text, String characters) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > 0 && characters.indexOf(text.charAt(end - 1)) >= 0;
    }
}
