package de.ratsanfragen.organization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The grammar of the routing tag:
 * <pre>
 *   tag        = "V:" assignment { "//" assignment }
 *   assignment = dezernat { "/" unit } [ trailer ]
 *   trailer    = ("in Abstimmung mit" | "in Absprache mit") unit { ("," | "und" | "/") unit }
 * </pre>
 * Units are codes ({@code A11}), names or aliases from the directory; a name may itself contain
 * "/" or "und" ("Büro für Migration und Integration"), so the longest run of parts that names a
 * unit wins. Whitespace varies. The first unit named leads. Whatever cannot be read becomes a
 * warning that quotes it; the parser never throws.
 * <p>
 * Linear time on any text: whitespace is folded to single spaces before any pattern runs (so no
 * {@code \s*} meets a run of spaces), and a run of parts is at most as long as the directory's
 * longest name in parts ({@link #maxSlashParts}, {@link #maxAndParts}): each part starts at most that
 * many lookups, each of at most that many parts.
 */
final class RoutingTagParser {

    /** "V:", also "V.:" and "V " as typed in a hurry. */
    private static final Pattern PREFIX = Pattern.compile("^\\s*V\\s*\\.?\\s*(?::\\s*|\\s+(?=D\\s?\\d))", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILER = Pattern.compile("(?:^|\\s+)in\\s+(?:Abstimmung|Absprache)\\s+mit\\b\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|/+)\\s*");
    private static final Pattern AND = Pattern.compile("\\s+(?:und|sowie)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final OrganizationDirectory directory;
    /** The most "/"-separated parts any name or alias of the directory has ("Bereich Migration/Integration": 2). */
    private final int maxSlashParts;
    /** The most parts separated by "und"/"sowie" any name or alias has ("Büro für Migration und Integration": 2). */
    private final int maxAndParts;

    RoutingTagParser(OrganizationDirectory directory) {
        this.directory = directory;
        this.maxSlashParts = maxParts(directory, SLASH);
        this.maxAndParts = maxParts(directory, AND);
    }

    private static int maxParts(OrganizationDirectory directory, Pattern separator) {
        return directory.units().stream()
                .flatMap(unit -> Stream.concat(Stream.of(unit.code(), unit.name()), unit.aliases().stream()))
                .mapToInt(name -> separator.split(WHITESPACE.matcher(name.strip()).replaceAll(" "), -1).length)
                .max().orElse(1);
    }

    /** One reading of a tag: collects assignments, consulted units and warnings as it goes. */
    private final class Reading {
        final Map<String, List<String>> assignments = new LinkedHashMap<>();
        final List<String> consulted = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
    }

    RoutingTag parse(String raw) {
        Reading reading = new Reading();
        if (raw == null || raw.isBlank()) {
            reading.warnings.add("Der V-Vermerk ist leer.");
            return new RoutingTag(raw == null ? "" : raw, List.of(), null, List.of(), reading.warnings);
        }
        String body = WHITESPACE.matcher(raw.strip()).replaceAll(" ");
        Matcher prefix = PREFIX.matcher(body);
        if (prefix.find()) {
            body = body.substring(prefix.end());
        } else {
            reading.warnings.add("Der V-Vermerk „" + raw.strip() + "“ beginnt nicht mit „V:“; er wird trotzdem gelesen.");
        }
        if (body.isBlank()) {
            reading.warnings.add("Der V-Vermerk „" + raw.strip() + "“ nennt keine Einheit.");
            return new RoutingTag(raw, List.of(), null, List.of(), reading.warnings);
        }

        for (String part : body.split("//", -1)) {
            readAssignment(part.trim(), reading);
        }

        List<RoutingTag.Assignment> result = reading.assignments.entrySet().stream()
                .map(entry -> new RoutingTag.Assignment(entry.getKey(), entry.getValue()))
                .toList();
        if (result.isEmpty()) {
            reading.warnings.add("Der V-Vermerk „" + raw.strip() + "“ nennt keine bekannte Einheit, die antworten könnte.");
        }
        String lead = result.isEmpty() ? null
                : result.get(0).units().isEmpty() ? result.get(0).dezernat() : result.get(0).units().get(0);
        for (String code : reading.consulted) {
            boolean answers = reading.assignments.containsKey(code)
                    || reading.assignments.values().stream().anyMatch(units -> units.contains(code));
            if (answers) {
                reading.warnings.add("„" + code + "“ ist zuständig und zugleich „in Abstimmung“ genannt.");
            }
        }
        return new RoutingTag(raw, result, lead, reading.consulted, reading.warnings);
    }

    private void readAssignment(String part, Reading reading) {
        if (part.isEmpty()) {
            reading.warnings.add("Leerer Abschnitt zwischen „//“ im V-Vermerk.");
            return;
        }
        Matcher trailer = TRAILER.matcher(part);
        String main = part;
        if (trailer.find()) {
            main = part.substring(0, trailer.start()).trim();
            readConsulted(part.substring(trailer.end()), reading);
        }
        if (main.isEmpty()) {
            reading.warnings.add("Vor „in Abstimmung/Absprache mit“ fehlt die zuständige Einheit.");
            return;
        }
        String dezernat = null;
        String[] names = SLASH.split(main, -1);
        boolean blankReported = false;
        for (int start = 0; start < names.length; ) {
            if (names[start].isBlank()) {
                if (!blankReported) {
                    // once per section: quoting the section for every empty name would grow with its square
                    reading.warnings.add("Leerer Name zwischen „/“ in „" + part + "“.");
                    blankReported = true;
                }
                start++;
                continue;
            }
            int end = longestNamedRun(names, start, "/", maxSlashParts);
            if (end < 0) {
                List<Unit> units = resolveList(names[start].trim(), "im V-Vermerk", reading);
                for (Unit unit : units) {
                    dezernat = place(unit, names[start].trim(), dezernat, start, reading);
                }
                start++;
                continue;
            }
            String name = String.join("/", Arrays.asList(names).subList(start, end)).trim();
            dezernat = place(directory.find(name).orElseThrow(), name, dezernat, start, reading);
            start = end;
        }
    }

    /** Puts one resolved unit into the assignments; returns the Dezernat that further units belong to. */
    private String place(Unit unit, String name, String dezernat, int position, Reading reading) {
        if (!unit.isStaff()) {
            reading.warnings.add("„" + name + "“ ist eine Fraktion und kann keine Anfrage beantworten.");
            return dezernat;
        }
        if (unit.kind().isTopLevel()) {
            if (dezernat != null && position > 0) {
                reading.warnings.add("„" + name + "“ ist ein Dezernat und steht hinter „" + dezernat
                        + "“; Dezernate werden mit „//“ getrennt.");
            }
            reading.assignments.computeIfAbsent(unit.code(), code -> new ArrayList<>());
            return unit.code();
        }
        if (dezernat == null) {
            if (unit.parent() == null) {
                reading.warnings.add("„" + name + "“ gehört laut Verzeichnis zu keinem Dezernat; bitte das Dezernat voranstellen.");
                return null;
            }
            dezernat = unit.parent();
            reading.warnings.add("Vor „" + name + "“ fehlt das Dezernat; laut Verzeichnis ist es " + dezernat + ".");
            reading.assignments.computeIfAbsent(dezernat, code -> new ArrayList<>());
        } else if (unit.parent() != null && !unit.parent().equals(dezernat)) {
            reading.warnings.add("„" + name + "“ (" + unit.code() + ") gehört laut Verzeichnis zu " + unit.parent()
                    + ", nicht zu " + dezernat + ".");
        }
        List<String> units = reading.assignments.get(dezernat);
        if (!units.contains(unit.code())) {
            units.add(unit.code());
        }
        return dezernat;
    }

    private void readConsulted(String trailer, Reading reading) {
        if (trailer.replaceAll("[\\s,/]", "").isEmpty()) {
            reading.warnings.add("Nach „in Abstimmung/Absprache mit“ fehlt die Einheit.");
            return;
        }
        for (String segment : LIST_SEPARATOR.split(trailer.trim())) {
            if (segment.isBlank()) {
                continue;
            }
            for (Unit unit : resolveList(segment.trim(), "bei „in Abstimmung/Absprache mit“", reading)) {
                if (!unit.isStaff()) {
                    reading.warnings.add("„" + unit.name() + "“ ist eine Fraktion und kann nicht beteiligt werden.");
                } else if (!reading.consulted.contains(unit.code())) {
                    reading.consulted.add(unit.code());
                }
            }
        }
    }

    /**
     * The units a text names, split at "und" where the whole text names none: "D03 und D05" names
     * two, "Büro für Migration und Integration" one. Unknown parts are reported, known ones kept.
     */
    private List<Unit> resolveList(String segment, String where, Reading reading) {
        String[] parts = AND.split(segment);
        List<Unit> units = new ArrayList<>();
        for (int start = 0; start < parts.length; ) {
            int end = longestNamedRun(parts, start, " und ", maxAndParts);
            if (end < 0) {
                reading.warnings.add("Unbekannte Einheit „" + parts[start].trim() + "“ " + where + ".");
                start++;
                continue;
            }
            units.add(directory.find(join(parts, start, end, " und ")).orElseThrow());
            start = end;
        }
        return units;
    }

    /**
     * The end (exclusive) of the longest run of parts from {@code start} that names a unit, or -1. No
     * name has more than {@code maxParts} parts, so no longer run is tried: that keeps the whole tag
     * linear (trying every end joined every run: cubic time, 15 s of CPU for a 4 KB tag).
     */
    private int longestNamedRun(String[] parts, int start, String separator, int maxParts) {
        int limit = start;
        while (limit < parts.length && limit - start < maxParts && !parts[limit].isBlank()) {
            limit++;
        }
        for (int end = limit; end > start; end--) {
            if (directory.find(join(parts, start, end, separator)).isPresent()) {
                return end;
            }
        }
        return -1;
    }

    private static String join(String[] parts, int start, int end, String separator) {
        return String.join(separator, Arrays.asList(parts).subList(start, end)).trim();
    }
}
