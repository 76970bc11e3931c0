/**
 * The inquiry processes on Camunda 7: delegates and listeners, task dates, the deadline watch and the
 * extension API. Hosting the engine (identity, logins, the engine API's gate) is the
 * {@code engine} module's; this module and {@code engine} are the only ones that import Camunda.
 * Other modules use {@link de.ratsanfragen.workflow.OpenTaskDates}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow", allowedDependencies = {"deadline", "engine", "evaluation", "inquiry", "notification", "organization", "platform"})
package de.ratsanfragen.workflow;
