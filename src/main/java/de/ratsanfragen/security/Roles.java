package de.ratsanfragen.security;

/** Roles derived from a user's groups; a user may hold several. */
final class Roles {

    /** Member of any unit of the administration (or an administrator). */
    static final String STAFF = "STAFF";
    /** Member of the OB office: triage, monitoring, release. */
    static final String OB_OFFICE = "OB_OFFICE";
    /** Member of a council faction: submits and follows its own inquiries. */
    static final String FACTION = "FACTION";
    /** Member of camunda-admin. */
    static final String ADMIN = "ADMIN";
    /** Prefix of the authority naming each group, e.g. {@code UNIT_A11}. */
    static final String UNIT_PREFIX = "UNIT_";
    /** Prefix of the authority naming each faction the user belongs to, e.g. {@code FACTION_GRUENE}. */
    static final String FACTION_PREFIX = "FACTION_";

    private Roles() {
    }
}
