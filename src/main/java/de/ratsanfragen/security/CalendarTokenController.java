package de.ratsanfragen.security;

import java.time.Instant;

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

    /**
     * A new calendar link, shown only in this answer.
     *
     * @param url       the secret link to subscribe to
     * @param createdAt when it was made
     * @param hint      what to do with it, in German
     */
    record IssuedLink(String url, Instant createdAt, String hint) {
    }

    /**
     * Whether the user has a calendar link.
     *
     * @param createdAt since when the active link exists, {@code null} without one
     */
    record LinkStatus(boolean active, Instant createdAt) {
    }

    private final CalendarTokens tokens;

    CalendarTokenController(CalendarTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping(path = TOKEN, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IssuedLink> renew() {
        CalendarTokens.IssuedToken issued = tokens.renew(calendarUser().userId());
        return ResponseEntity.status(HttpStatus.CREATED).body(new IssuedLink(
                ServletUriComponentsBuilder.fromCurrentContextPath().path(CalendarTokenFilter.FEED)
                        .buildAndExpand(issued.token()).toUriString(),
                issued.createdAt(),
                "Diesen Link im Kalender abonnieren. Er wird nur jetzt angezeigt, und wer ihn kennt, sieht "
                        + "Ihre Fristen; ein neuer Link macht den alten ungültig."));
    }

    @GetMapping(path = TOKEN, produces = MediaType.APPLICATION_JSON_VALUE)
    LinkStatus status() {
        var since = tokens.activeSince(calendarUser().userId());
        return new LinkStatus(since.isPresent(), since.orElse(null));
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
