package de.ratsanfragen.inquiry.web;

import java.io.IOException;
import java.io.Serializable;

import de.ratsanfragen.inquiry.InquiryAudience;
import de.ratsanfragen.inquiry.InquiryDetails;
import de.ratsanfragen.inquiry.InquiryIntake;
import de.ratsanfragen.document.DocumentReader;
import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.organization.UnitKind;
import de.ratsanfragen.platform.ApiProblems;
import de.ratsanfragen.platform.ApiProblem;
import de.ratsanfragen.platform.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.WebUtils;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The submission page for factions (and the OB office): upload the document as written, check the
 * preview — items, routing, linked measures, warnings — then submit; below, the faction's inquiries.
 */
@Controller
@RequestMapping("/anfragen")
class InquiryPages {

    private static final String PENDING = "ratsanfragen.pendingUpload";
    /** How many inquiries the page lists, newest first. */
    static final int LISTED = 100;

    /** The upload between preview and submission, kept in the user's session. */
    record PendingUpload(String fileName, byte[] content, String faction) implements Serializable {
    }

    private final InquiryIntake intake;
    private final DocumentReader reader;
    private final OrganizationDirectory directory;
    private final DataSize maxUpload;

    InquiryPages(InquiryIntake intake, DocumentReader reader, OrganizationDirectory directory,
                 MultipartProperties multipart) {
        this.intake = intake;
        this.reader = reader;
        this.directory = directory;
        this.maxUpload = multipart.getMaxFileSize();
    }

    @GetMapping
    String overview(Model model, HttpServletResponse response) {
        if (!prepare(model)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        }
        return "anfragen";
    }

    @PostMapping("/vorschau")
    String preview(@RequestParam("file") MultipartFile file, @RequestParam(name = "faction", required = false) String faction,
                   HttpSession session, Model model) throws IOException {
        try {
            InquiryDetails preview = intake.submitDocument(reader.read(file), faction, true);
            session.setAttribute(PENDING, new PendingUpload(file.getOriginalFilename(), file.getBytes(), faction));
            model.addAttribute("inquiry", preview);
            return "vorschau";
        } catch (ApiProblem problem) {
            model.addAttribute("error", problem.getMessage());
            prepare(model);
            return "anfragen";
        }
    }

    @PostMapping("/einreichen")
    String submit(HttpSession session, RedirectAttributes redirect, Model model) {
        PendingUpload pending;
        // a double click sends two requests: only the first may take the upload and submit it
        synchronized (WebUtils.getSessionMutex(session)) {
            pending = (PendingUpload) session.getAttribute(PENDING);
            session.removeAttribute(PENDING);
        }
        if (pending == null) {
            model.addAttribute("error", "Es liegt keine geprüfte Datei vor; bitte die Datei erneut hochladen.");
            prepare(model);
            return "anfragen";
        }
        try {
            InquiryDetails inquiry = intake.submitDocument(reader.read(pending.fileName(), pending.content()), pending.faction(), false);
            redirect.addFlashAttribute("submitted", inquiry.reference());
            return "redirect:/anfragen";
        } catch (ApiProblem problem) {
            model.addAttribute("error", problem.getMessage());
            prepare(model);
            return "anfragen";
        }
    }

    /**
     * Uploads are read lazily (spring.servlet.multipart.resolve-lazily), so an oversized one arrives here, and one
     * that cannot be read at all (a control character in the file name).
     */
    @ExceptionHandler(MultipartException.class)
    String unreadableUpload(MultipartException exception, Model model, HttpServletResponse response) {
        boolean tooLarge = exception instanceof MaxUploadSizeExceededException;
        response.setStatus(tooLarge ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("error", tooLarge ? "Die Datei ist zu groß; erlaubt sind höchstens " + maxUpload.toMegabytes() + " MB."
                : ApiProblems.UNREADABLE_UPLOAD);
        prepare(model);
        return "anfragen";
    }

    @PostMapping("/verwerfen")
    String discard(HttpSession session) {
        session.removeAttribute(PENDING);
        return "redirect:/anfragen";
    }

    /** Fills the overview; false when the user may not submit or list inquiries. */
    private boolean prepare(Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("choosesFaction", InquiryAudience.seesEveryInquiry(user));
        model.addAttribute("maxUploadMegabytes", maxUpload.toMegabytes());
        model.addAttribute("factions", directory.units().stream().filter(unit -> unit.kind() == UnitKind.FACTION).toList());
        boolean mayUse = InquiryAudience.seesEveryInquiry(user) || !user.factions().isEmpty();
        model.addAttribute("mayUse", mayUse);
        if (mayUse) {
            // the page is the OB office's start too: the newest ones; open inquiries are all on the monitor
            model.addAttribute("inquiries", intake.list(LISTED));
            model.addAttribute("total", intake.count());
        }
        return mayUse;
    }
}
