package de.ratsanfragen.workflow.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.ratsanfragen.deadline.DeadlinePreview;
import de.ratsanfragen.inquiry.InquiryAudience;
import de.ratsanfragen.organization.RoutingTag;
import de.ratsanfragen.platform.ApiProblem;
import de.ratsanfragen.platform.CurrentUser;
import de.ratsanfragen.workflow.TriageView;
import de.ratsanfragen.workflow.TriageWorkspace;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /anfragen/{id}/pruefung}: the OB office's triage workspace — items with their routing and the document's
 * suggestions, routing of several items at once (stored at once through the same service as the routing API),
 * the inquiry type or an explicit date with the deadlines' preview, and the completion of the triage task. After
 * triage, while the inquiry is being answered, the same page changes the routing of open items (re-routing at
 * any time, {@code InquiryRouting.correct}); suggestions, deadline and completion are then not offered. Every
 * other role gets 403 and a German sentence; an inquiry not in triage 404/409 with its German reason; a refused
 * action its German message on the page, with nothing changed.
 */
@Controller
@RequestMapping("/anfragen/{id}/pruefung")
class TriagePage {

    private static final java.time.format.DateTimeFormatter GERMAN_DATE = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final TriageWorkspace workspace;

    TriagePage(TriageWorkspace workspace) {
        this.workspace = workspace;
    }

    /** What the clerk chose in the page's forms, shown again after a preview or a refusal. */
    record Choice(Set<Integer> items, String lead, List<String> others, List<String> consulted, String type, String date) {

        static Choice none() {
            return new Choice(Set.of(), null, List.of(), List.of(), null, null);
        }

        Choice withDeadline(String type, String date) {
            return new Choice(items, lead, others, consulted, type, date);
        }
    }

    @GetMapping
    String show(@PathVariable UUID id, @RequestParam(name = "frage", required = false) Integer item,
                @RequestParam(name = "auswahl", required = false) String selection, Model model, HttpServletResponse response) {
        if (model.containsAttribute("completed")) {
            return "pruefung";
        }
        return page(id, model, response, view -> {
            if (item != null) {
                TriageView.Item chosen = view.items().stream().filter(candidate -> candidate.number() == item).findFirst().orElse(null);
                TriageView.Routing shown = chosen == null ? null : chosen.routing() != null ? chosen.routing() : chosen.suggestion();
                return shown == null ? new Choice(chosen == null ? Set.of() : Set.of(item), null, List.of(), List.of(), null, null)
                        : new Choice(Set.of(item), shown.lead().code(), shown.others(), shown.consultedCodes(), null, null);
            }
            if ("ohne".equals(selection)) {
                return new Choice(Set.copyOf(view.unrouted()), null, List.of(), List.of(), null, null);
            }
            return Choice.none();
        });
    }

    @PostMapping("/zuordnen")
    String assign(@PathVariable UUID id, @RequestParam(name = "fragen", required = false) List<Integer> items,
                  @RequestParam(name = "federfuehrend", required = false) String lead,
                  @RequestParam(name = "beteiligt", required = false) List<String> others,
                  @RequestParam(name = "abstimmung", required = false) List<String> consulted,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Choice choice = new Choice(items == null ? Set.of() : Set.copyOf(items), lead, listOf(others), listOf(consulted), null, null);
        return act(id, model, response, redirect, choice, () -> {
            RoutingTag tag = workspace.assign(id, choice.items(), lead, choice.others(), choice.consulted());
            return (choice.items().size() == 1 ? "Frage " : "Fragen ") + joined(choice.items().stream().sorted().toList())
                    + " zugeordnet: " + tag.raw();
        });
    }

    @PostMapping("/vorschlaege")
    String acceptSuggestions(@PathVariable UUID id, @RequestParam(name = "fragen", required = false) List<Integer> items,
                             Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Choice choice = new Choice(items == null ? Set.of() : Set.copyOf(items), null, List.of(), List.of(), null, null);
        return act(id, model, response, redirect, choice, () -> {
            List<Integer> routed = workspace.acceptSuggestions(id, choice.items());
            return "Vorschlag aus dem Dokument übernommen für " + (routed.size() == 1 ? "Frage " : "Fragen ") + joined(routed) + ".";
        });
    }

    /** „Fristen berechnen“: the page again with the preview of this type or date; nothing is stored. */
    @PostMapping("/fristen")
    String preview(@PathVariable UUID id, @RequestParam(name = "art", required = false) String type,
                   @RequestParam(name = "frist", required = false) String date, Model model, HttpServletResponse response) {
        return page(id, model, response, view -> Choice.none().withDeadline(type, date));
    }

    @PostMapping("/abschliessen")
    String complete(@PathVariable UUID id, @RequestParam(name = "art", required = false) String type,
                    @RequestParam(name = "frist", required = false) String date, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        Choice choice = Choice.none().withDeadline(type, date);
        if (!mayTriage(model, response)) {
            return "pruefung";
        }
        try {
            DeadlinePreview preview = workspace.preview(id, type, date);
            TriageView view = workspace.view(id);
            workspace.complete(id, type, date, CurrentUser.get());
            redirect.addFlashAttribute("completed", "Die Prüfung der Anfrage " + view.reference() + " ist abgeschlossen. Frist: "
                    + preview.deadlines().finalDue().format(GERMAN_DATE) + "; die Einheiten finden ihre Aufgaben in der Tasklist.");
            return "redirect:/anfragen/" + id + "/pruefung";
        } catch (ApiProblem problem) {
            return refused(id, model, response, choice, problem);
        }
    }

    private String act(UUID id, Model model, HttpServletResponse response, RedirectAttributes redirect, Choice choice,
                       java.util.function.Supplier<String> action) {
        if (!mayTriage(model, response)) {
            return "pruefung";
        }
        try {
            redirect.addFlashAttribute("saved", action.get());
            return "redirect:/anfragen/" + id + "/pruefung";
        } catch (ApiProblem problem) {
            return refused(id, model, response, choice, problem);
        }
    }

    private String refused(UUID id, Model model, HttpServletResponse response, Choice choice, ApiProblem problem) {
        String page = page(id, model, response, view -> choice);
        if (model.containsAttribute("triage")) {
            // the page could be shown: the refusal's status and message
            response.setStatus(problem.status().value());
            model.addAttribute("error", problem.getMessage());
        }
        return page;
    }

    /** The workspace with this choice shown in its forms, and the deadlines' preview for the chosen type or date. */
    private String page(UUID id, Model model, HttpServletResponse response, java.util.function.Function<TriageView, Choice> choosing) {
        if (!mayTriage(model, response)) {
            return "pruefung";
        }
        try {
            TriageView view = workspace.view(id);
            Choice choice = choosing.apply(view);
            model.addAttribute("triage", view);
            model.addAttribute("choice", choice);
            if (view.triage()) {
                try {
                    model.addAttribute("preview", workspace.preview(id, choice.type(), choice.date()));
                } catch (ApiProblem problem) {
                    response.setStatus(problem.status().value());
                    model.addAttribute("deadlineError", problem.getMessage());
                }
            }
        } catch (ApiProblem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("error", problem.getMessage());
        }
        return "pruefung";
    }

    /** Only the OB office (and administrators) triage; others get 403 and a German sentence. */
    private static boolean mayTriage(Model model, HttpServletResponse response) {
        if (InquiryAudience.seesEveryInquiry(CurrentUser.get())) {
            return true;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("denied", true);
        return false;
    }

    private static List<String> listOf(List<String> values) {
        return values == null ? List.of() : values.stream().filter(value -> value != null && !value.isBlank()).toList();
    }

    private static String joined(List<Integer> numbers) {
        return String.join(", ", numbers.stream().map(String::valueOf).toList());
    }
}
