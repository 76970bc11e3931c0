package de.ratsanfragen.workflow;

import java.io.IOException;
import java.util.regex.Pattern;

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
 * login is where users without a staff group are turned away (and wrong passwords, as Camunda would).
 */
@Configuration(proxyBeanMethods = false)
class WebappLoginGuard {

    private static final Pattern LOGIN = Pattern.compile("^" + WorkflowIdentity.WEBAPP_PATH + "/api/admin/auth/user/[^/]+/login/[^/]+$");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> webappLoginGuardFilter(WorkflowIdentity identity) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                if ("POST".equals(request.getMethod()) && LOGIN.matcher(path).matches()) {
                    // checked once here (a failed attempt counts once); Camunda checks again on success
                    var user = identity.authenticate(request.getParameter("username"), request.getParameter("password"));
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
