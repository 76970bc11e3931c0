package de.ratsanfragen.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import java.util.Arrays;

import de.ratsanfragen.engine.WorkflowIdentity;
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
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Five filter chains:
 * <ol>
 *   <li>{@code /api/**} and {@code /engine-rest/**}: stateless HTTP Basic against Camunda's identity;
 *       the engine REST API only for staff (factions get 403); errors as problem+json; the calendar feed
 *       {@code /api/calendar/{token}.ics} logs in by its secret link instead ({@link CalendarTokenFilter});
 *       the login throttle's view and unlock ({@link LoginLockController}) for administrators only;</li>
 *   <li>the Camunda webapps (including {@code /camunda-welcome}, which Tasklist probes before login):
 *       open at this level — they have their own login, session and XSRF token, so Spring's CSRF is
 *       off there; Camunda's first-admin setup API is closed for good (its password check
 *       {@code …/identity/verify}, which the login throttle would not see, is closed by the engine API's gate,
 *       {@code workflow.EngineApiGuard}, in engine-rest and here);</li>
 *   <li>{@code /actuator/health} and {@code /error}: open;</li>
 *   <li>the service's pages ({@code /anfragen}, {@code /monitor}, {@code /fristen}, {@code /kalender}): German login form with session and CSRF token,
 *       HTTP Basic accepted too;</li>
 *   <li>everything else needs a login.</li>
 * </ol>
 * Every password is checked through {@code WorkflowIdentity.authenticate}, whose throttle may refuse a login:
 * HTTP Basic then gets 429 with {@code Retry-After} and a German problem, the login form the German reason
 * ({@link ThrottledLogins}).
 * Path matchers are {@code PathPatternRequestMatcher}s: plain string matchers miss the Jersey servlet
 * behind {@code /engine-rest}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String ENGINE_REST = WorkflowIdentity.ENGINE_REST_PATH + "/**";
    private static final String WEBAPPS = WorkflowIdentity.WEBAPP_PATH + "/**";
    /** Where the service's own pages live. */
    static final String PAGES = "/anfragen";
    /** The OB office's deadline monitor page. */
    static final String MONITOR = "/monitor";
    /** A unit's page of its open items and deadlines. */
    static final String UNIT_PAGE = "/fristen";
    private static final String NOTHING_EMBEDDED_CSP = "default-src 'none'; frame-ancestors 'none'";
    private static final long HSTS_SECONDS = 31_536_000L;

    /** Spring's own HTTP Basic challenge, as the page chains sent it before. */
    private static AuthenticationEntryPoint basicChallenge() {
        BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
        challenge.setRealmName("Realm");
        return challenge;
    }

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
                                 ApiProblems problems, CalendarTokens calendarTokens, WorkflowIdentity identity,
                                 CamundaIdentityAuthenticationProvider logins) throws Exception {
        AuthenticationEntryPoint loginRequired = ThrottledLogins.answering(problems, (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"ratsanfragen\", charset=\"UTF-8\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "Anmeldung erforderlich",
                    "Bitte mit Benutzername und Passwort anmelden (HTTP Basic); die Anmeldung fehlt oder ist falsch.");
        });
        AccessDeniedHandler forbidden = (request, response, exception) ->
                problems.write(request, response, HttpStatus.FORBIDDEN, "Keine Berechtigung",
                        "Ihr Benutzerkonto darf diese Funktion nicht verwenden.");
        return http
                .securityMatcher(anyOf("/api/**", ENGINE_REST))
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(withDefaults().matcher(ENGINE_REST)).hasRole(Roles.STAFF)
                        .requestMatchers(withDefaults().matcher(LoginLockController.PATH + "/**")).hasRole(Roles.ADMIN)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(loginRequired))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(loginRequired)
                        .accessDeniedHandler(forbidden))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // stateless HTTP Basic has no session cookie; credentials a browser cached are kept from
                // foreign pages by the cross-site guard instead of a CSRF token
                .csrf(AbstractHttpConfigurer::disable)
                .addFilterBefore(new CrossSiteRequestGuard(problems), BasicAuthenticationFilter.class)
                // after HTTP Basic: on the feed's address the link decides whose calendar it is
                .addFilterAfter(new CalendarTokenFilter(calendarTokens, identity, logins, problems), BasicAuthenticationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(NOTHING_EMBEDDED_CSP))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_SECONDS)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webappChain(HttpSecurity http) throws Exception {
        RequestMatcher webappData = anyOf(WorkflowIdentity.WEBAPP_PATH + "/api/**");
        return http
                .securityMatcher(anyOf(WEBAPPS, "/camunda-welcome", "/camunda-welcome/**", "/", "/favicon.ico"))
                .authorizeHttpRequests(authorize -> authorize
                        // only usable while camunda-admin is empty, which the service never allows; closed anyway
                        .requestMatchers(withDefaults().matcher(WorkflowIdentity.WEBAPP_PATH + "/api/admin/setup/**")).denyAll()
                        .anyRequest().permitAll())
                // Camunda's webapps have their own login and XSRF token (CsrfPreventionFilter)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .headers(headers -> headers
                        // Camunda's header filter sends the webapps' CSP (with frame-ancestors 'none');
                        // the webapps' scripts and styles may be cached, their data may not
                        .cacheControl(cache -> cache.disable())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(webappData, new CacheControlHeadersWriter()))
                        .frameOptions(frame -> frame.deny())
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_SECONDS)))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain healthChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(anyOf("/actuator/health", "/actuator/health/**", "/error"))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(NOTHING_EMBEDDED_CSP))
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_SECONDS)))
                .build();
    }

    /** The service's own pages: a German login form for people, HTTP Basic accepted for scripts. */
    @Bean
    @Order(4)
    SecurityFilterChain pageChain(HttpSecurity http, AuthenticationManager authenticationManager, ApiProblems problems)
            throws Exception {
        return http
                .securityMatcher(anyOf(PAGES + "/**", PAGES, MONITOR, MONITOR + "/**", UNIT_PAGE,
                        CalendarLinkPage.PAGE, CalendarLinkPage.PAGE + "/**", LoginPageController.START, "/login", "/logout", "/assets/**"))
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(anyOf("/login", "/assets/**")).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl(LoginPageController.START, false)
                        .failureHandler(ThrottledLogins.formFailures("/login?fehler")))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?abgemeldet"))
                .httpBasic(basic -> basic.authenticationEntryPoint(ThrottledLogins.answering(problems, basicChallenge())))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_SECONDS)))
                .build();
    }

    @Bean
    @Order(5)
    SecurityFilterChain defaultChain(HttpSecurity http, AuthenticationManager authenticationManager, ApiProblems problems)
            throws Exception {
        return http
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(ThrottledLogins.answering(problems, basicChallenge())))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; frame-ancestors 'none'"))
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_SECONDS)))
                .build();
    }
}
