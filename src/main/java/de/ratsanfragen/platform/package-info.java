/**
 * Technical foundation shared by all feature modules: the embedded PostgreSQL default, the
 * {@code application/problem+json} error format of the API and readable start-up failures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plattform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package de.ratsanfragen.platform;
