package de.ratsanfragen.security;

import java.time.format.DateTimeFormatter;

import de.ratsanfragen.platform.CouncilTime;
import de.ratsanfragen.platform.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /kalender}: the same calendar link as {@code /api/calendar/token}, for people — see whether one
 * is active, make or renew it (shown once), revoke it.
 */
@Controller
class CalendarLinkPage {

    static final String PAGE = "/kalender";
    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy 'um' HH:mm 'Uhr'");

    private final CalendarTokens tokens;

    CalendarLinkPage(CalendarTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping(PAGE)
    String page(Model model, HttpServletResponse response) {
        return show(model, response);
    }

    /** Makes or renews the link and shows it in this answer only (not stored in the session, not cached). */
    @PostMapping(PAGE)
    String renew(Model model, HttpServletResponse response) {
        if (CurrentUser.get().staff()) {
            CalendarTokens.IssuedToken issued = tokens.renew(CurrentUser.get().userId());
            model.addAttribute("link", ServletUriComponentsBuilder.fromCurrentContextPath().path(CalendarTokenFilter.FEED)
                    .buildAndExpand(issued.token()).toUriString());
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        return show(model, response);
    }

    @PostMapping(PAGE + "/widerrufen")
    String revoke(Model model, HttpServletResponse response) {
        if (CurrentUser.get().staff()) {
            tokens.revoke(CurrentUser.get().userId());
            model.addAttribute("revoked", true);
        }
        return show(model, response);
    }

    /** The page: for staff whether a link is active; for anyone else 403 and the German reason. */
    private String show(Model model, HttpServletResponse response) {
        if (!CurrentUser.get().staff()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("denied", CalendarTokenFilter.ONLY_STAFF);
            return "kalender";
        }
        tokens.activeSince(CurrentUser.get().userId())
                .ifPresent(since -> model.addAttribute("activeSince", GERMAN.format(since.atZone(CouncilTime.ZONE))));
        return "kalender";
    }
}
