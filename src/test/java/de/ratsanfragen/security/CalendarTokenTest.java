package de.ratsanfragen.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Base64;

import de.ratsanfragen.CalendarLinks;
import de.ratsanfragen.ServiceTestSupport;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The calendar link: made, shown once, renewed and revoked by its user; the feed's only login. */
class CalendarTokenTest extends ServiceTestSupport {

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    IdentityService identityService;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    /** The feed behind a link that no longer works, fetched without login: a German problem that does not repeat the link. */
    private static ValidatableResponse refused(String link, int status) {
        String token = link.substring(link.lastIndexOf('/') + 1, link.length() - ".ics".length());
        ValidatableResponse response = given().get(link).then().statusCode(status).contentType("application/problem+json");
        assertThat(response.extract().asString()).doesNotContain(token).doesNotContain("Exception").doesNotContain("sha256");
        return response;
    }

    @Test
    void aUnitGetsALinkThatWorksWithoutLoginAndIsShownOnlyOnce() {
        JsonPath created = as("a40").post("/api/calendar/token").then().statusCode(201).extract().jsonPath();
        String link = created.getString("url");
        assertThat(link).matches("http://localhost:" + port + "/api/calendar/[A-Za-z0-9_-]{43}\\.ics");
        String token = link.substring(link.lastIndexOf('/') + 1, link.length() - ".ics".length());
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);

        String status = as("a40").get("/api/calendar/token").then().statusCode(200)
                .body("active", equalTo(true))
                .body("createdAt", equalTo(created.getString("createdAt")))
                .extract().asString();
        assertThat(status).doesNotContain(token);
        assertThat(CalendarLinks.fetch(link)).startsWith("BEGIN:VCALENDAR").contains("Fristen – ");
        given().get(link).then().header("Set-Cookie", org.hamcrest.Matchers.nullValue());

        // an error after the link was accepted (here: a wrong method) names the address without the secret
        String wrongMethod = given().delete(link).then().statusCode(405).contentType("application/problem+json").extract().asString();
        assertThat(wrongMethod).doesNotContain(token).contains("/api/calendar/…");
    }

    @Test
    void aRenewedLinkIsRefusedAndTheNewOneWorks() {
        String old = CalendarLinks.create("a50");
        String renewed = CalendarLinks.create("a50");
        assertThat(renewed).isNotEqualTo(old);
        refused(old, 403).body("detail", containsString("erneuert oder widerrufen"));
        assertThat(CalendarLinks.fetch(renewed)).startsWith("BEGIN:VCALENDAR");
    }

    @Test
    void aRevokedLinkIsRefused() {
        String link = CalendarLinks.create("a51");
        as("a51").delete("/api/calendar/token").then().statusCode(204);
        as("a51").get("/api/calendar/token").then().statusCode(200).body("active", equalTo(false));
        refused(link, 403).body("detail", containsString("erneuert oder widerrufen")).body("title", equalTo("Kalender-Link ungültig"));
    }

    @Test
    void anUnknownOrMalformedLinkIs404InGermanEvenWithALogin() {
        byte[] guessed = new byte[32];
        new java.security.SecureRandom().nextBytes(guessed);
        String unknown = "/api/calendar/" + Base64.getUrlEncoder().withoutPadding().encodeToString(guessed) + ".ics";
        refused(unknown, 404).body("title", equalTo("Kalender-Link unbekannt")).body("detail", containsString("gibt es nicht"));
        refused("/api/calendar/kurz.ics", 404);
        as("ob").get(unknown).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void factionsGetNoCalendar() {
        for (var request : java.util.List.of("POST", "GET", "DELETE")) {
            as("gruene").request(request, "/api/calendar/token").then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("detail", equalTo("Kalender gibt es für Ämter, Dezernate und den Bereich Oberbürgermeister."));
        }
    }

    @Test
    void theLinkEndpointsNeedALogin() {
        given().post("/api/calendar/token").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/calendar/token").then().statusCode(401);
        given().delete("/api/calendar/token").then().statusCode(401);
    }

    @Test
    void aLinkStopsWorkingWhenItsUserLeavesTheAdministrationIsLockedOrDeleted() {
        String userId = "kalenderprobe";
        User user = identityService.newUser(userId);
        user.setPassword(DEMO_PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(userId, "A11");
        try {
            String link = CalendarLinks.create(userId);
            assertThat(CalendarLinks.fetch(link)).startsWith("BEGIN:VCALENDAR");

            identityService.deleteMembership(userId, "A11");
            refused(link, 403).body("detail", containsString("Kalender gibt es für Ämter"));
            identityService.createMembership(userId, "A11");
            assertThat(CalendarLinks.fetch(link)).startsWith("BEGIN:VCALENDAR");

            lockForGood(userId);
            refused(link, 403).body("detail", containsString("gelöscht oder gesperrt"));
            identityService.unlockUser(userId);
            assertThat(CalendarLinks.fetch(link)).startsWith("BEGIN:VCALENDAR");

            identityService.deleteUser(userId);
            refused(link, 403).body("detail", containsString("gelöscht oder gesperrt"));

            // the same login created again for someone else does not inherit the subscription
            User successor = identityService.newUser(userId);
            successor.setPassword(DEMO_PASSWORD);
            identityService.saveUser(successor);
            identityService.createMembership(userId, "A11");
            refused(link, 403).body("detail", containsString("erneuert oder widerrufen"));
        } finally {
            identityService.deleteUser(userId);
        }
    }

    /**
     * The account as Camunda records one it locked for good. Wrong passwords no longer get there (the service
     * sets Camunda's limit out of reach and throttles guessing clients instead), but an operator may lower the
     * limit again, and the link must then stop working like any other login.
     */
    private void lockForGood(String userId) {
        jdbc.sql("update act_id_user set attempts_ = :limit where id_ = :id")
                .param("limit", engineConfiguration.getLoginMaxAttempts()).param("id", userId).update();
    }
}
