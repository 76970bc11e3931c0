package de.ratsanfragen.organization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import de.ratsanfragen.platform.ApiProblem;
import org.springframework.http.HttpStatus;

/**
 * A routing tag made from units chosen in a list (the triage workspace): the lead, the other units that
 * answer and the units consulted become the tag the grammar of {@link RoutingTagParser} reads — the
 * lead's Dezernat first and the lead first in it, each further Dezernat after „//“, the consulted units in
 * the trailer „in Abstimmung mit“. The tag is read back by the parser, so what is stored is exactly what a
 * typed tag with the same meaning would give. A choice the grammar cannot say is refused in German.
 */
final class RoutingTagBuilder {

    private static final String TITLE = "Zuständigkeit nicht verwendbar";

    private final OrganizationDirectory directory;
    private final RoutingTagParser parser;

    RoutingTagBuilder(OrganizationDirectory directory, RoutingTagParser parser) {
        this.directory = directory;
        this.parser = parser;
    }

    RoutingTag build(String lead, List<String> others, List<String> consulted) {
        if (lead == null || lead.isBlank()) {
            throw refused("Es ist keine federführende Einheit gewählt; jede Frage braucht eine Einheit, die sie beantwortet.");
        }
        Unit leader = answering(lead);
        List<Unit> answering = new ArrayList<>(List.of(leader));
        for (String other : others == null ? List.<String>of() : others) {
            if (other != null && !other.isBlank()) {
                Unit unit = answering(other);
                if (!answering.contains(unit)) {
                    answering.add(unit);
                }
            }
        }
        List<Unit> asked = new ArrayList<>();
        for (String name : consulted == null ? List.<String>of() : consulted) {
            if (name != null && !name.isBlank()) {
                Unit unit = staff(name, "beteiligt");
                if (answering.contains(unit)) {
                    throw refused("„" + label(unit) + "“ beantwortet die Frage und kann nicht zugleich „in Abstimmung“ beteiligt sein.");
                }
                if (!asked.contains(unit)) {
                    asked.add(unit);
                }
            }
        }
        Map<String, List<String>> byDezernat = new LinkedHashMap<>();
        for (Unit unit : answering) {
            String dezernat = unit.kind().isTopLevel() ? unit.code() : unit.parent();
            List<String> units = byDezernat.computeIfAbsent(dezernat, code -> new ArrayList<>());
            if (!unit.kind().isTopLevel()) {
                units.add(unit.code());
            }
        }
        for (Unit unit : answering) {
            if (unit.kind().isTopLevel() && !byDezernat.get(unit.code()).isEmpty()) {
                throw refused("„" + label(unit) + "“ beantwortet selbst nur, wenn keine seiner Einheiten gewählt ist; "
                        + "bitte entweder das Dezernat oder seine Einheiten wählen.");
            }
        }
        String raw = "V: " + byDezernat.entrySet().stream()
                .map(entry -> entry.getValue().isEmpty() ? entry.getKey() : entry.getKey() + "/ " + String.join("/ ", entry.getValue()))
                .collect(Collectors.joining("// "))
                + (asked.isEmpty() ? "" : " in Abstimmung mit " + asked.stream().map(Unit::code).collect(Collectors.joining(", ")));
        RoutingTag tag = parser.parse(raw);
        if (!tag.warnings().isEmpty() || !leader.code().equals(tag.lead())) {
            // the grammar and this builder disagree: a bug, not the user's input
            throw new IllegalStateException("built routing tag " + raw + " reads back as " + tag);
        }
        return tag;
    }

    /** A unit that may answer: a staff unit that is a Dezernat (or the OB office) or belongs to one. */
    private Unit answering(String name) {
        Unit unit = staff(name, "zuständig");
        if (!unit.kind().isTopLevel() && unit.parent() == null) {
            throw refused("„" + label(unit) + "“ gehört laut Verzeichnis zu keinem Dezernat und kann deshalb keine Frage beantworten.");
        }
        return unit;
    }

    private Unit staff(String name, String role) {
        Unit unit = directory.find(name.strip()).orElseThrow(() -> refused("Die Einheit „" + name.strip()
                + "“ steht nicht im Organisationsverzeichnis."));
        if (!unit.isStaff()) {
            throw refused("„" + unit.name() + "“ ist eine Fraktion und kann nicht " + role + " sein.");
        }
        return unit;
    }

    private static String label(Unit unit) {
        return unit.code() + " – " + unit.name();
    }

    private static ApiProblem refused(String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, TITLE, detail);
    }
}
