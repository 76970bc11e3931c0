package de.ratsanfragen.inquiry.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import de.ratsanfragen.inquiry.InquiryDetails;
import de.ratsanfragen.inquiry.InquiryIntake;
import de.ratsanfragen.inquiry.InquiryListing;
import de.ratsanfragen.inquiry.InquiryRouting;
import de.ratsanfragen.inquiry.InquirySubmission;
import de.ratsanfragen.inquiry.InquiryView;
import de.ratsanfragen.document.DocumentReader;
import de.ratsanfragen.organization.RoutingTag;
import de.ratsanfragen.platform.ApiProblem;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/inquiries}: submit (document or JSON, with preview), read, list. */
@RestController
@RequestMapping(path = "/api/inquiries", produces = MediaType.APPLICATION_JSON_VALUE)
class InquiryController {

    private final InquiryIntake intake;
    private final DocumentReader reader;
    private final InquiryRouting routing;

    InquiryController(InquiryIntake intake, DocumentReader reader, InquiryRouting routing) {
        this.intake = intake;
        this.reader = reader;
        this.routing = routing;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<InquiryView> upload(@RequestPart("file") MultipartFile file,
                                   @RequestParam(name = "faction", required = false) String faction,
                                   @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun) {
        return answer(intake.submitDocument(reader.read(file), faction, dryRun), dryRun);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<InquiryView> submit(@Valid @RequestBody InquirySubmission submission,
                                   @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun) {
        return answer(intake.submitJson(submission, dryRun), dryRun);
    }

    /** The inquiry: in full for the OB office, its progress for the faction. */
    @GetMapping("/{id}")
    InquiryView get(@PathVariable UUID id) {
        return intake.view(id).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "Nicht gefunden",
                "Eine Anfrage mit dieser Kennung gibt es nicht, oder sie ist für Ihr Benutzerkonto nicht sichtbar."));
    }

    record RoutingChange(@jakarta.validation.constraints.NotBlank(message = "fehlt")
                         @jakarta.validation.constraints.Size(max = RoutingTag.MAX_LENGTH, message = "ist länger als {max} Zeichen")
                         String tag) {
    }

    /**
     * The OB office sets or corrects an item's routing while the inquiry is in triage, re-routes a declined item, or
     * routes an open item anew at any time (another lead, units added or removed, other consulted units).
     */
    @PutMapping(path = "/{id}/items/{number}/routing", consumes = MediaType.APPLICATION_JSON_VALUE)
    RoutingTag route(@PathVariable UUID id, @PathVariable int number, @Valid @RequestBody RoutingChange change) {
        return routing.correct(id, number, change.tag());
    }

    /** The faction withdraws its inquiry before the answer is released: its open tasks end. */
    @PostMapping("/{id}/withdraw")
    InquiryView withdraw(@PathVariable UUID id) {
        return intake.withdraw(id);
    }

    @GetMapping
    List<? extends InquiryListing> list() {
        return intake.list();
    }

    /** A preview shows how the document was read; a submitted inquiry is shown as the submitter may see it from now on. */
    private ResponseEntity<InquiryView> answer(InquiryDetails inquiry, boolean dryRun) {
        if (dryRun) {
            return ResponseEntity.ok(inquiry);
        }
        return ResponseEntity.created(URI.create("/api/inquiries/" + inquiry.id())).body(intake.view(inquiry.id()).orElseThrow());
    }
}
