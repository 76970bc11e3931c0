package de.ratsanfragen.organization;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a unit's name written in a document is matched against the directory. */
final class UnitNames {

    /** "Leiterin Bereich OB" means the office, not a person: the function words are dropped, one at a time. */
    private static final Pattern ROLE_WORD = Pattern.compile(
            "(?:leiterin|leiter|leitung|frau|herrn?|des|der|dem|den|die|das)\\s+", Pattern.CASE_INSENSITIVE);

    private UnitNames() {
    }

    /**
     * Case, spaces and punctuation do not matter: "D 01", "d01" and "D01" are one name. Letters and
     * numbers ({@code \p{L}}, {@code \p{N}}) are kept; a loop, because the routing-tag reader asks for
     * keys of every part of a tag and a pattern's replacement was most of its time.
     */
    static String key(String name) {
        String lower = name.toLowerCase(Locale.GERMAN);
        StringBuilder key = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int codePoint = lower.codePointAt(i);
            if (isLetterOrNumber(codePoint)) {
                key.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return key.toString();
    }

    private static boolean isLetterOrNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * Without the leading function words. A loop rather than a repeated group in one pattern: the
     * regex engine recurses once per repetition, and a few thousand words overflowed the stack.
     */
    static String withoutRole(String name) {
        String trimmed = name.trim();
        Matcher word = ROLE_WORD.matcher(trimmed);
        int start = 0;
        while (word.region(start, trimmed.length()).lookingAt()) {
            start = word.end();
        }
        return trimmed.substring(start);
    }
}
