package de.ratsanfragen.inquiry.web;

import java.util.List;
import java.util.UUID;

import de.ratsanfragen.evaluation.EvaluationCatalog;
import de.ratsanfragen.inquiry.InquiryCatalog;
import de.ratsanfragen.inquiry.ReleasedAnswer;
import de.ratsanfragen.evaluation.Measure;
import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.organization.Unit;
import de.ratsanfragen.platform.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/evaluations/{id}/measures/{code}}: one evaluated measure with what the council asked
 * and the administration answered about it — released answers only, as the council reads them — and its
 * status corrections. Here and not in {@code evaluation}, because the answers are the inquiries'.
 */
@RestController
class MeasureAnswersController {

    private final EvaluationCatalog evaluations;
    private final InquiryCatalog inquiries;
    private final OrganizationDirectory directory;

    /**
     * The measure, its status corrections and the released answers about it.
     *
     * @param answers released items about the measure, by reference and number
     */
    record MeasureWithAnswers(Measure measure, List<EvaluationCatalog.StatusChange> statusHistory,
                              List<ReleasedAnswer> answers) {
    }

    MeasureAnswersController(EvaluationCatalog evaluations, InquiryCatalog inquiries, OrganizationDirectory directory) {
        this.evaluations = evaluations;
        this.inquiries = inquiries;
        this.directory = directory;
    }

    /** The code may hold slashes as Erfurt's do ({@code HF1/E1/M1}): the rest of the path is the code. */
    @GetMapping(path = "/api/evaluations/{id}/measures/{*code}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Transactional(readOnly = true)
    MeasureWithAnswers measure(@PathVariable UUID id, @PathVariable("code") String path) {
        String code = path.startsWith("/") ? path.substring(1) : path;
        if (evaluations.find(id).isEmpty()) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "Nicht gefunden", "Eine Evaluation mit dieser Kennung gibt es nicht.");
        }
        Measure measure = evaluations.measure(id, code).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "Nicht gefunden",
                "Die Evaluation hat keine Maßnahme „" + code + "“."));
        List<ReleasedAnswer> answers = inquiries.releasedAnswersAbout(id, code).stream()
                .map(released -> released.withFaction(directory.find(released.faction()).map(Unit::name).orElse(released.faction())))
                .toList();
        return new MeasureWithAnswers(measure, evaluations.statusHistory(id, code), answers);
    }
}
