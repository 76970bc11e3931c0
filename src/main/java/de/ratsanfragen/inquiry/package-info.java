/**
 * The Anfrage and its items. The {@code Inquiry} aggregate owns their states ({@link de.ratsanfragen.inquiry.InquiryState},
 * {@link de.ratsanfragen.inquiry.ItemState}): every move is one guarded method, refused with a German 409 when
 * the lifecycle does not allow it, and published as an {@link de.ratsanfragen.inquiry.InquiryEvent}. Other modules use
 * <ul>
 *   <li>{@link de.ratsanfragen.inquiry.InquiryIntake} — receiving documents or JSON (preview, reference numbers), the
 *       faction's and the OB office's view, withdrawal;</li>
 *   <li>{@link de.ratsanfragen.inquiry.InquiryCatalog} — reading: facts for the process and the letter, state, audience,
 *       the inquiries being answered, outlines;</li>
 *   <li>{@link de.ratsanfragen.inquiry.InquiryLifecycle}, {@link de.ratsanfragen.inquiry.InquiryRouting},
 *       {@link de.ratsanfragen.inquiry.InquiryAnswers} — moving it on, routing its items, what the units write;</li>
 *   <li>{@link de.ratsanfragen.inquiry.InquiryAudience} — the one rule of who may see an inquiry and its response;</li>
 *   <li>{@link de.ratsanfragen.inquiry.InquiryHistory} — what happened in a period, for the statistics.</li>
 * </ul>
 * One store per table group ({@code InquiryStore}: inquiry, items, reference counter; {@code AnswerStore}:
 * contributions and answers; {@code ExtensionStore}: deadline extensions; {@code ItemHandovers}: the items units lost to a re-routing, read by their page); the read side ({@code InquiryQueries},
 * {@code OpenInquiries}) never locks or writes. The importers read the documents factions write (inquiries
 * commenting an evaluation, with routing tags; the usual numbered council format). Web code is in {@code web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Anfragen",
        allowedDependencies = {"document", "evaluation", "organization", "platform"})
package de.ratsanfragen.inquiry;
