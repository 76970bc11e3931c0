package de.ratsanfragen.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The units a document's routing hint names („Beantwortung Gesundheitsamt“, „Beantwortung: Bereich D05“,
 * „Zuständig: Amt für Soziales und Jugendamt“): every run of words that is a code, name or alias of the
 * directory, the longest run first, in the order written. Words that name nothing („Beantwortung“) are
 * passed over; factions are never suggested. Linear in the hint: from each word at most as many words are
 * tried as the directory's longest name has.
 */
final class RoutingHints {

    private static final Pattern WORD_BREAK = Pattern.compile("[\\s,;/]+");

    private final OrganizationDirectory directory;
    /** The most words any code, name or alias of the directory has. */
    private final int maxWords;

    RoutingHints(OrganizationDirectory directory) {
        this.directory = directory;
        this.maxWords = directory.units().stream()
                .flatMap(unit -> Stream.concat(Stream.of(unit.code(), unit.name()), unit.aliases().stream()))
                .mapToInt(name -> words(name).size()).max().orElse(1);
    }

    List<Unit> unitsNamedIn(String hint) {
        List<Unit> units = new ArrayList<>();
        if (hint == null) {
            return units;
        }
        List<String> words = words(hint);
        for (int start = 0; start < words.size(); ) {
            int end = Math.min(words.size(), start + maxWords);
            Unit found = null;
            for (; end > start; end--) {
                found = directory.find(String.join(" ", words.subList(start, end))).orElse(null);
                if (found != null) {
                    break;
                }
            }
            if (found == null) {
                start++;
                continue;
            }
            if (found.isStaff() && !units.contains(found)) {
                units.add(found);
            }
            start = end;
        }
        return units;
    }

    private static List<String> words(String text) {
        return Stream.of(WORD_BREAK.split(text.strip())).filter(word -> !word.isBlank()).toList();
    }
}
