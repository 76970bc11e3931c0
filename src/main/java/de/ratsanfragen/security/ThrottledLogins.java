package de.ratsanfragen.security;

import de.ratsanfragen.platform.ApiProblems;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * How a login refused by the throttle is answered: scripts (HTTP Basic) get 429 with {@code Retry-After}
 * and a German problem; people on the login form see the German reason on the login page.
 */
final class ThrottledLogins {

    static final String TITLE = "Zu viele Anmeldeversuche";
    /** Where the login form sends a refused login; the page reads the reason from the session. */
    static final String LOGIN_PAGE = "/login?gesperrt";
    /** The session attribute that keeps the reason for the login page. */
    private static final String REASON = "ratsanfragen.loginThrottled";

    private ThrottledLogins() {
    }

    /** Answers a throttled login with 429, anything else as {@code otherwise} does. */
    static AuthenticationEntryPoint answering(ApiProblems problems, AuthenticationEntryPoint otherwise) {
        return (request, response, exception) -> {
            if (exception instanceof LoginThrottledException throttled) {
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
                problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, TITLE, throttled.getMessage());
            } else {
                otherwise.commence(request, response, exception);
            }
        };
    }

    /** The login form's failures: a wrong password to {@code failureUrl}, a throttled login to {@link #LOGIN_PAGE}. */
    static AuthenticationFailureHandler formFailures(String failureUrl) {
        AuthenticationFailureHandler wrongPassword = new SimpleUrlAuthenticationFailureHandler(failureUrl);
        RedirectStrategy redirect = new DefaultRedirectStrategy();
        return (request, response, exception) -> {
            if (exception instanceof LoginThrottledException throttled) {
                request.getSession().setAttribute(REASON, throttled.getMessage());
                redirect.sendRedirect(request, response, LOGIN_PAGE);
            } else {
                wrongPassword.onAuthenticationFailure(request, response, exception);
            }
        };
    }

    /** The German reason of the last refused login in this session, or {@code null}. */
    static String reasonIn(HttpSession session) {
        return session == null ? null : (String) session.getAttribute(REASON);
    }
}
