package de.ratsanfragen.evaluation;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import de.ratsanfragen.document.DocumentReader;
import de.ratsanfragen.platform.ApiProblem;
import de.ratsanfragen.platform.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/evaluations}: import a report (staff), read it and its measures (everyone logged in). */
@RestController
@RequestMapping(path = "/api/evaluations", produces = MediaType.APPLICATION_JSON_VALUE)
class EvaluationController {

    private final EvaluationCatalog catalog;
    private final DocumentReader reader;

    EvaluationController(EvaluationCatalog catalog, DocumentReader reader) {
        this.catalog = catalog;
        this.reader = reader;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<EvaluationSummary> upload(@RequestPart("file") MultipartFile file,
                                             @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun) {
        CurrentUser user = CurrentUser.get();
        if (!user.staff()) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "Keine Berechtigung",
                    "Evaluationsberichte importiert die Verwaltung.");
        }
        EvaluationSummary summary = catalog.importReport(reader.read(file), user.userId(), dryRun);
        return dryRun ? ResponseEntity.ok(summary)
                : ResponseEntity.created(URI.create("/api/evaluations/" + summary.id())).body(summary);
    }

    @GetMapping("/{id}")
    EvaluationSummary get(@PathVariable UUID id) {
        return catalog.find(id).orElseThrow(EvaluationController::notFound);
    }

    @GetMapping("/{id}/measures")
    List<Measure> measures(@PathVariable UUID id) {
        return catalog.measures(id).orElseThrow(EvaluationController::notFound);
    }

    private static ApiProblem notFound() {
        return new ApiProblem(HttpStatus.NOT_FOUND, "Nicht gefunden", "Eine Evaluation mit dieser Kennung gibt es nicht.");
    }
}
