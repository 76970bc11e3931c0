package de.ratsanfragen.engine;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Only staff may hold a session in Camunda's webapps. Camunda lets any user log in to its "welcome"
 * app, and that session reaches the engine API under {@code /camunda/api/engine}; a faction must not
 * get there, whatever grants later issues add. Logins are the only way to a webapp session, so the
 * login is where users without a staff group are turned away (and wrong passwords, as Camunda would), and
 * where a client that guessed too often is told to wait (429, in Camunda's error shape, which the webapps'
 * login form shows).
 */
@Configuration(proxyBeanMethods = false)
class WebappLoginGuard {

    private static final int HTTP_TOO_MANY_REQUESTS = 429;
    private static final Pattern LOGIN = Pattern.compile("^" + WorkflowIdentity.WEBAPP_PATH + "/api/admin/auth/user/[^/]+/login/[^/]+$");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> webappLoginGuardFilter(WorkflowIdentity identity, ObjectMapper objectMapper) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                if ("POST".equals(request.getMethod()) && LOGIN.matcher(path).matches()) {
                    // checked once here (a failed attempt counts once); Camunda checks again on success
                    java.util.Optional<WorkflowIdentity.AuthenticatedUser> user;
                    try {
                        user = identity.authenticate(request.getParameter("username"), request.getParameter("password"),
                                request.getRemoteAddr());
                    } catch (TooManyFailedLogins refused) {
                        // Camunda's error shape: its login page shows the message
                        response.setStatus(HTTP_TOO_MANY_REQUESTS);
                        response.setHeader("Retry-After", Long.toString(refused.retryAfterSeconds()));
                        response.setContentType("application/json");
                        response.setCharacterEncoding("UTF-8");
                        objectMapper.writeValue(response.getOutputStream(),
                                Map.of("type", TooManyFailedLogins.class.getSimpleName(), "message", refused.getMessage()));
                        return;
                    }
                    if (user.isEmpty() || !user.get().staff()) {
                        // the answers Camunda gives for wrong credentials and a missing application grant
                        response.sendError(user.isEmpty() ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN);
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setName("webapp-login-guard");
        registration.addUrlPatterns(WorkflowIdentity.WEBAPP_PATH + "/api/admin/auth/user/*");
        return registration;
    }
}
