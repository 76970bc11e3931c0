package de.ratsanfragen.workflow.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.ratsanfragen.inquiry.ItemReturn;
import de.ratsanfragen.platform.ApiProblem;
import de.ratsanfragen.platform.CurrentUser;
import de.ratsanfragen.workflow.InquiryReview;
import de.ratsanfragen.workflow.ReviewSheet;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /anfragen/{id}/durchsicht}: the review of an inquiry's answers before release — the Dezernat's
 * sign-off, the OB office's approval (with changes of wording), and for the units the changes of their answers.
 * Every action calls the same {@link InquiryReview} method as the API; a refusal shows its German message on the
 * page with its status, and nothing changed.
 */
@Controller
class ReviewPage {

    static final String PATH = "/anfragen/{id}/durchsicht";

    private final InquiryReview review;

    ReviewPage(InquiryReview review) {
        this.review = review;
    }

    @GetMapping(PATH)
    String show(@PathVariable UUID id, Model model, HttpServletResponse response) {
        return page(id, model, response);
    }

    /**
     * The decision about the step {@code aufgabe} the page showed: {@code entscheidung=zustimmen} signs off / releases;
     * {@code entscheidung=zurueckgeben} sends the items ticked in {@code zurueck} back, each with {@code kommentar-n} to
     * the units ticked in {@code einheit-n}.
     */
    @PostMapping(PATH + "/entscheidung")
    String decide(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        boolean approve = "zustimmen".equals(form.getFirst("entscheidung"));
        List<ItemReturn> returns = new ArrayList<>();
        try {
            // ticked returns go along with either button: agreeing while items are ticked is refused, not silently lost
            for (String number : form.getOrDefault("zurueck", List.of())) {
                int n = number(number);
                returns.add(new ItemReturn(n, form.getFirst("kommentar-" + n), form.getOrDefault("einheit-" + n, List.of())));
            }
            review.decide(id, CurrentUser.get(), new InquiryReview.Decision(approve, returns, form.getFirst("aufgabe")));
        } catch (ApiProblem problem) {
            model.addAttribute("entered", form);
            return refused(id, problem, model, response);
        }
        redirect.addFlashAttribute("done", approve ? "Ihre Zustimmung ist erfasst." : "Zur Überarbeitung zurückgegeben: Frage "
                + returns.stream().map(back -> String.valueOf(back.number())).collect(java.util.stream.Collectors.joining(", Frage ")) + ".");
        return "redirect:/anfragen/" + id + "/durchsicht";
    }

    /** The OB office changes the wording of an answer during approval. */
    @PostMapping(PATH + "/antwort/{number}")
    String edit(@PathVariable UUID id, @PathVariable int number, @RequestParam(name = "text", required = false) String text, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        try {
            review.edit(id, number, text, CurrentUser.get());
        } catch (ApiProblem problem) {
            model.addAttribute("editedText", text);
            model.addAttribute("editedNumber", number);
            return refused(id, problem, model, response);
        }
        redirect.addFlashAttribute("done", "Die Antwort zu Frage " + number + " ist geändert.");
        return "redirect:/anfragen/" + id + "/durchsicht#frage-" + number;
    }

    private String refused(UUID id, ApiProblem problem, Model model, HttpServletResponse response) {
        String page = page(id, model, response);
        response.setStatus(problem.status().value());
        model.addAttribute("error", problem.getMessage());
        return page;
    }

    private String page(UUID id, Model model, HttpServletResponse response) {
        try {
            ReviewSheet sheet = review.sheet(id, CurrentUser.get());
            model.addAttribute("review", sheet);
        } catch (ApiProblem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("error", problem.getMessage());
        }
        return "durchsicht";
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ApiProblem(org.springframework.http.HttpStatus.BAD_REQUEST, "Ungültige Frage", "„" + text + "“ ist keine Fragennummer.");
        }
    }
}
