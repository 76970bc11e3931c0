package de.ratsanfragen.inquiry.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.ratsanfragen.inquiry.FactionInquiry;
import de.ratsanfragen.inquiry.InquiryAudience;
import de.ratsanfragen.inquiry.InquiryCatalog;
import de.ratsanfragen.inquiry.InquiryDetails;
import de.ratsanfragen.inquiry.InquiryIntake;
import de.ratsanfragen.inquiry.InquiryItem;
import de.ratsanfragen.inquiry.InquiryState;
import de.ratsanfragen.platform.ApiProblem;
import de.ratsanfragen.platform.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One inquiry's page, {@code /anfragen/{id}}: what it asked, where it stands, the deadline with its extensions,
 * the answer to download once released. The faction that submitted it withdraws it here (after a confirmation
 * step); the OB office finds the draft, the workflow state of each item and the way to a correction of a
 * released answer. Every action calls the service its API calls ({@code POST /api/inquiries/{id}/withdraw}).
 */
@Controller
@RequestMapping("/anfragen/{id}")
class InquiryPage {

    private static final String VIEW = "anfrage";

    private final InquiryIntake intake;
    private final InquiryCatalog catalog;
    private final de.ratsanfragen.organization.OrganizationDirectory directory;

    InquiryPage(InquiryIntake intake, InquiryCatalog catalog, de.ratsanfragen.organization.OrganizationDirectory directory) {
        this.intake = intake;
        this.catalog = catalog;
        this.directory = directory;
    }

    @GetMapping
    String show(@PathVariable UUID id, Model model, HttpServletResponse response) {
        return render(id, model, response, false);
    }

    /** The confirmation step before a withdrawal: the same page, asking once more. */
    @GetMapping("/zurueckziehen")
    String confirmWithdrawal(@PathVariable UUID id, Model model, HttpServletResponse response) {
        return render(id, model, response, true);
    }

    @PostMapping("/zurueckziehen")
    String withdraw(@PathVariable UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            intake.withdraw(id);
        } catch (ApiProblem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("error", problem.getMessage());
            return render(id, model, response, false);
        }
        redirect.addFlashAttribute("withdrawn", true);
        return "redirect:/anfragen/" + id;
    }

    private String render(UUID id, Model model, HttpServletResponse response, boolean confirmWithdrawal) {
        Optional<FactionInquiry> progress = intake.progress(id);
        Optional<InquiryAudience> audience = catalog.audience(id);
        if (progress.isEmpty() || audience.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("missing", true);
            return VIEW;
        }
        CurrentUser user = CurrentUser.get();
        boolean staff = InquiryAudience.seesEveryInquiry(user);
        // the OB office sees each item's workflow state and who holds it; the faction only whether it is answered
        Map<Integer, InquiryItem> details = staff ? intake.find(id).map(InquiryDetails::items).orElseThrow().stream()
                .collect(Collectors.toMap(InquiryItem::number, Function.identity())) : Map.of();
        InquiryPageView page = InquiryPageView.of(progress.get(), details, audience.get(), user,
                code -> directory.find(code).map(de.ratsanfragen.organization.Unit::name).orElse(code));
        model.addAttribute("page", page);
        model.addAttribute("confirmWithdrawal", confirmWithdrawal && page.mayWithdraw());
        if (confirmWithdrawal && !page.mayWithdraw()) {
            response.setStatus(page.state() == InquiryState.RELEASED || page.state() == InquiryState.WITHDRAWN
                    ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("error", page.state() == InquiryState.RELEASED
                    ? "Die Anfrage " + page.reference() + " ist bereits beantwortet und kann nicht mehr zurückgezogen werden."
                    : page.state() == InquiryState.WITHDRAWN ? "Die Anfrage ist bereits zurückgezogen."
                    : "Zurückziehen kann nur die Fraktion, die die Anfrage eingereicht hat, oder der Bereich Oberbürgermeister.");
        }
        return VIEW;
    }
}
