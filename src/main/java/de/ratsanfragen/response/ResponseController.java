package de.ratsanfragen.response;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import de.ratsanfragen.inquiry.InquiryProgress;
import de.ratsanfragen.inquiry.InquiryProgress.InquiryFacts;
import de.ratsanfragen.platform.ApiProblem;
import de.ratsanfragen.platform.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/inquiries/{id}/response.pdf} and {@code …/response.docx}: the compiled response. Before
 * release it is a draft (marked „Entwurf“, outstanding answers marked „Antwort steht aus“), for the OB
 * office and the Dezernate and units the inquiry's items are routed to; the faction sees it only once
 * it is released — before, its inquiry's response does not exist for it (404, as for any unknown id).
 */
@RestController
class ResponseController {

    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final InquiryProgress progress;
    private final ResponseCompiler compiler;
    private final ResponsePdf pdf;
    private final ResponseDocx docx;

    ResponseController(InquiryProgress progress, ResponseCompiler compiler, ResponsePdf pdf, ResponseDocx docx) {
        this.progress = progress;
        this.compiler = compiler;
        this.pdf = pdf;
        this.docx = docx;
    }

    @GetMapping("/api/inquiries/{id}/response.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        ResponseDocument document = readable(id);
        return file(pdf.render(document), MediaType.APPLICATION_PDF, document, "pdf");
    }

    @GetMapping("/api/inquiries/{id}/response.docx")
    ResponseEntity<byte[]> docx(@PathVariable UUID id) {
        ResponseDocument document = readable(id);
        return file(docx.render(document), DOCX, document, "docx");
    }

    private ResponseDocument readable(UUID id) {
        CurrentUser user = CurrentUser.get();
        InquiryFacts facts;
        try {
            facts = progress.facts(id);
        } catch (ApiProblem unknown) {
            throw notFound();
        }
        boolean released = InquiryProgress.RELEASED.equals(facts.state());
        boolean staff = user.seesAllInquiries() || worksOn(user, facts);
        boolean faction = released && user.factions().contains(progress.factionCode(id));
        if (!staff && !faction) {
            throw notFound();
        }
        return compiler.compile(id, 1, !released);
    }

    /** A Dezernat or unit named in one of the inquiry's routing tags. */
    private static boolean worksOn(CurrentUser user, InquiryFacts facts) {
        Set<String> involved = new HashSet<>();
        facts.items().stream().filter(item -> item.routing() != null).forEach(item -> {
            item.routing().assignments().forEach(assignment -> {
                involved.add(assignment.dezernat());
                involved.addAll(assignment.units());
            });
            involved.addAll(item.routing().consulted());
        });
        return user.units().stream().anyMatch(involved::contains);
    }

    private static ApiProblem notFound() {
        return new ApiProblem(HttpStatus.NOT_FOUND, "Nicht gefunden",
                "Eine Antwort zu dieser Anfrage gibt es nicht, oder sie ist für Ihr Benutzerkonto nicht sichtbar.");
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, ResponseDocument document, String extension) {
        String name = document.reference().replace('/', '-') + (document.draft() ? "-Entwurf" : "") + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }
}
