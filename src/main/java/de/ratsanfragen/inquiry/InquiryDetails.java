package de.ratsanfragen.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.ratsanfragen.evaluation.Measure;
import de.ratsanfragen.evaluation.QuotedText;

/**
 * An inquiry in full, as the OB office sees it (with routing, the items' workflow states and who holds
 * them) and as a preview shows how a document was read ({@code dryRun}: id, reference and receivedAt are
 * {@code null} because nothing was stored). A faction sees its stored inquiry as {@link FactionInquiry}.
 *
 * @param id                 its id
 * @param reference          {@code ANF-2026-0001}
 * @param title              subject
 * @param faction            code of the submitting faction ({@code GRUENE})
 * @param factionName        its name in the directory
 * @param factionInDocument  the faction as the document names it
 * @param committee          committee the document addresses, or {@code null}
 * @param documentDate       the date the document gives, or {@code null}
 * @param receivedAt         when it was submitted
 * @param dueDate            the deadline, set in triage (workflow issue), until then {@code null}
 * @param state              {@code SUBMITTED}, later {@code IN_TRIAGE}, … {@code RELEASED}
 * @param evaluationId       the evaluation its quoted measures are stored in, or {@code null}
 * @param evaluationTitle    that evaluation's title as the document names it
 * @param fileName           the uploaded file's name, or {@code null} for JSON
 * @param format             how it was read
 * @param items              the items in document order
 * @param measures           the measures the items are about, in document order
 * @param recommendations    recommendation texts the document quotes
 * @param warnings           what could not be read cleanly
 */
public record InquiryDetails(UUID id, String reference, String title, String faction, String factionName,
                      String factionInDocument, String committee, LocalDate documentDate, Instant receivedAt,
                      LocalDate dueDate, InquiryState state, UUID evaluationId, String evaluationTitle, String fileName,
                      String format, List<InquiryItem> items, List<Measure> measures, List<QuotedText> recommendations,
                      List<String> warnings) implements InquiryView {
}
