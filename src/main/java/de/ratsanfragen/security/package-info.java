/**
 * Who may call what: HTTP Basic for the API and the engine REST API, checked against Camunda's
 * identity (through {@link de.ratsanfragen.engine.WorkflowIdentity}); roles derived from the
 * directory's unit kinds; the Camunda webapps keep their own login; security headers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sicherheit",
        allowedDependencies = {"engine", "organization", "platform"})
package de.ratsanfragen.security;
