package de.ratsanfragen.organization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of the routing tag:
 * <pre>
 *   tag        = "V:" assignment { "//" assignment } [ trailer ]
 *   assignment = dezernat { "/" unit }
 *   trailer    = ("in Abstimmung mit" | "in Absprache mit") unit { ("," | "und" | "/") unit }
 * </pre>
 * Units are codes ({@code A11}), names or aliases from the directory. Whitespace varies. The first
 * unit named leads. Whatever cannot be read becomes a warning that quotes it; the parser never throws.
 */
final class RoutingTagParser {

    private static final Pattern PREFIX = Pattern.compile("^\\s*V\\s*:\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILER = Pattern.compile("\\s+in\\s+(?:Abstimmung|Absprache)\\s+mit\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|/+)\\s*");
    private static final Pattern AND = Pattern.compile("\\s+(?:und|sowie)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final OrganizationDirectory directory;

    RoutingTagParser(OrganizationDirectory directory) {
        this.directory = directory;
    }

    RoutingTag parse(String raw) {
        List<String> warnings = new ArrayList<>();
        if (raw == null || raw.isBlank()) {
            warnings.add("Der V-Vermerk ist leer.");
            return new RoutingTag(raw == null ? "" : raw, List.of(), null, List.of(), warnings);
        }
        String body = WHITESPACE.matcher(raw.strip()).replaceAll(" ");
        Matcher prefix = PREFIX.matcher(body);
        if (prefix.find()) {
            body = body.substring(prefix.end());
        } else {
            warnings.add("Der V-Vermerk „" + raw.strip() + "“ beginnt nicht mit „V:“; er wird trotzdem gelesen.");
        }
        if (body.isBlank()) {
            warnings.add("Der V-Vermerk „" + raw.strip() + "“ nennt keine Einheit.");
            return new RoutingTag(raw, List.of(), null, List.of(), warnings);
        }

        String main = body;
        String trailer = null;
        Matcher trailerStart = TRAILER.matcher(body);
        if (trailerStart.find()) {
            main = body.substring(0, trailerStart.start());
            trailer = body.substring(trailerStart.end());
        }

        Map<String, List<String>> assignments = new LinkedHashMap<>();
        for (String part : main.split("//", -1)) {
            readAssignment(part.trim(), assignments, warnings);
        }
        List<String> consulted = trailer == null ? List.of() : readConsulted(trailer, warnings);

        List<RoutingTag.Assignment> result = assignments.entrySet().stream()
                .map(entry -> new RoutingTag.Assignment(entry.getKey(), entry.getValue()))
                .toList();
        String lead = result.isEmpty() ? null
                : result.get(0).units().isEmpty() ? result.get(0).dezernat() : result.get(0).units().get(0);
        if (result.isEmpty()) {
            warnings.add("Der V-Vermerk „" + raw.strip() + "“ nennt keine bekannte Einheit, die antworten könnte.");
        }
        return new RoutingTag(raw, result, lead, consulted, warnings);
    }

    private void readAssignment(String part, Map<String, List<String>> assignments, List<String> warnings) {
        if (part.isEmpty()) {
            warnings.add("Leerer Abschnitt zwischen „//“ im V-Vermerk.");
            return;
        }
        String[] names = part.split("/", -1);
        String dezernat = null;
        for (int i = 0; i < names.length; i++) {
            String name = names[i].trim();
            if (name.isEmpty()) {
                warnings.add("Leerer Name zwischen „/“ in „" + part + "“.");
                continue;
            }
            Optional<Unit> found = directory.find(name);
            if (found.isEmpty()) {
                warnings.add("Unbekannte Einheit „" + name + "“ im V-Vermerk.");
                continue;
            }
            Unit unit = found.get();
            if (!unit.isStaff()) {
                warnings.add("„" + name + "“ ist eine Fraktion und kann keine Anfrage beantworten.");
                continue;
            }
            if (unit.kind().isTopLevel()) {
                if (dezernat != null && i > 0) {
                    warnings.add("„" + name + "“ ist ein Dezernat und steht hinter „" + dezernat
                            + "“; Dezernate werden mit „//“ getrennt.");
                }
                dezernat = unit.code();
                assignments.computeIfAbsent(dezernat, code -> new ArrayList<>());
                continue;
            }
            if (dezernat == null) {
                dezernat = unit.parent();
                if (dezernat == null) {
                    warnings.add("„" + name + "“ gehört laut Verzeichnis zu keinem Dezernat; bitte das Dezernat voranstellen.");
                    continue;
                }
                warnings.add("Vor „" + name + "“ fehlt das Dezernat; laut Verzeichnis ist es " + dezernat + ".");
                assignments.computeIfAbsent(dezernat, code -> new ArrayList<>());
            } else if (unit.parent() != null && !unit.parent().equals(dezernat)) {
                warnings.add("„" + name + "“ (" + unit.code() + ") gehört laut Verzeichnis zu " + unit.parent()
                        + ", nicht zu " + dezernat + ".");
            }
            List<String> units = assignments.get(dezernat);
            if (!units.contains(unit.code())) {
                units.add(unit.code());
            }
        }
    }

    private List<String> readConsulted(String trailer, List<String> warnings) {
        List<String> consulted = new ArrayList<>();
        for (String segment : LIST_SEPARATOR.split(trailer.trim())) {
            if (segment.isBlank()) {
                continue;
            }
            List<Unit> units = resolveList(segment.trim());
            if (units.isEmpty()) {
                warnings.add("Unbekannte Einheit „" + segment.trim() + "“ bei „in Abstimmung/Absprache mit“.");
            }
            units.stream().map(Unit::code).filter(code -> !consulted.contains(code)).forEach(consulted::add);
        }
        if (consulted.isEmpty() && warnings.isEmpty()) {
            warnings.add("Nach „in Abstimmung/Absprache mit“ fehlt die Einheit.");
        }
        return consulted;
    }

    /**
     * "D03 und D05" names two units, "Büro für Migration und Integration" one: the longest run of
     * "und"-separated words that names a unit is taken first. Empty when any part stays unknown.
     */
    private List<Unit> resolveList(String segment) {
        String[] parts = AND.split(segment);
        List<Unit> units = new ArrayList<>();
        int start = 0;
        while (start < parts.length) {
            int end = longestNamedRun(parts, start);
            if (end < 0) {
                return List.of();
            }
            units.add(directory.find(join(parts, start, end)).orElseThrow());
            start = end;
        }
        return units;
    }

    /** The end (exclusive) of the longest run of parts from {@code start} that names a staff unit, or -1. */
    private int longestNamedRun(String[] parts, int start) {
        for (int end = parts.length; end > start; end--) {
            if (directory.find(join(parts, start, end)).filter(Unit::isStaff).isPresent()) {
                return end;
            }
        }
        return -1;
    }

    private static String join(String[] parts, int start, int end) {
        return String.join(" und ", Arrays.asList(parts).subList(start, end));
    }
}
