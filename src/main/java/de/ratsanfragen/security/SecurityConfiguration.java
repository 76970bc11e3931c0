package de.ratsanfragen.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import java.util.Arrays;

import de.ratsanfragen.platform.ApiProblems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three filter chains:
 * <ol>
 *   <li>{@code /api/**} and {@code /engine-rest/**}: stateless HTTP Basic against Camunda's identity;
 *       the engine REST API only for staff (factions get 403); errors as problem+json;</li>
 *   <li>the Camunda webapps (including {@code /camunda-welcome}, which Tasklist probes before login)
 *       and {@code /actuator/health}: open at this level — the webapps have their own login, session
 *       and CSRF protection, so Spring's CSRF is off there;</li>
 *   <li>everything else needs a login.</li>
 * </ol>
 * Path matchers are {@code PathPatternRequestMatcher}s: plain string matchers miss the Jersey servlet
 * behind {@code /engine-rest}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
    private static final long HSTS_SECONDS = 31_536_000L;

    private static RequestMatcher anyOf(String... patterns) {
        return new OrRequestMatcher(Arrays.stream(patterns)
                .<RequestMatcher>map(pattern -> withDefaults().matcher(pattern))
                .toList());
    }

    @Bean
    AuthenticationManager authenticationManager(CamundaIdentityAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                 ApiProblems problems) throws Exception {
        AuthenticationEntryPoint loginRequired = (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"ratsanfragen\", charset=\"UTF-8\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "Anmeldung erforderlich",
                    "Bitte mit Benutzername und Passwort anmelden (HTTP Basic); die Anmeldung fehlt oder ist falsch.");
        };
        AccessDeniedHandler forbidden = (request, response, exception) ->
                problems.write(request, response, HttpStatus.FORBIDDEN, "Keine Berechtigung",
                        "Ihr Benutzerkonto darf diese Funktion nicht verwenden.");
        return http
                .securityMatcher(anyOf("/api/**", "/engine-rest/**"))
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(withDefaults().matcher("/engine-rest/**")).hasAnyRole(Roles.STAFF)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(loginRequired))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(loginRequired)
                        .accessDeniedHandler(forbidden))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // stateless HTTP Basic: no cookie a foreign page could ride on
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(API_CSP))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_SECONDS)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webappChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(anyOf("/camunda/**", "/camunda-welcome", "/camunda-welcome/**", "/", "/error",
                        "/favicon.ico", "/actuator/health", "/actuator/health/**"))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                // Camunda's webapps have their own login and XSRF token (CsrfPreventionFilter)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .headers(headers -> headers
                        // Camunda's header filter sends its CSP (with frame-ancestors 'none') and nosniff
                        .contentTypeOptions(options -> options.disable())
                        // static assets of the webapps should be cached by the browser
                        .cacheControl(cache -> cache.disable())
                        .frameOptions(frame -> frame.deny())
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_SECONDS)))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain defaultChain(HttpSecurity http, AuthenticationManager authenticationManager)
            throws Exception {
        return http
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                .httpBasic(basic -> { })
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; frame-ancestors 'none'")))
                .build();
    }
}
