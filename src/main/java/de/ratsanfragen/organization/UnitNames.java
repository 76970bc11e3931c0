package de.ratsanfragen.organization;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a unit's name written in a document is matched against the directory. */
final class UnitNames {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** "Leiterin Bereich OB" means the office, not a person: the function words are dropped, one at a time. */
    private static final Pattern ROLE_WORD = Pattern.compile(
            "(?:leiterin|leiter|leitung|frau|herrn?|des|der|dem|den|die|das)\\s+", Pattern.CASE_INSENSITIVE);

    private UnitNames() {
    }

    /** Case, spaces and punctuation do not matter: "D 01", "d01" and "D01" are one name. */
    static String key(String name) {
        return NOT_LETTER_OR_DIGIT.matcher(name.toLowerCase(Locale.GERMAN)).replaceAll("");
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
