package de.ratsanfragen.response;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.ratsanfragen.inquiry.InquiryLimits;
import de.ratsanfragen.inquiry.InquiryAnswers;
import de.ratsanfragen.inquiry.InquiryAudience;
import de.ratsanfragen.inquiry.InquiryCatalog;
import de.ratsanfragen.organization.RoutingTag;
import de.ratsanfragen.platform.ApiProblem;
import de.ratsanfragen.platform.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/inquiries/{id}/response.pdf} and {@code …/response.docx}: the response. Before release
 * it is a draft (marked „Entwurf“, outstanding answers marked „Antwort steht aus“) with every answer given
 * so far, for the OB office and the Dezernate that sign the inquiry off (those its routing tags assign);
 * the units that answer know the inquiry from their tasks and are told why they may not see the draft
 * (403), until the release shows them the final letter. The faction sees the response only once it is
 * released — before, its inquiry's response does not exist for it (404, as for any unknown id). After
 * release the stored versions are served as frozen, with their SHA-256; {@code GET …/response} lists
 * them, {@code POST …/response/versions} (OB office) adds a correction.
 */
@RestController
class ResponseController {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ResponseController.class);

    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    /**
     * @param reason  why a new version is made, shown in the history
     * @param answers the answers it corrects, if any (the originals stay in the item's contributions)
     */
    record Correction(@jakarta.validation.constraints.NotBlank(message = "fehlt")
                      @jakarta.validation.constraints.Size(max = InquiryLimits.MAX_REASON_LENGTH, message = "ist länger als {max} Zeichen")
                      String reason,
                      @jakarta.validation.constraints.Size(max = InquiryLimits.MAX_ITEMS, message = "hat mehr als {max} Einträge")
                      List<@Valid AnswerCorrection> answers) {
    }

    /** @param number the item; @param answer its corrected answer */
    record AnswerCorrection(@jakarta.validation.constraints.Positive(message = "muss eine Fragennummer sein") int number,
                            @jakarta.validation.constraints.NotBlank(message = "fehlt")
                            @jakarta.validation.constraints.Size(max = InquiryLimits.MAX_ITEM_LENGTH, message = "ist länger als {max} Zeichen")
                            String answer) {
    }

    private final InquiryCatalog inquiries;
    private final InquiryAnswers answers;
    private final ResponseCompiler compiler;
    private final ResponsePdf pdf;
    private final ResponseDocx docx;
    private final ResponseVersions versions;

    ResponseController(InquiryCatalog inquiries, InquiryAnswers answers, ResponseCompiler compiler, ResponsePdf pdf, ResponseDocx docx,
                       ResponseVersions versions) {
        this.inquiries = inquiries;
        this.answers = answers;
        this.compiler = compiler;
        this.pdf = pdf;
        this.docx = docx;
        this.versions = versions;
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
        return file(id, version, draft, true);
    }

    @GetMapping({"/api/inquiries/{id}/response.docx", "/anfragen/{id}/antwort.docx"})
    ResponseEntity<byte[]> docx(@PathVariable UUID id, @RequestParam(required = false) Integer version,
                                @RequestParam(defaultValue = "false") boolean draft) {
        return file(id, version, draft, false);
    }

    /** The document history: every stored version with its reason and SHA-256 (the faction sees no staff names). */
    @GetMapping(path = "/api/inquiries/{id}/response", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> history(@PathVariable UUID id) {
        InquiryAudience access = access(id);
        boolean staff = access.isStaffOf(CurrentUser.get());
        List<Map<String, Object>> list = versions.history(id).stream().map(version -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("version", version.version());
            entry.put("reference", version.reference());
            entry.put("reason", version.reason());
            if (staff) {
                entry.put("createdBy", version.createdBy());
            }
            entry.put("createdAt", version.createdAt());
            entry.put("pdfSha256", version.pdfSha256());
            entry.put("docxSha256", version.docxSha256());
            return entry;
        }).toList();
        return Map.of("released", access.released(), "versions", list);
    }

    /**
     * The OB office corrects a released response: the corrected answers are recorded, and the answers as
     * they now stand become the next version; the earlier versions stay. All or nothing.
     */
    @org.springframework.transaction.annotation.Transactional
    @PostMapping(path = "/api/inquiries/{id}/response/versions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ResponseVersions.Version> correct(@PathVariable UUID id, @Valid @RequestBody Correction correction) {
        InquiryAudience access = access(id);
        if (!InquiryAudience.seesEveryInquiry(CurrentUser.get())) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "Keine Berechtigung", "Eine Antwort berichtigt der Bereich Oberbürgermeister.");
        }
        if (!access.released()) {
            throw new ApiProblem(HttpStatus.CONFLICT, "Noch nicht freigegeben",
                    "Vor der Freigabe gibt es nur Entwürfe; die erste Fassung entsteht mit der Freigabe.");
        }
        String by = CurrentUser.get().userId();
        if (correction.answers() != null) {
            correction.answers().forEach(corrected -> answers.correct(id, corrected.number(), corrected.answer(), by));
        }
        ResponseVersions.Version version = rendered(() -> versions.freeze(id, correction.reason().strip()));
        return ResponseEntity.created(URI.create("/api/inquiries/" + id + "/response.pdf?version=" + version.version())).body(version);
    }

    private ResponseEntity<byte[]> file(UUID id, Integer version, boolean draft, boolean asPdf) {
        InquiryAudience access = access(id);
        CurrentUser user = CurrentUser.get();
        if (version != null && version < 1) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Ungültige Fassung", "Fassungen sind ab 1 gezählt.");
        }
        if (!access.released() || draft) {
            if (!access.isStaffOf(user)) {
                throw notFound();
            }
            if (!access.mayReadDrafts(user)) {
                throw new ApiProblem(HttpStatus.FORBIDDEN, "Keine Berechtigung", "Den Entwurf der Antwort sehen der Bereich "
                        + "Oberbürgermeister und die Dezernate, die diese Anfrage mitzeichnen. Die Antwort steht Ihnen nach der "
                        + "Freigabe zur Verfügung.");
            }
            if (version != null) {
                throw new ApiProblem(HttpStatus.NOT_FOUND, "Nicht gefunden", "Einen Entwurf gibt es nur in der jetzigen Fassung.");
            }
            ResponseDocument document = compiler.compile(id, versions.history(id).size() + 1, true);
            return send(render(document, asPdf), asPdf, document.reference() + "-Entwurf", null);
        }
        if (versions.history(id).isEmpty()) {
            // released before responses were kept in versions: the first request freezes it
            rendered(() -> versions.freeze(id, "Fassung zur Freigabe, nachträglich erzeugt"));
        }
        ResponseVersions.StoredFile stored = versions.file(id, version, asPdf).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND,
                "Nicht gefunden", "Eine Fassung " + version + " dieser Antwort gibt es nicht."));
        return send(stored.content(), asPdf, stored.reference(), stored.sha256());
    }

    private byte[] render(ResponseDocument document, boolean asPdf) {
        return rendered(() -> asPdf ? pdf.render(document) : docx.render(document));
    }

    /** A document that cannot be produced is the service's fault, not the user's: 503 with a German reason, logged. */
    private static <T> T rendered(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (ApiProblem problem) {
            throw problem;
        } catch (RuntimeException e) {
            LOG.error("Antwortschreiben nicht erzeugt", e);
            throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "Antwortschreiben nicht erzeugt",
                    "Das Antwortschreiben kann gerade nicht erzeugt werden; der Fehler steht im Protokoll des Dienstes.");
        }
    }

    /** Who may see the inquiry's response ({@link InquiryAudience}); anyone else gets the answer of a missing one. */
    private InquiryAudience access(UUID id) {
        return inquiries.audience(id).filter(audience -> audience.mayReadResponse(CurrentUser.get())).orElseThrow(ResponseController::notFound);
    }

    private static ApiProblem notFound() {
        return new ApiProblem(HttpStatus.NOT_FOUND, "Nicht gefunden",
                "Eine Antwort zu dieser Anfrage gibt es nicht, oder sie ist für Ihr Benutzerkonto nicht sichtbar.");
    }

    private static ResponseEntity<byte[]> send(byte[] content, boolean asPdf, String reference, String sha256) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(asPdf ? MediaType.APPLICATION_PDF : DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(reference.replace('/', '-') + (asPdf ? ".pdf" : ".docx")).build().toString());
        if (sha256 != null) {
            response.header("X-Content-SHA256", sha256);
        }
        return response.body(content);
    }
}
