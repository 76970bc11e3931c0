package de.ratsanfragen.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The German login form of the service's pages (Camunda's webapps keep their own); the council's name comes from {@link PageFrame}. */
@Controller
class LoginPageController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
