package de.ratsanfragen.inquiry;

import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import de.ratsanfragen.organization.RoutingTag;

/**
 * The Dezernate and units an inquiry's routing tags name — to answer, to contribute or to be consulted.
 *
 * @param dezernate the Dezernate, by code
 * @param units     the units, by code
 */
record Involvement(Set<String> dezernate, Set<String> units) {

    /** From the items' routing tags; items without a tag yet name nobody. */
    static Involvement of(Collection<RoutingTag> routings) {
        Set<String> dezernate = new TreeSet<>();
        Set<String> units = new TreeSet<>();
        routings.stream().filter(Objects::nonNull).forEach(routing -> {
            routing.assignments().forEach(assignment -> {
                dezernate.add(assignment.dezernat());
                units.addAll(assignment.units());
            });
            units.addAll(routing.consulted());
        });
        return new Involvement(Collections.unmodifiableSet(dezernate), Collections.unmodifiableSet(units));
    }
}
