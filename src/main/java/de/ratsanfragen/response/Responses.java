package de.ratsanfragen.response;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import de.ratsanfragen.inquiry.InquiryAnswers;
import de.ratsanfragen.inquiry.InquiryAudience;
import de.ratsanfragen.inquiry.InquiryFacts;
import de.ratsanfragen.inquiry.InquiryCatalog;
import de.ratsanfragen.platform.ApiProblem;
import de.ratsanfragen.platform.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who gets which response of an inquiry. Before release it is a draft (marked „Entwurf“, outstanding
 * answers marked „Antwort steht aus“) with every answer given so far, for the OB office and the Dezernate
 * that sign the inquiry off (those its routing tags assign); the units that answer know the inquiry from
 * their tasks and are told why they may not see the draft (403), until the release shows them the final
 * letter. The faction sees the response only once it is released — before, its inquiry's response does
 * not exist for it (404, as for any unknown id). After release the stored versions are served as frozen;
 * the OB office adds corrections.
 */
@Service
public class Responses {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Responses.class);

    private final InquiryCatalog inquiries;
    private final InquiryAnswers answers;
    private final ResponseCompiler compiler;
    private final ResponsePdf pdf;
    private final ResponseDocx docx;
    private final ResponseVersions versions;

    Responses(InquiryCatalog inquiries, InquiryAnswers answers, ResponseCompiler compiler, ResponsePdf pdf, ResponseDocx docx, ResponseVersions versions) {
        this.inquiries = inquiries;
        this.answers = answers;
        this.compiler = compiler;
        this.pdf = pdf;
        this.docx = docx;
        this.versions = versions;
    }

    /** The document history: every stored version with its reason and SHA-256 (the faction sees no staff names). */
    public ResponseHistory history(UUID id) {
        InquiryAudience access = access(id);
        boolean staff = access.isStaffOf(CurrentUser.get());
        return new ResponseHistory(access.released(),
                versions.history(id).stream().map(version -> ResponseHistory.Entry.of(version, staff)).toList());
    }

    /**
     * The response as PDF or DOCX: after release the stored version (the latest, or {@code version});
     * before release, or with {@code draft}, a draft compiled from the answers as they are now.
     *
     * @param version the stored version, from 1; {@code null} for the latest
     * @throws ApiProblem 404 for an inquiry or version the user may not see, 403 for a unit that may not
     *                    read the draft, 400 for a version below 1, 503 when the document cannot be produced
     */
    public ResponseFile file(UUID id, Integer version, boolean draft, boolean asPdf) {
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
            return new ResponseFile(render(document, asPdf), document.reference() + "-Entwurf", null);
        }
        if (versions.history(id).isEmpty()) {
            // released before responses were kept in versions: the first request freezes it
            rendered(() -> versions.freeze(id, "Fassung zur Freigabe, nachträglich erzeugt"));
        }
        return versions.file(id, version, asPdf).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND,
                "Nicht gefunden", "Eine Fassung " + version + " dieser Antwort gibt es nicht."));
    }

    /**
     * The OB office corrects a released response: the corrected answers are recorded, and the answers as
     * they now stand become the next version; the earlier versions stay. All or nothing.
     *
     * @throws ApiProblem 403 for anyone but the OB office, 409 before the release
     */
    @Transactional
    public ResponseVersion correct(UUID id, ResponseCorrection correction) {
        requireCorrectable(id);
        List<ResponseVersion> stored = versions.history(id);
        boolean changesAnswers = correction.answers() != null && !correction.answers().isEmpty();
        if (!changesAnswers && !stored.isEmpty() && stored.get(stored.size() - 1).reason().equals(correction.reason().strip())) {
            // the same request twice (a double click, a repeated script): one version, not two alike
            throw new ApiProblem(HttpStatus.CONFLICT, "Bereits gespeichert", "Diese Berichtigung („" + correction.reason().strip()
                    + "“) ist bereits Fassung " + stored.get(stored.size() - 1).version() + "; ohne geänderte Antwort entsteht keine weitere.");
        }
        String by = CurrentUser.get().userId();
        if (correction.answers() != null) {
            correction.answers().forEach(corrected -> answers.correct(id, corrected.number(), corrected.answer(), by));
        }
        return rendered(() -> versions.freeze(id, correction.reason().strip()));
    }

    /**
     * The released answers as they stand, for the OB office's correction form: the same checks as {@link #correct}.
     *
     * @throws ApiProblem 404 for an inquiry the user may not see, 403 for anyone but the OB office, 409 before the release
     */
    public List<InquiryFacts.Item> correctable(UUID id) {
        requireCorrectable(id);
        return inquiries.facts(id).items();
    }

    private void requireCorrectable(UUID id) {
        InquiryAudience access = access(id);
        if (!InquiryAudience.seesEveryInquiry(CurrentUser.get())) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "Keine Berechtigung", "Eine Antwort berichtigt der Bereich Oberbürgermeister.");
        }
        if (!access.released()) {
            throw new ApiProblem(HttpStatus.CONFLICT, "Noch nicht freigegeben",
                    "Vor der Freigabe gibt es nur Entwürfe; die erste Fassung entsteht mit der Freigabe.");
        }
    }

    private byte[] render(ResponseDocument document, boolean asPdf) {
        return rendered(() -> asPdf ? pdf.render(document) : docx.render(document));
    }

    /** A document that cannot be produced is the service's fault, not the user's: 503 with a German reason, logged. */
    private static <T> T rendered(Supplier<T> work) {
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
        return inquiries.audience(id).filter(audience -> audience.mayReadResponse(CurrentUser.get())).orElseThrow(Responses::notFound);
    }

    private static ApiProblem notFound() {
        return new ApiProblem(HttpStatus.NOT_FOUND, "Nicht gefunden",
                "Eine Antwort zu dieser Anfrage gibt es nicht, oder sie ist für Ihr Benutzerkonto nicht sichtbar.");
    }
}
