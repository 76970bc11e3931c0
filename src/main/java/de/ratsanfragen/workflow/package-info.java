/**
 * Everything that touches Camunda 7 lives here and only here: the engine's identity (the
 * directory's units as groups, demo users, Tasklist grants and filters), the engine REST API's
 * authentication, and — with the workflow issues — processes, delegates and listeners. Other
 * modules use {@link de.ratsanfragen.workflow.WorkflowIdentity}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow", allowedDependencies = {"deadline", "evaluation", "inquiry", "notification", "organization", "platform"})
package de.ratsanfragen.workflow;
