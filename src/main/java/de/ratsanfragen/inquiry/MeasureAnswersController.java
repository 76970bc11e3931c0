package de.ratsanfragen.inquiry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.ratsanfragen.evaluation.EvaluationCatalog;
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
    private final InquiryRepository repository;
    private final OrganizationDirectory directory;

    MeasureAnswersController(EvaluationCatalog evaluations, InquiryRepository repository, OrganizationDirectory directory) {
        this.evaluations = evaluations;
        this.repository = repository;
        this.directory = directory;
    }

    /** The code may hold slashes as Erfurt's do ({@code HF1/E1/M1}): the rest of the path is the code. */
    @GetMapping(path = "/api/evaluations/{id}/measures/{*code}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Transactional(readOnly = true)
    Map<String, Object> measure(@PathVariable UUID id, @PathVariable("code") String path) {
        String code = path.startsWith("/") ? path.substring(1) : path;
        if (evaluations.find(id).isEmpty()) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "Nicht gefunden", "Eine Evaluation mit dieser Kennung gibt es nicht.");
        }
        Measure measure = evaluations.measure(id, code).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "Nicht gefunden",
                "Die Evaluation hat keine Maßnahme „" + code + "“."));
        List<Map<String, Object>> answers = repository.releasedAnswersAbout(id, code).stream().map(released -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("inquiry", released.reference());
            entry.put("title", released.title());
            entry.put("faction", directory.find(released.faction()).map(Unit::name).orElse(released.faction()));
            entry.put("number", released.number());
            entry.put("kind", released.kind());
            entry.put("question", released.question());
            entry.put("answer", released.answer());
            entry.put("answeredBy", released.answeredBy());
            entry.put("proposedStatus", released.proposedStatus());
            return entry;
        }).toList();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("measure", measure);
        result.put("statusHistory", evaluations.statusHistory(id, code));
        result.put("answers", answers);
        return result;
    }
}
