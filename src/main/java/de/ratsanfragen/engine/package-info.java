/**
 * Hosting Camunda 7, apart from the processes it runs: the engine's identity (the directory's units as
 * groups, demo users, Tasklist grants and task filters), every password check through the login
 * throttle, the webapps' login guard, the engine REST API's authentication, the gate in front of the
 * engine API (which calls, no expressions, a completion only with its form's fields, German problems),
 * long text variables and the engine's history settings. It knows nothing of the inquiry processes:
 * what a task may be completed with it reads from the service's forms. Public surface:
 * {@link de.ratsanfragen.engine.WorkflowIdentity} (with the webapps' paths),
 * {@link de.ratsanfragen.engine.LoginThrottle}, {@link de.ratsanfragen.engine.TooManyFailedLogins},
 * {@link de.ratsanfragen.engine.TaskCompletionRefused} and {@link de.ratsanfragen.engine.TaskForms}; the
 * JAX-RS providers and {@link de.ratsanfragen.engine.TaskFilterDates} are public only because Jersey and
 * the expression language create or call them by name.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Prozess-Engine",
        allowedDependencies = {"deadline", "organization", "platform"})
package de.ratsanfragen.engine;
