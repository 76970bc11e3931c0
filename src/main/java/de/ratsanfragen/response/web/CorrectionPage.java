package de.ratsanfragen.response.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import de.ratsanfragen.inquiry.InquiryFacts;
import de.ratsanfragen.platform.ApiProblem;
import de.ratsanfragen.response.ResponseCorrection;
import de.ratsanfragen.response.ResponseVersion;
import de.ratsanfragen.response.Responses;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The OB office corrects a released response on a page ({@code /anfragen/{id}/berichtigung}): every answer as
 * it stands, editable, and the reason the new version is made. Only changed answers are corrected; the same
 * {@link Responses#correct} and the same checks as {@code POST /api/inquiries/{id}/response/versions}.
 */
@Controller
@RequestMapping("/anfragen/{id}/berichtigung")
class CorrectionPage {

    private static final String VIEW = "berichtigung";
    private static final String ANSWER = "antwort-";

    /** One answer in the form: the item's question and its answer (as stored, or as the user just wrote it). */
    record Entry(int number, String question, String answer) {
    }

    private final Responses responses;
    private final Validator validator;

    CorrectionPage(Responses responses, Validator validator) {
        this.responses = responses;
        this.validator = validator;
    }

    @GetMapping
    String form(@PathVariable UUID id, Model model, HttpServletResponse response) {
        try {
            List<InquiryFacts.Item> items = responses.correctable(id);
            model.addAttribute("entries", items.stream().map(item -> new Entry(item.number(), item.text(), item.answer())).toList());
        } catch (ApiProblem problem) {
            return refused(problem, model, response);
        }
        model.addAttribute("id", id);
        return VIEW;
    }

    @PostMapping
    String correct(@PathVariable UUID id, @RequestParam(name = "reason", defaultValue = "") String reason,
                   @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        List<InquiryFacts.Item> items;
        try {
            items = responses.correctable(id);
        } catch (ApiProblem problem) {
            return refused(problem, model, response);
        }
        List<ResponseCorrection.Answer> changed = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (InquiryFacts.Item item : items) {
            String written = form.get(ANSWER + item.number());
            String answer = written == null ? item.answer() : normalized(written);
            entries.add(new Entry(item.number(), item.text(), answer));
            if (written != null && !Objects.equals(answer, normalized(Objects.requireNonNullElse(item.answer(), "")))) {
                changed.add(new ResponseCorrection.Answer(item.number(), answer));
            }
        }
        ResponseCorrection correction = new ResponseCorrection(reason.strip(), changed);
        String invalid = violations(correction);
        try {
            if (invalid != null) {
                throw new ApiProblem(org.springframework.http.HttpStatus.BAD_REQUEST, "Ungültige Berichtigung", invalid);
            }
            ResponseVersion version = responses.correct(id, correction);
            redirect.addFlashAttribute("corrected", version.version());
            return "redirect:/anfragen/" + id;
        } catch (ApiProblem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("error", problem.getMessage());
            model.addAttribute("id", id);
            model.addAttribute("entries", entries);
            model.addAttribute("reason", reason);
            return VIEW;
        }
    }

    /** The text as a textarea sends it, with the browser's CR LF line ends as the stored answers have them. */
    private static String normalized(String text) {
        return text.replace("\r\n", "\n").strip();
    }

    /** The same constraints the API checks, named as the form names its fields; {@code null} if there is none. */
    private String violations(ResponseCorrection correction) {
        List<ConstraintViolation<ResponseCorrection>> found = validator.validate(correction).stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString())).toList();
        if (found.isEmpty()) {
            return null;
        }
        return found.stream().map(violation -> fieldName(violation, correction) + " " + violation.getMessage())
                .collect(Collectors.joining("; ", "Bitte prüfen: ", "."));
    }

    private static String fieldName(ConstraintViolation<ResponseCorrection> violation, ResponseCorrection correction) {
        String path = violation.getPropertyPath().toString();
        if (path.startsWith("answers[")) {
            int index = Integer.parseInt(path.substring("answers[".length(), path.indexOf(']')));
            return "Antwort zu Frage " + correction.answers().get(index).number();
        }
        return path.equals("reason") ? "Der Grund der Berichtigung" : path;
    }

    private static String refused(ApiProblem problem, Model model, HttpServletResponse response) {
        response.setStatus(problem.status().value());
        model.addAttribute("error", problem.getMessage());
        return VIEW;
    }
}
