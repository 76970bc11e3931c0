/**
 * Reading uploaded documents as their authors wrote them: plain text in any of the usual encodings
 * and Word ({@code .docx}), both turned into the same line-based {@link de.ratsanfragen.document.SourceDocument}
 * (table rows as tab-separated cells, underline as {@code <u>…</u>}, checkboxes as {@code (x)}/{@code ()}),
 * so that one importer serves both formats.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dokumente", allowedDependencies = "platform")
package de.ratsanfragen.document;
