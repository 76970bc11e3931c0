package de.ratsanfragen.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import de.ratsanfragen.ServiceTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The login boundary of /api and /engine-rest, over real HTTP. */
class ApiSecurityTest extends ServiceTestSupport {

    @ParameterizedTest
    @ValueSource(strings = {"/api/units", "/engine-rest/task", "/engine-rest/engine", "/api/does-not-exist"})
    void anonymousRequestsGet401WithAGermanProblem(String path) {
        given().get(path).then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic"))
                .body("status", equalTo(401))
                .body("title", equalTo("Anmeldung erforderlich"))
                .body("detail", containsString("Passwort"))
                .body("trace", nullValue());
    }

    @Test
    void anonymousPostToTheApiGets401() {
        given().contentType("application/json").body("{\"tag\":\"V: D01\"}")
                .post("/api/routing/parse").then().statusCode(401);
    }

    @Test
    void aWrongPasswordGets401() {
        // one wrong password each: far below what the login throttle lets a client try before it must wait
        given().auth().preemptive().basic("a67", "falsch").get("/api/units").then()
                .statusCode(401).contentType("application/problem+json");
        given().auth().preemptive().basic("a67", "falsch").get("/engine-rest/task").then().statusCode(401);
    }

    @Test
    void anUnknownUserGets401() {
        given().auth().preemptive().basic("niemand", "demo").get("/api/units").then().statusCode(401);
    }

    @Test
    void aFactionMayUseTheApiButNotTheEngineRestApi() {
        as("gruene").get("/api/units").then().statusCode(200);
        as("gruene").get("/engine-rest/task").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("title", equalTo("Keine Berechtigung"))
                .body("detail", containsString("darf"));
    }

    @Test
    void unitAndObOfficeUsersReachTheEngineRestApi() {
        as("a11").get("/engine-rest/task").then().statusCode(200);
        as("ob").get("/engine-rest/task").then().statusCode(200);
        as("admin").get("/engine-rest/task").then().statusCode(200);
    }

    @Test
    void onlyHealthAnswersAnonymouslyAmongTheActuatorEndpoints() {
        given().get("/actuator/health").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/actuator/health/readiness").then().statusCode(200);
        given().get("/actuator/env").then().statusCode(401);
        given().get("/actuator").then().statusCode(401);
    }

    @Test
    void apiResponsesCarrySecurityHeaders() {
        as("a11").get("/api/units").then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void healthAnswersWithSecurityHeadersToo() {
        given().get("/actuator/health").then()
                .statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", containsString("default-src 'none'"));
    }

    @Test
    void hstsIsSentBehindTls() {
        as("a11").header("X-Forwarded-Proto", "https").get("/api/units").then()
                .statusCode(200)
                .header("Strict-Transport-Security", containsString("max-age=31536000"));
    }

    @Test
    void changesFromAForeignSiteAreRefusedEvenWithCredentials() {
        as("ob").header("Origin", "https://boese.example").contentType("application/json").body("{\"tag\":\"V: D01\"}")
                .post("/api/routing/parse").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("fremden Webseiten"));
        as("ob").header("Sec-Fetch-Site", "cross-site").contentType("application/json").body("{\"tag\":\"V: D01\"}")
                .post("/api/routing/parse").then().statusCode(403);
        as("ob").header("Origin", "http://localhost:" + port).header("Sec-Fetch-Site", "same-origin")
                .contentType("application/json").body("{\"tag\":\"V: D01\"}")
                .post("/api/routing/parse").then().statusCode(200);
        as("ob").header("Origin", "https://boese.example").get("/api/units").then().statusCode(200);
    }

    @Test
    void theApiCreatesNoSession() {
        as("a11").get("/api/units").then().statusCode(200).header("Set-Cookie", nullValue());
    }
}
