package de.ratsanfragen.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Outermost filter: a request that failed because the database is out of reach ({@link DatabaseOutage}) —
 * in the login (HTTP Basic and the login form check passwords in the database), a controller or a page —
 * is answered with 503 and a German text instead of Tomcat's 500: as {@code application/problem+json}, or as
 * a short German page for a browser that asked for HTML. Every other exception passes unchanged.
 * The engine REST API and Tasklist's engine API answer from their own exception mappers
 * ({@code workflow.DatabaseOutageMapper}), because JAX-RS answers every exception itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final ApiProblems problems;

    DatabaseOutageFilter(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Datenbank nicht erreichbar, {} {} mit 503 beantwortet: {}", request.getMethod(), request.getRequestURI(),
                    DatabaseOutage.rootCause(e));
            answer(request, response);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || !accept.contains(MediaType.TEXT_HTML_VALUE)) {
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.TITLE, DatabaseOutage.DETAIL);
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Security-Policy", "default-src 'none'");
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\"><title>"
                + HtmlUtils.htmlEscape(DatabaseOutage.TITLE) + " – ratsanfragen</title></head>\n<body><h1>"
                + HtmlUtils.htmlEscape(DatabaseOutage.TITLE) + "</h1>\n<p>" + HtmlUtils.htmlEscape(DatabaseOutage.DETAIL)
                + "</p></body></html>\n");
    }
}
