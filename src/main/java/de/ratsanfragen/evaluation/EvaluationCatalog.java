package de.ratsanfragen.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.ratsanfragen.document.SourceDocument;
import de.ratsanfragen.platform.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluations the service knows: imported reports and the measures inquiries quote from them.
 * An inquiry's quotes land in the evaluation they name (found by title, or created); a report
 * imported later for that title takes over its measures.
 */
@Service
public class EvaluationCatalog {

    static final String REPORT = "REPORT";
    static final String QUOTED = "QUOTED";

    private final EvaluationRepository repository;

    EvaluationCatalog(EvaluationRepository repository) {
        this.repository = repository;
    }

    /** Reads an evaluation report; stores it unless {@code dryRun}. */
    @Transactional
    public EvaluationSummary importReport(SourceDocument document, String importedBy, boolean dryRun) {
        if (!JenaReportParser.recognizes(document.lines())) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Bericht nicht erkannt",
                    "In „" + document.fileName() + "“ wurde kein Evaluationsbericht in einem bekannten Aufbau erkannt "
                            + "(erwartet: Ziele mit „Kurzfassung Ziel N“, Ansprechpartner, Termin und Stand).");
        }
        ImportedEvaluation imported = new JenaReportParser().parse(document.lines());
        if (imported.measures().isEmpty()) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Keine Ziele gefunden",
                    "Im Bericht „" + document.fileName() + "“ wurde kein einziges Ziel gelesen.");
        }
        List<String> warnings = new ArrayList<>(document.warnings());
        warnings.addAll(imported.warnings());
        String title = imported.title() == null ? document.fileName() : imported.title();
        if (dryRun) {
            return summary(null, title, REPORT, imported.measures(), null, warnings);
        }
        Optional<EvaluationRepository.StoredEvaluation> existing = repository.findByTitle(title);
        UUID id;
        if (existing.isPresent() && REPORT.equals(existing.get().origin())) {
            throw new ApiProblem(HttpStatus.CONFLICT, "Schon importiert",
                    "Der Bericht „" + title + "“ ist bereits importiert (" + existing.get().id() + ").");
        } else if (existing.isPresent()) {
            id = existing.get().id();
            repository.markImportedFromReport(id, document.fileName(), warnings);
        } else {
            id = UUID.randomUUID();
            repository.insert(id, title, REPORT, document.fileName(), importedBy, warnings);
        }
        repository.saveMeasures(id, imported.measures(), true);
        return find(id).orElseThrow();
    }

    /**
     * Where an inquiry's quotes were recorded.
     *
     * @param evaluationId the evaluation they belong to
     * @param warnings     quotes that differ from what the evaluation already holds, or that an imported report does not know
     */
    public record RecordedQuotes(UUID evaluationId, List<String> warnings) {
    }

    /**
     * Stores what an inquiry quotes from an evaluation. A measure the evaluation already holds keeps
     * its stored version (the first quote or, better, the imported report): a quote that differs is
     * reported, never silently taken. An imported report gets no measures from quotes. Runs in the
     * caller's transaction.
     */
    @Transactional
    public RecordedQuotes recordQuotes(String evaluationTitle, List<Measure> measures, List<QuotedText> recommendations,
                                       String recordedBy) {
        // two first quotes of one evaluation at the same time: the second insert does nothing and reads the first
        repository.insertIfAbsent(UUID.randomUUID(), evaluationTitle, QUOTED, recordedBy);
        EvaluationRepository.StoredEvaluation evaluation = repository.findByTitle(evaluationTitle).orElseThrow();
        Map<String, Measure> known = new HashMap<>();
        repository.measures(evaluation.id()).forEach(measure -> known.put(measure.code(), measure));
        List<String> warnings = new ArrayList<>();
        List<Measure> added = new ArrayList<>();
        for (Measure quoted : measures) {
            Measure stored = known.get(quoted.code());
            if (stored == null && REPORT.equals(evaluation.origin())) {
                warnings.add("Maßnahme " + quoted.code() + " steht nicht im Bericht „" + evaluation.title() + "“.");
            } else if (stored == null) {
                added.add(quoted);
            } else if (!stored.text().equals(quoted.text()) || stored.status() != quoted.status()) {
                warnings.add("Maßnahme " + quoted.code() + " ist anders zitiert als in „" + evaluation.title()
                        + "“ gespeichert (Umsetzungsstand dort: " + stored.status().label() + "); es gilt die gespeicherte Fassung.");
            }
        }
        repository.saveMeasures(evaluation.id(), added, false);
        recommendations.forEach(recommendation -> repository.saveRecommendation(evaluation.id(), recommendation.code(),
                recommendation.text()));
        return new RecordedQuotes(evaluation.id(), warnings);
    }

    @Transactional(readOnly = true)
    public Optional<EvaluationSummary> find(UUID id) {
        return repository.find(id).map(stored -> summary(stored.id(), stored.title(), stored.origin(),
                repository.measures(id), stored.importedAt(), stored.warnings()));
    }

    /** The evaluation's measures in report order; empty when there is no such evaluation. */
    @Transactional(readOnly = true)
    public Optional<List<Measure>> measures(UUID id) {
        return repository.find(id).map(stored -> repository.measures(id));
    }

    /**
     * A correction of a measure's implementation status, proposed with an answer and released with it.
     *
     * @param changedBy        the units that answered ({@code D05/A67})
     * @param inquiryReference the inquiry whose released answer carried it
     */
    public record StatusChange(MeasureStatus oldStatus, MeasureStatus newStatus, String changedBy, String inquiryReference,
                               java.time.Instant changedAt) {
    }

    /** One measure of an evaluation, as the report states it. */
    @Transactional(readOnly = true)
    public Optional<Measure> measure(UUID evaluationId, String code) {
        return measures(evaluationId).flatMap(all -> all.stream().filter(measure -> measure.code().equals(code)).findFirst());
    }

    /**
     * Records a released correction of a measure's status in its history (the report's own status stays as
     * reported); the old status is the one the measure had until now. Nothing is recorded for a measure the
     * evaluation does not have, or when the status does not change.
     */
    @Transactional
    public void recordStatusChange(UUID evaluationId, String code, MeasureStatus newStatus, String changedBy, String inquiryReference) {
        repository.currentStatus(evaluationId, code)
                .filter(current -> current != newStatus)
                .ifPresent(current -> repository.insertStatusChange(evaluationId, code, current, newStatus, changedBy, inquiryReference));
    }

    /** The measure's released status corrections, oldest first. */
    @Transactional(readOnly = true)
    public List<StatusChange> statusHistory(UUID evaluationId, String code) {
        return repository.statusChanges(evaluationId, code);
    }

    private static EvaluationSummary summary(UUID id, String title, String origin, List<Measure> measures,
                                             java.time.Instant importedAt, List<String> warnings) {
        EvaluationStatistics statistics = EvaluationStatistics.of(measures);
        return new EvaluationSummary(id, title, origin, measures.size(), statistics.counts(), statistics, importedAt,
                List.copyOf(warnings));
    }
}
