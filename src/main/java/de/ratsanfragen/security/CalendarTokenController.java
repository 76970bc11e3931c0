package de.ratsanfragen.security;

import java.util.LinkedHashMap;
import java.util.Map;

import de.ratsanfragen.platform.ApiProblem;
import de.ratsanfragen.platform.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /api/calendar/token}: the logged-in user's calendar link — create or renew it ({@code POST}, the
 * only answer that contains the link), ask whether one is active ({@code GET}), revoke it ({@code DELETE}).
 */
@RestController
class CalendarTokenController {

    private static final String TOKEN = "/api/calendar/token";

    private final CalendarTokens tokens;

    CalendarTokenController(CalendarTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping(path = TOKEN, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> renew() {
        CalendarTokens.IssuedToken issued = tokens.renew(calendarUser().userId());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("url", ServletUriComponentsBuilder.fromCurrentContextPath().path(CalendarTokenFilter.FEED)
                .buildAndExpand(issued.token()).toUriString());
        body.put("createdAt", issued.createdAt());
        body.put("hint", "Diesen Link im Kalender abonnieren. Er wird nur jetzt angezeigt, und wer ihn kennt, sieht "
                + "Ihre Fristen; ein neuer Link macht den alten ungültig.");
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    @GetMapping(path = TOKEN, produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> status() {
        Map<String, Object> body = new LinkedHashMap<>();
        var since = tokens.activeSince(calendarUser().userId());
        body.put("active", since.isPresent());
        body.put("createdAt", since.orElse(null));
        return body;
    }

    @DeleteMapping(TOKEN)
    ResponseEntity<Void> revoke() {
        tokens.revoke(calendarUser().userId());
        return ResponseEntity.noContent().build();
    }

    /** Deadlines are the administration's: factions have no calendar. */
    private static CurrentUser calendarUser() {
        CurrentUser user = CurrentUser.get();
        if (!user.staff()) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "Keine Berechtigung", CalendarTokenFilter.ONLY_STAFF);
        }
        return user;
    }
}
