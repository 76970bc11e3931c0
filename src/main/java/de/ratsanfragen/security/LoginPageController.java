package de.ratsanfragen.security;

import de.ratsanfragen.organization.OrganizationDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The German login form of the service's pages (Camunda's webapps keep their own). */
@Controller
class LoginPageController {

    private final OrganizationDirectory directory;

    LoginPageController(OrganizationDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("council", directory.council().name());
        return "login";
    }
}
