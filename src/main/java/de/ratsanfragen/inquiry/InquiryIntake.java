package de.ratsanfragen.inquiry;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.ratsanfragen.platform.CouncilTime;
import de.ratsanfragen.document.SourceDocument;
import de.ratsanfragen.evaluation.EvaluationCatalog;
import de.ratsanfragen.evaluation.Measure;
import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.organization.Unit;
import de.ratsanfragen.organization.UnitKind;
import de.ratsanfragen.platform.ApiProblem;
import de.ratsanfragen.platform.CurrentUser;
import de.ratsanfragen.platform.CouncilClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receiving inquiries: preview and submission of documents or JSON, reference numbers, and who may
 * see which inquiry (a faction its own, the OB office all). The module's entry point.
 */
@Service
public class InquiryIntake {

    private static final ZoneId COUNCIL_TIME = CouncilTime.ZONE;

    private final InquiryImporter importer;
    private final InquiryStore store;
    private final InquiryQueries queries;
    private final AnswerStore answers;
    private final ExtensionStore extensions;
    private final InquiryLifecycle lifecycle;
    private final EvaluationCatalog evaluations;
    private final OrganizationDirectory directory;
    private final CouncilClock clock;
    private final ApplicationEventPublisher events;

    InquiryIntake(InquiryImporter importer, InquiryStore store, InquiryQueries queries, AnswerStore answers,
                  ExtensionStore extensions, InquiryLifecycle lifecycle, EvaluationCatalog evaluations,
                  OrganizationDirectory directory, CouncilClock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.importer = importer;
        this.store = store;
        this.queries = queries;
        this.answers = answers;
        this.extensions = extensions;
        this.lifecycle = lifecycle;
        this.evaluations = evaluations;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Reads a document as its faction wrote it and stores it as a submitted inquiry, or only
     * returns the preview when {@code dryRun} is set.
     *
     * @param faction the faction to submit for; only the OB office may name one, a faction submits for itself
     */
    @Transactional
    public InquiryDetails submitDocument(SourceDocument document, String faction, boolean dryRun) {
        InquiryImporter.Result result = importer.read(document);
        return submit(result.inquiry(), result.format().name(), document.fileName(), faction, dryRun);
    }

    /** An inquiry sent as JSON instead of a document. */
    @Transactional
    public InquiryDetails submitJson(InquirySubmission submission, boolean dryRun) {
        List<ImportedItem> items = new ArrayList<>();
        refuseControlCharacters(submission);
        for (InquirySubmission.Item item : submission.items()) {
            ItemKind kind = item.kind() != null ? item.kind() : ItemKind.of(item.text());
            items.add(new ImportedItem(items.size() + 1, kind, item.text().strip(), null,
                    item.measureRefs() == null ? List.of() : item.measureRefs(),
                    item.routing() == null || item.routing().isBlank() ? null : directory.parseRoutingTag(item.routing()),
                    List.of()));
        }
        List<String> warnings = new ArrayList<>();
        items.stream().filter(item -> item.routing() != null)
                .forEach(item -> item.routing().warnings().forEach(w -> warnings.add("Frage " + item.number() + ": " + w)));
        ImportedInquiry imported = new ImportedInquiry(submission.title().strip(), null, submission.committee(),
                submission.date(), null, items, List.of(), List.of(), warnings);
        return submit(imported, InquiryImporter.Format.JSON.name(), null, submission.faction(), dryRun);
    }

    @Transactional
    InquiryDetails submit(ImportedInquiry imported, String format, String fileName, String requestedFaction, boolean dryRun) {
        InquiryLimits.check(imported);
        CurrentUser user = CurrentUser.get();
        List<String> warnings = new ArrayList<>(imported.warnings());
        Unit faction = submittingFaction(user, requestedFaction, imported.faction(), warnings);
        List<InquiryItem> items = imported.items().stream()
                .map(item -> new InquiryItem(item.number(), item.kind(), item.text(), item.section(), item.measureRefs(),
                        item.routing(), item.routingHints(), ItemState.NEW, null, false, List.of()))
                .toList();
        String title = imported.title() == null || imported.title().isBlank() ? "Anfrage ohne Betreff" : imported.title();
        if (imported.title() == null || imported.title().isBlank()) {
            warnings.add("Kein Betreff erkannt; die Anfrage heißt vorläufig „Anfrage ohne Betreff“.");
        }
        List<Measure> measures = imported.quotedMeasures();
        if (dryRun) {
            return new InquiryDetails(null, null, title, faction.code(), faction.name(), imported.faction(), imported.committee(),
                    imported.date(), null, null, InquiryState.SUBMITTED, null, evaluationTitle(imported), fileName, format, items,
                    measures, imported.recommendations(), warnings);
        }
        UUID evaluationId = null;
        if (!imported.quotedMeasures().isEmpty() || !imported.recommendations().isEmpty()) {
            EvaluationCatalog.RecordedQuotes recorded = evaluations.recordQuotes(evaluationTitle(imported),
                    imported.quotedMeasures(), imported.recommendations(), user.userId());
            evaluationId = recorded.evaluationId();
            warnings.addAll(recorded.warnings());
        }
        int year = clock.now().atZone(COUNCIL_TIME).getYear();
        int number = store.nextNumber(year);
        // read the clock after the counter's row lock: numbers then follow the order of receipt
        Instant receivedAt = clock.now();
        String reference = "ANF-%d-%04d".formatted(year, number);
        UUID id = UUID.randomUUID();
        store.insert(new InquiryStore.Received(id, reference, title, faction.code(), imported.faction(),
                imported.committee(), imported.date(), receivedAt, user.userId(), evaluationId, fileName, format, warnings), items);
        events.publishEvent(new InquirySubmitted(id, reference));
        return find(id).orElseThrow();
    }

    /** PostgreSQL cannot store NUL, and no inquiry needs other control characters than line breaks and tabs. */
    private static void refuseControlCharacters(InquirySubmission submission) {
        List<String> texts = new ArrayList<>();
        texts.add(submission.title());
        texts.add(submission.committee());
        submission.items().forEach(item -> {
            texts.add(item.text());
            texts.add(item.routing());
        });
        for (String text : texts) {
            if (text != null && text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "Ungültige Anfrage",
                        "Der Text enthält unzulässige Steuerzeichen; erlaubt sind Buchstaben, Ziffern, Satzzeichen und Zeilenumbrüche.");
            }
        }
    }

    /**
     * The faction withdraws its inquiry (the OB office may record a withdrawal on the faction's behalf):
     * possible until the answer is released. Every item is marked withdrawn; what units wrote is kept.
     */
    @Transactional
    public InquiryView withdraw(UUID id) {
        audience(id);
        lifecycle.withdraw(id);
        return view(id).orElseThrow();
    }

    /** Who may see the inquiry, if the current user may follow it; otherwise the same answer as for a missing one. */
    private InquiryAudience audience(UUID id) {
        return queries.audience(id).filter(audience -> audience.mayFollow(CurrentUser.get()))
                .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "Nicht gefunden",
                        "Eine Anfrage mit dieser Kennung gibt es nicht, oder sie ist für Ihr Benutzerkonto nicht sichtbar."));
    }

    /** The inquiry, if the current user may see it (others get the same answer as for a missing one). */
    @Transactional(readOnly = true)
    public Optional<InquiryDetails> find(UUID id) {
        CurrentUser user = CurrentUser.get();
        return queries.find(id)
                .filter(row -> InquiryAudience.mayFollow(user, row.faction()))
                .map(row -> {
                    List<InquiryItem> items = queries.items(id);
                    List<Measure> measures = row.evaluationId() == null ? List.of() : linkedMeasures(row.evaluationId(), items);
                    String factionName = directory.find(row.faction()).map(Unit::name).orElse(row.faction());
                    String evaluationTitle = row.evaluationId() == null ? null
                            : evaluations.find(row.evaluationId()).map(summary -> summary.title()).orElse(null);
                    return new InquiryDetails(row.id(), row.reference(), row.title(), row.faction(), factionName,
                            row.factionInDocument(), row.committee(), row.documentDate(), row.receivedAt(), row.dueDate(),
                            row.state(), row.evaluationId(), evaluationTitle, row.fileName(), row.format(), items, measures,
                            List.of(), row.warnings());
                });
    }

    /**
     * The inquiry as the current user may see it: everything for the OB office, its progress only for the
     * faction ({@link FactionInquiry}). Empty for anyone else, as for an inquiry that does not exist.
     */
    @Transactional(readOnly = true)
    public Optional<InquiryView> view(UUID id) {
        return InquiryAudience.seesEveryInquiry(CurrentUser.get()) ? find(id).map(InquiryView.class::cast)
                : progress(id).map(InquiryView.class::cast);
    }

    /**
     * The inquiry's progress as its faction follows it — answered items, deadline and extensions — for whoever
     * may follow it (the OB office too, on the inquiry's page). Empty for anyone else.
     */
    @Transactional(readOnly = true)
    public Optional<FactionInquiry> progress(UUID id) {
        return find(id).map(inquiry -> FactionInquiry.of(inquiry, answers.answers(id).keySet(), extensions.of(id)));
    }

    /** The inquiries the current user may see: a faction its own (their progress), the OB office all. */
    @Transactional(readOnly = true)
    public List<? extends InquiryListing> list() {
        return list(Integer.MAX_VALUE);
    }

    /** The newest {@code limit} of the inquiries the current user may see. */
    @Transactional(readOnly = true)
    public List<? extends InquiryListing> list(int limit) {
        List<InquiryQueries.Listed> listed = queries.list(visibleFactions(), limit);
        if (InquiryAudience.seesEveryInquiry(CurrentUser.get())) {
            return listed.stream().map(InquiryQueries.Listed::summary).toList();
        }
        return listed.stream().map(line -> FactionInquirySummary.of(line.summary(), line.withAnswer())).toList();
    }

    /** How many inquiries the current user may see. */
    @Transactional(readOnly = true)
    public int count() {
        return queries.count(visibleFactions());
    }

    /** The factions whose inquiries the user sees; {@code null} for all (the OB office). */
    private List<String> visibleFactions() {
        CurrentUser user = CurrentUser.get();
        if (InquiryAudience.seesEveryInquiry(user)) {
            return null;
        }
        if (user.factions().isEmpty()) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "Keine Berechtigung",
                    "Die Liste der Anfragen sehen die Fraktionen (ihre eigenen) und der Bereich Oberbürgermeister.");
        }
        return user.factions();
    }

    /**
     * A faction submits for itself; the OB office for the faction it names, or the one the document
     * names. Anyone else may not submit.
     */
    private Unit submittingFaction(CurrentUser user, String requested, String named, List<String> warnings) {
        Optional<Unit> inDocument = named == null ? Optional.empty() : directory.find(named).filter(this::isFaction);
        if (named != null && inDocument.isEmpty()) {
            warnings.add("Die im Dokument genannte Fraktion „" + named + "“ ist im Verzeichnis nicht bekannt.");
        }
        Unit faction;
        if (!user.factions().isEmpty()) {
            if (requested != null && !requested.isBlank() && !user.factions().contains(requested.trim())) {
                throw new ApiProblem(HttpStatus.FORBIDDEN, "Keine Berechtigung",
                        "Eine Fraktion reicht Anfragen nur in eigenem Namen ein.");
            }
            String own = requested != null && !requested.isBlank() ? requested.trim() : user.factions().get(0);
            faction = directory.find(own).orElseThrow();
        } else if (user.seesAllInquiries()) {
            if (requested != null && !requested.isBlank()) {
                faction = directory.find(requested).filter(this::isFaction).orElseThrow(() -> new ApiProblem(
                        HttpStatus.BAD_REQUEST, "Unbekannte Fraktion",
                        "„" + requested + "“ ist keine Fraktion des Organisationsverzeichnisses."));
            } else {
                faction = inDocument.orElseThrow(() -> new ApiProblem(HttpStatus.BAD_REQUEST, "Fraktion fehlt",
                        "Das Dokument nennt keine bekannte Fraktion; bitte die Fraktion angeben (Feld „faction“)."));
            }
        } else {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "Keine Berechtigung",
                    "Anfragen reichen die Fraktionen und der Bereich Oberbürgermeister ein.");
        }
        if (inDocument.isPresent() && !inDocument.get().code().equals(faction.code())) {
            warnings.add("Das Dokument nennt die Fraktion „" + named + "“; eingereicht wird für " + faction.name() + ".");
        }
        return faction;
    }

    private boolean isFaction(Unit unit) {
        return unit.kind() == UnitKind.FACTION;
    }

    private List<Measure> linkedMeasures(UUID evaluationId, List<InquiryItem> items) {
        Set<String> codes = new LinkedHashSet<>();
        items.forEach(item -> codes.addAll(item.measureRefs()));
        return evaluations.measures(evaluationId).orElse(List.of()).stream()
                .filter(measure -> codes.contains(measure.code()))
                .toList();
    }

    private static String evaluationTitle(ImportedInquiry imported) {
        if (imported.evaluationTitle() != null) {
            return imported.evaluationTitle();
        }
        return imported.quotedMeasures().isEmpty() ? null : "Evaluation zu „" + imported.title() + "“";
    }
}
