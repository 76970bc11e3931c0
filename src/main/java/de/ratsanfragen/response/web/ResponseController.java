package de.ratsanfragen.response.web;

import java.net.URI;
import java.util.UUID;

import de.ratsanfragen.response.ResponseCorrection;
import de.ratsanfragen.response.ResponseFile;
import de.ratsanfragen.response.ResponseHistory;
import de.ratsanfragen.response.ResponseVersion;
import de.ratsanfragen.response.Responses;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/inquiries/{id}/response.pdf} and {@code …/response.docx}: the response, a draft or a stored
 * version, as {@link Responses} decides who gets which (with the stored version's SHA-256 in a header);
 * {@code GET …/response} lists the versions, {@code POST …/response/versions} (OB office) adds a correction.
 */
@RestController
class ResponseController {

    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final Responses responses;

    ResponseController(Responses responses) {
        this.responses = responses;
    }

    /**
     * The response as PDF: after release the stored version (the latest, or {@code ?version=n}); before
     * release, or with {@code ?draft=true}, a draft compiled from the answers as they are now (OB office and
     * the signing Dezernate).
     * Under /api for scripts (HTTP Basic); under /anfragen for the faction's page (its login session).
     */
    @GetMapping({"/api/inquiries/{id}/response.pdf", "/anfragen/{id}/antwort.pdf"})
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @RequestParam(required = false) Integer version,
                               @RequestParam(defaultValue = "false") boolean draft) {
        return send(responses.file(id, version, draft, true), true);
    }

    @GetMapping({"/api/inquiries/{id}/response.docx", "/anfragen/{id}/antwort.docx"})
    ResponseEntity<byte[]> docx(@PathVariable UUID id, @RequestParam(required = false) Integer version,
                                @RequestParam(defaultValue = "false") boolean draft) {
        return send(responses.file(id, version, draft, false), false);
    }

    /** The document history: every stored version with its reason and SHA-256 (the faction sees no staff names). */
    @GetMapping(path = "/api/inquiries/{id}/response", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseHistory history(@PathVariable UUID id) {
        return responses.history(id);
    }

    /** The OB office corrects a released response; the answer names the new version's PDF. */
    @PostMapping(path = "/api/inquiries/{id}/response/versions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ResponseVersion> correct(@PathVariable UUID id, @Valid @RequestBody ResponseCorrection correction) {
        ResponseVersion version = responses.correct(id, correction);
        return ResponseEntity.created(URI.create("/api/inquiries/" + id + "/response.pdf?version=" + version.version())).body(version);
    }

    private static ResponseEntity<byte[]> send(ResponseFile file, boolean asPdf) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(asPdf ? MediaType.APPLICATION_PDF : DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.reference().replace('/', '-') + (asPdf ? ".pdf" : ".docx")).build().toString());
        if (file.sha256() != null) {
            response.header("X-Content-SHA256", file.sha256());
        }
        return response.body(file.content());
    }
}
