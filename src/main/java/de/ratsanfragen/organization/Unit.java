package de.ratsanfragen.organization;

import java.util.List;

/**
 * One entry of the organization directory.
 *
 * @param code    stable identifier, also the id of the unit's Camunda group ({@code A11}, {@code D01}, {@code BMI})
 * @param name    the name documents and users know it by
 * @param kind    what kind of unit it is
 * @param parent  code of the Dezernat (or other unit) it belongs to, or {@code null} at the top
 * @param aliases further names the documents use for it
 * @param mail    address for notifications
 */
public record Unit(String code, String name, UnitKind kind, String parent, List<String> aliases, String mail) {

    public Unit {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public boolean isStaff() {
        return kind.isStaff();
    }
}
