package de.ratsanfragen.evaluation;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first "Stand" bullet of a Jena goal, which says the status in the report's words ("Ziel
 * überwiegend erfüllt", "Ziel durch Umsetzung im Jugendamt erfüllt"). Where the converter ran a note
 * into the same bullet ("Ziel teilweise erfüllt FD Personal verwendet …", "Ziel verworfen, wird durch
 * andere Akteure erreicht"), the label ends with the status word and the rest is a note.
 *
 * @param label  the status wording as written, or the whole bullet where it names no status
 * @param note   what follows the status wording in the same bullet, or empty
 * @param status what the wording says, or {@code null} where it names no status
 */
record StatusBullet(String label, String note, MeasureStatus status) {

    private static final Pattern WORDING = Pattern.compile(
            "^(Ziel\\b.*?\\b(?:erfüllt|verworfen))\\b[\\s,;:.]*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS | Pattern.DOTALL);

    static StatusBullet read(String bullet) {
        Matcher wording = WORDING.matcher(bullet);
        if (!wording.matches()) {
            return new StatusBullet(bullet, "", null);
        }
        return new StatusBullet(wording.group(1), wording.group(2), statusOf(wording.group(1)));
    }

    /** "überwiegend erfüllt" is fulfilled: section A holds "vollumfänglich bzw. überwiegend erfüllte Ziele". */
    private static MeasureStatus statusOf(String label) {
        String wording = label.toLowerCase(Locale.GERMAN);
        if (wording.contains("verworfen")) {
            return MeasureStatus.DISCARDED;
        }
        if (wording.contains("nicht")) {
            return MeasureStatus.NOT_FULFILLED;
        }
        if (wording.contains("teilweise")) {
            return MeasureStatus.PARTIAL;
        }
        return MeasureStatus.FULFILLED;
    }
}
