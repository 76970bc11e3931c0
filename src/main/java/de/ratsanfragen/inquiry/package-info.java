/**
 * The Anfrage and its items: importers for the documents factions write (inquiries commenting an
 * evaluation, with routing tags; inquiries in the usual numbered council format), the intake API
 * with preview, reference numbers and who may see what.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Anfragen",
        allowedDependencies = {"document", "evaluation", "organization", "platform"})
package de.ratsanfragen.inquiry;
