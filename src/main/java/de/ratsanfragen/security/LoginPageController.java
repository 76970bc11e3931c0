package de.ratsanfragen.security;

import de.ratsanfragen.platform.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The German login form of the service's pages (Camunda's webapps keep their own); the council's name comes from {@link PageFrame}. */
@Controller
class LoginPageController {

    /** Where a login (and the header's name of the service) leads. */
    static final String START = "/start";

    /** The form; after a login the throttle refused, with its German reason ({@code ?gesperrt}). */
    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        if (request.getParameter("gesperrt") != null) {
            model.addAttribute("throttled", ThrottledLogins.reasonIn(request.getSession(false)));
        }
        return "login";
    }

    /** Each to their own first page: the OB office its monitor, a faction its inquiries, a unit its deadlines. */
    @GetMapping(START)
    String start() {
        CurrentUser user = CurrentUser.get();
        String page = user.seesAllInquiries() ? SecurityConfiguration.MONITOR
                : !user.factions().isEmpty() ? SecurityConfiguration.PAGES
                : user.staff() ? SecurityConfiguration.UNIT_PAGE : SecurityConfiguration.PAGES;
        return "redirect:" + page;
    }
}
