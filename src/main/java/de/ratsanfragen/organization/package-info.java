/**
 * Who is who in the administration: Dezernate, Ämter, Büros, the OB office and the council's
 * factions, read from a YAML directory, and the grammar of the routing tag ("V-Vermerk") that
 * says which of them must answer an item. Public surface: {@link de.ratsanfragen.organization.OrganizationDirectory},
 * {@link de.ratsanfragen.organization.Unit}, {@link de.ratsanfragen.organization.UnitKind},
 * {@link de.ratsanfragen.organization.Council} and {@link de.ratsanfragen.organization.RoutingTag}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation", allowedDependencies = "platform")
package de.ratsanfragen.organization;
