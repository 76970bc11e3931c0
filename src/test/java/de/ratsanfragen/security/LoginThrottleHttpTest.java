package de.ratsanfragen.security;

import static de.ratsanfragen.security.Guessing.basic;
import static de.ratsanfragen.security.Guessing.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import de.ratsanfragen.ServiceTestSupport;
import de.ratsanfragen.TestClock;
import de.ratsanfragen.WebappSession;
import io.restassured.response.Response;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Guessing passwords slows down the guesser, not the account's owner, and locks nobody out: 200 wrong
 * passwords against {@code ob} from one client leave that client waiting (429 with {@code Retry-After}
 * and a German reason, on the API, engine-rest, the login form and Tasklist's login), while {@code ob}
 * logs in from another client everywhere and Camunda has not locked the account. Clients are told apart
 * by {@code X-Forwarded-For} (the tests call from loopback, which counts as the proxy). An administrator
 * sees the counts and lifts them.
 */
class LoginThrottleHttpTest extends ServiceTestSupport {

    private static final String LOCKS = "/api/security/login-locks";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentityService identityService;
    @Autowired
    TestClock clock;

    @AfterEach
    void backToTheSystemsTime() {
        clock.reset();
    }

    /** Logs in through the pages' form from this client, in the session the login page began. */
    private static Response formLogin(String client, Response page, String user, String password) {
        String token = page.htmlPath().getString("**.find { it.@name == '_csrf' }.@value");
        return from(client).redirects().follow(false).cookies(page.getCookies())
                .formParam("username", user).formParam("password", password).formParam("_csrf", token)
                .post("/login");
    }

    private int guessUntilWaiting(IntFunction<String> client, IntFunction<String> user, Duration wait) {
        return Guessing.untilWaiting(clock, client, user, wait);
    }

    private List<Map<String, Object>> locks() {
        return as("admin").get(LOCKS).then().statusCode(200).extract().jsonPath().getList("$");
    }

    @Test
    void twoHundredWrongPasswordsForTheObOfficeSlowDownTheGuesserAndLockNobodyOut() {
        String guesser = "203.0.113.66";
        String owner = "198.51.100.77";
        try {
            int wrong = 0;
            int refused = 0;
            for (int i = 1; i <= 200; i++) {
                int status = basic(guesser, "ob", "geraten" + i, "/api/inquiries").statusCode();
                wrong += status == 401 ? 1 : 0;
                refused += status == 429 ? 1 : 0;
            }
            // the OB office is not locked out: it logs in from its own client right away
            basic(owner, "ob", DEMO_PASSWORD, "/api/inquiries").then().statusCode(200);
            assertThat(wrong + refused).isEqualTo(200);
            assertThat(wrong).as("passwords actually checked").isBetween(5, 12);
            // it keeps guessing as often as it is let: after minutes it waits ten minutes for the next try
            wrong += guessUntilWaiting(i -> guesser, i -> "ob", Duration.ofMinutes(10));
            assertThat(wrong).isBetween(14, 22);

            // the guesser waits, even with the right password, on every way in
            basic(guesser, "ob", DEMO_PASSWORD, "/api/inquiries").then().statusCode(429)
                    .contentType("application/problem+json")
                    .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                    .body("status", equalTo(429))
                    .body("title", equalTo("Zu viele Anmeldeversuche"))
                    .body("detail", containsString("Zu viele fehlgeschlagene Anmeldungen mit diesem Benutzernamen von Ihrem Gerät aus"));
            basic(guesser, "ob", "geraten", "/engine-rest/task").then().statusCode(429)
                    .contentType("application/problem+json").header("Retry-After", matchesPattern("[1-9][0-9]*"));
            Response page = from(guesser).get("/login");
            Response form = formLogin(guesser, page, "ob", DEMO_PASSWORD);
            assertThat(form.statusCode()).isEqualTo(302);
            assertThat(form.header("Location")).endsWith("/login?gesperrt");
            assertThat(from(guesser).cookies(page.getCookies()).get("/login?gesperrt").then().statusCode(200)
                    .extract().htmlPath().getString("**.find { it.@id == 'gesperrt' }"))
                    .startsWith("Zu viele fehlgeschlagene Anmeldungen mit diesem Benutzernamen").contains("Minuten erneut");
            Response tasklist = WebappSession.login("tasklist", "ob", DEMO_PASSWORD, from(guesser)).login();
            tasklist.then().statusCode(429).contentType(containsString("application/json"))
                    .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                    .body("type", equalTo("TooManyFailedLogins"))
                    .body("message", containsString("Zu viele fehlgeschlagene Anmeldungen"));

            // the OB office from its own client: API, engine REST, the pages' login form, Tasklist
            basic(owner, "ob", DEMO_PASSWORD, "/api/inquiries").then().statusCode(200);
            basic(owner, "ob", DEMO_PASSWORD, "/engine-rest/task").then().statusCode(200);
            assertThat(formLogin(owner, from(owner).get("/login"), "ob", DEMO_PASSWORD).header("Location")).endsWith("/start");
            WebappSession.login("tasklist", "ob", DEMO_PASSWORD, from(owner)).login().then().statusCode(200)
                    .body("userId", equalTo("ob"));
            // Camunda has not locked the account: no lock, and its count reset by the successful login
            Map<String, Object> camunda = jdbc.sql("select attempts_, lock_exp_time_ from act_id_user where id_ = 'ob'")
                    .query().singleRow();
            assertThat(camunda.get("attempts_")).isEqualTo(0);
            assertThat(camunda.get("lock_exp_time_")).satisfiesAnyOf(
                    lock -> assertThat(lock).isNull(),
                    lock -> assertThat(((Timestamp) lock).toInstant()).isBeforeOrEqualTo(Instant.now()));

            // an administrator sees who waits and lifts it; others may not
            int checked = wrong;
            assertThat(locks()).anySatisfy(lock -> assertThat(lock)
                    .containsEntry("scope", "ACCOUNT_FROM_CLIENT").containsEntry("account", "ob").containsEntry("client", guesser)
                    .containsEntry("failures", checked).hasEntrySatisfying("lockedUntil", until -> assertThat(until).isNotNull()));
            as("ob").get(LOCKS).then().statusCode(403).contentType("application/problem+json");
            as("ob").delete(LOCKS + "/ob").then().statusCode(403);
            as("admin").delete(LOCKS + "/ob").then().statusCode(204);
            assertThat(locks()).noneSatisfy(lock -> assertThat(lock.get("account")).isEqualTo("ob"));
            basic(guesser, "ob", DEMO_PASSWORD, "/api/inquiries").then().statusCode(200);
        } finally {
            as("admin").delete(LOCKS + "/ob");
            as("admin").delete(LOCKS + "?client=" + guesser);
        }
    }

    @Test
    void manyClientsGuessingOneAccountDoNotStopTheClientItKnows() {
        String userId = "drosselprobe";
        User user = identityService.newUser(userId);
        user.setPassword(DEMO_PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(userId, "A11");
        String usual = "198.51.100.10";
        String newDevice = "198.51.100.11";
        try {
            basic(usual, userId, DEMO_PASSWORD, "/api/units").then().statusCode(200);
            for (int i = 1; i <= 20; i++) {
                basic("203.0.113." + (100 + i), userId, "geraten", "/api/units").then().statusCode(401);
            }
            guessUntilWaiting(i -> "203.0.113." + (121 + i), i -> userId, Duration.ofMinutes(10));
            basic(newDevice, userId, DEMO_PASSWORD, "/api/units").then().statusCode(429)
                    .body("detail", containsString("Von einem Gerät, mit dem Sie sich zuletzt angemeldet haben, geht es weiter"));
            basic(usual, userId, DEMO_PASSWORD, "/api/units").then().statusCode(200);
            WebappSession.login("tasklist", userId, DEMO_PASSWORD, from(usual)).login().then().statusCode(200);

            assertThat(locks()).anySatisfy(lock -> assertThat(lock).containsEntry("scope", "ACCOUNT")
                    .containsEntry("account", userId)
                    .hasEntrySatisfying("lockedUntil", until -> assertThat(until).isNotNull()));
            as("admin").delete(LOCKS + "/" + userId).then().statusCode(204);
            basic(newDevice, userId, DEMO_PASSWORD, "/api/units").then().statusCode(200);
        } finally {
            as("admin").delete(LOCKS + "/" + userId);
            identityService.deleteUser(userId);
        }
    }

    @Test
    void oneClientTryingManyAccountsWaitsAndAnAdministratorLiftsTheClient() {
        String sprayer = "203.0.113.80";
        try {
            for (int i = 1; i <= 20; i++) {
                basic(sprayer, "konto" + i, "geraten", "/api/units").then().statusCode(401);
            }
            guessUntilWaiting(i -> sprayer, i -> "konto" + (21 + i), Duration.ofMinutes(10));
            basic(sprayer, "a51", DEMO_PASSWORD, "/api/units").then().statusCode(429)
                    .body("detail", containsString("Zu viele fehlgeschlagene Anmeldungen von Ihrem Gerät aus"));
            as("admin").delete(LOCKS).then().statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("?client="));
            as("admin").delete(LOCKS + "?client=" + sprayer).then().statusCode(204);
            basic(sprayer, "a51", DEMO_PASSWORD, "/api/units").then().statusCode(200);
        } finally {
            as("admin").delete(LOCKS + "?client=" + sprayer);
        }
    }

    @Test
    void camundasPasswordCheckIsClosedItWouldGuessPastTheThrottle() {
        as("a11").contentType("application/json").body(Map.of("username", "ob", "password", DEMO_PASSWORD))
                .post("/engine-rest/identity/verify").then().statusCode(403).contentType("application/problem+json");
        WebappSession session = WebappSession.login("tasklist", "a11", DEMO_PASSWORD).readyForChanges();
        session.request().contentType("application/json").body(Map.of("username", "ob", "password", DEMO_PASSWORD))
                .post("/camunda/api/engine/engine/default/identity/verify").then().statusCode(403);
    }
}
