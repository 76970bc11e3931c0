package de.ratsanfragen.organization;

import java.util.List;

/**
 * A parsed routing tag ("V-Vermerk") such as {@code V: D01/ A11// D03/ A32}.
 *
 * @param raw         the tag as written
 * @param assignments each Dezernat named, with the units under it that must answer, in the order written
 * @param lead        code of the unit that leads (Federführung): the first unit named, or {@code null} if none could be read
 * @param consulted   codes of the units to consult ("in Abstimmung mit …", "in Absprache mit …")
 * @param warnings    German messages naming every part of the tag that could not be read; empty when all is clear
 */
public record RoutingTag(String raw, List<Assignment> assignments, String lead, List<String> consulted,
                         List<String> warnings) {

    /**
     * The longest tag that is read, in characters. Real tags are short: the longest in the Erfurt seed
     * has 85 characters, and one naming every Dezernat of Erfurt's directory with all its units in full
     * and a trailer has 282. Anything much longer is pasted text or an attack.
     */
    public static final int MAX_LENGTH = 1_000;

    public RoutingTag {
        assignments = List.copyOf(assignments);
        consulted = List.copyOf(consulted);
        warnings = List.copyOf(warnings);
    }

    /** The units that give the item's answer, as the response names them: {@code D01/A11, D03/A32}; a Dezernat alone as {@code D05}. */
    public String givenBy() {
        return assignments.stream()
                .map(assignment -> assignment.units().isEmpty() ? assignment.dezernat()
                        : assignment.dezernat() + "/" + String.join("/", assignment.units()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * One Dezernat with its answering units.
     *
     * @param dezernat code of the Dezernat (or the OB office)
     * @param units    codes of the units under it; empty when the Dezernat answers itself
     */
    public record Assignment(String dezernat, List<String> units) {

        public Assignment {
            units = List.copyOf(units);
        }
    }

    /** Every unit that must answer: the named units, or the Dezernat itself where it names none. */
    public List<String> answeringUnits() {
        return assignments.stream()
                .flatMap(assignment -> assignment.units().isEmpty()
                        ? java.util.stream.Stream.of(assignment.dezernat())
                        : assignment.units().stream())
                .distinct()
                .toList();
    }
}
