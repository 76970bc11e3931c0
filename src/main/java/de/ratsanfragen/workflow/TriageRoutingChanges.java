package de.ratsanfragen.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.ratsanfragen.engine.TaskCompletionRefused;
import de.ratsanfragen.inquiry.InquiryLimits;

/**
 * The routing changes the OB office writes in the triage form, one per line: „40: V: D01/ A17“. In
 * linear time: one anchored pattern per line whose parts cannot overlap (digits, then a separator,
 * then the rest); a tag over its limit is refused when it is set, and there are never more lines
 * than an inquiry can have items.
 */
final class TriageRoutingChanges {

    private static final Pattern LINE = Pattern.compile("^\\s*(\\d{1,4})\\s*[:.)]\\s*(.+)$");

    /** One line: the item's number and its new routing tag. */
    record Change(int number, String tag) {
    }

    private TriageRoutingChanges() {
    }

    /**
     * @param text what the form's field holds; {@code null} for none
     * @throws TaskCompletionRefused for a line that names no item and tag, or more lines than items
     */
    static List<Change> read(String text) {
        if (text == null) {
            return List.of();
        }
        List<Change> changes = new ArrayList<>();
        for (String line : (Iterable<String>) text.lines().filter(line -> !line.isBlank())::iterator) {
            if (changes.size() == InquiryLimits.MAX_ITEMS) {
                throw new TaskCompletionRefused("Es sind mehr als " + InquiryLimits.MAX_ITEMS
                        + " Zuständigkeiten angegeben; eine Anfrage hat höchstens so viele Fragen.");
            }
            Matcher change = LINE.matcher(line);
            if (!change.matches()) {
                throw new TaskCompletionRefused("Die Zeile „" + shortened(line.strip()) + "“ ist keine Zuständigkeit; erwartet wird "
                        + "„Nummer: V-Vermerk“, z. B. „40: V: D01/ A17“.");
            }
            changes.add(new Change(Integer.parseInt(change.group(1)), change.group(2)));
        }
        return changes;
    }

    private static String shortened(String line) {
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }
}
