package de.ratsanfragen.organization;

import java.util.List;

/** A unit as the API shows it, with its kind in German for pick lists. */
record UnitView(String code, String name, UnitKind kind, String kindLabel, String parent, List<String> aliases,
                String mail) {
}
