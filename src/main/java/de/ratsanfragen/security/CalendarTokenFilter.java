package de.ratsanfragen.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import de.ratsanfragen.engine.WorkflowIdentity;
import de.ratsanfragen.engine.WorkflowIdentity.AuthenticatedUser;
import de.ratsanfragen.platform.ApiProblems;
import de.ratsanfragen.platform.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Calendar apps cannot answer an HTTP Basic challenge, so the calendar feed is reached by a secret link
 * instead: for exactly {@code /api/calendar/{token}.ics} the token is the login. It logs in the token's
 * owner for this request with the authorities a password login would give; a link that is unknown,
 * renewed or revoked, or whose user is gone, locked or no longer staff gets a German problem — without
 * repeating the link. Every other address of the API keeps needing HTTP Basic.
 */
class CalendarTokenFilter extends OncePerRequestFilter {

    /** The feed's address; the token is the last segment before {@code .ics}. */
    static final String FEED = "/api/calendar/{token}.ics";
    static final String ONLY_STAFF = "Kalender gibt es für Ämter, Dezernate und den Bereich Oberbürgermeister.";

    private static final RequestMatcher FEED_MATCHER = withDefaults().matcher(FEED);
    private static final String LINK_INVALID = "Kalender-Link ungültig";

    private final CalendarTokens tokens;
    private final WorkflowIdentity identity;
    private final CamundaIdentityAuthenticationProvider logins;
    private final ApiProblems problems;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    CalendarTokenFilter(CalendarTokens tokens, WorkflowIdentity identity, CamundaIdentityAuthenticationProvider logins,
                        ApiProblems problems) {
        this.tokens = tokens;
        this.identity = identity;
        this.logins = logins;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !FEED_MATCHER.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = FEED_MATCHER.matcher(request).getVariables().get("token");
        Optional<CalendarTokens.StoredToken> stored = tokens.find(token);
        if (stored.isEmpty()) {
            problems.writeWithoutAddress(response, HttpStatus.NOT_FOUND, "Kalender-Link unbekannt",
                    "Diesen Kalender-Link gibt es nicht. Bitte den Link vollständig übernehmen oder mit "
                            + "POST /api/calendar/token einen neuen anlegen.");
            return;
        }
        if (stored.get().revoked()) {
            problems.writeWithoutAddress(response, HttpStatus.FORBIDDEN, LINK_INVALID,
                    "Dieser Kalender-Link wurde erneuert oder widerrufen. Bitte den neuen Link im Kalender eintragen "
                            + "(POST /api/calendar/token legt einen an).");
            return;
        }
        Optional<AuthenticatedUser> user = identity.findActive(stored.get().userId());
        if (user.isEmpty()) {
            if (!identity.exists(stored.get().userId())) {
                // a login created again later for someone else must not inherit the old subscription
                tokens.revoke(stored.get().userId());
            }
            problems.writeWithoutAddress(response, HttpStatus.FORBIDDEN, LINK_INVALID,
                    "Das Benutzerkonto dieses Kalender-Links ist gelöscht oder gesperrt.");
            return;
        }
        List<GrantedAuthority> authorities = logins.authorities(user.get());
        if (authorities.stream().noneMatch(authority -> CurrentUser.ROLE_STAFF.equals(authority.getAuthority()))) {
            problems.writeWithoutAddress(response, HttpStatus.FORBIDDEN, "Keine Berechtigung", ONLY_STAFF);
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get().userId(), null, authorities));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }
}
