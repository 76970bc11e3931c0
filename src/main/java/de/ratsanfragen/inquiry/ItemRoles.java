package de.ratsanfragen.inquiry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import de.ratsanfragen.organization.RoutingTag;

/**
 * The role each unit has in an item under a routing: the lead answers, the other named units contribute, consulted
 * units comment (a unit named twice keeps the first of these). What a re-routing takes from a unit is read from
 * two of these maps.
 */
public final class ItemRoles {

    private ItemRoles() {
    }

    /** Every unit of the routing with its role, lead first; empty for no routing. */
    public static Map<String, Contribution.Role> of(RoutingTag routing) {
        Map<String, Contribution.Role> roles = new LinkedHashMap<>();
        if (routing == null || routing.lead() == null) {
            return roles;
        }
        roles.put(routing.lead(), Contribution.Role.ANSWER);
        routing.answeringUnits().forEach(unit -> roles.putIfAbsent(unit, Contribution.Role.CONTRIBUTION));
        routing.consulted().forEach(unit -> roles.putIfAbsent(unit, Contribution.Role.COMMENT));
        return roles;
    }

    /** The units that have a role before and none after, each with the role it had. */
    public static Map<String, Contribution.Role> lost(RoutingTag before, RoutingTag after) {
        Map<String, Contribution.Role> lost = new LinkedHashMap<>(of(before));
        lost.keySet().removeAll(of(after).keySet());
        return Collections.unmodifiableMap(lost);
    }

    /** The German name of a role, as a unit's page shows it. */
    public static String label(Contribution.Role role) {
        return switch (role) {
            case ANSWER -> "federführend";
            case CONTRIBUTION -> "Beitrag";
            case COMMENT -> "Stellungnahme";
        };
    }
}
