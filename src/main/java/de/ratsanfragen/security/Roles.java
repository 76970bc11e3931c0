package de.ratsanfragen.security;

import de.ratsanfragen.platform.CurrentUser;

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
    static final String UNIT_PREFIX = CurrentUser.UNIT_PREFIX;
    static final String FACTION_PREFIX = CurrentUser.FACTION_PREFIX;

    private Roles() {
    }
}
