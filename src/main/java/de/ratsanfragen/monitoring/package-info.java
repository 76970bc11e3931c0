/**
 * The OB office's view of every deadline: which inquiries are open, how far they are, which are due
 * soon or overdue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fristenmonitor", allowedDependencies = {"deadline", "engine", "inquiry", "organization", "platform", "workflow"})
package de.ratsanfragen.monitoring;
