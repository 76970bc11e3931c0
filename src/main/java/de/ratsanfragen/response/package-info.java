/**
 * The response document: the approved answers compiled into one letter, as DOCX (editable) and as
 * PDF/A-2b (archive), from one document model.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Response", allowedDependencies = {"evaluation", "inquiry", "organization", "platform"})
package de.ratsanfragen.response;
