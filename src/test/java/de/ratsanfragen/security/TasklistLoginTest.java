package de.ratsanfragen.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;

import de.ratsanfragen.ServiceTestSupport;
import de.ratsanfragen.WebappSession;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * Camunda's webapps keep their own login: a GET hands out the XSRF token, the login POST must
 * return it. Units and the OB office may open Tasklist, factions may not.
 */
class TasklistLoginTest extends ServiceTestSupport {

    static final String TASKLIST_LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";

    static WebappSession loginToTasklist(String user, String password) {
        return WebappSession.login("tasklist", user, password);
    }

    @Test
    void theTasklistPageAnswersAnonymouslyWithItsOwnSecurityHeaders() {
        given().get("/camunda/app/tasklist/default/").then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"));
    }

    @Test
    void theRootRedirectsToTheWebapps() {
        given().redirects().follow(false).get("/").then()
                .statusCode(302).header("Location", containsString("/camunda/app/"));
    }

    @Test
    void aUnitUserLogsInToTasklistWithTheXsrfToken() {
        WebappSession session = loginToTasklist("a11", DEMO_PASSWORD);

        session.login().then()
                .statusCode(200)
                .body("userId", equalTo("a11"))
                .body("authorizedApps", hasItem("tasklist"))
                .body("authorizedApps", not(hasItem("cockpit")));
        String cookie = session.login().getHeader("Set-Cookie");
        assertThat(cookie).contains("JSESSIONID", "HttpOnly", "SameSite=Lax");
        assertThat(cookie.split("SameSite", -1)).as("SameSite written once").hasSize(2);
    }

    @Test
    void theObOfficeLogsInToTasklist() {
        loginToTasklist("ob", DEMO_PASSWORD).login().then().statusCode(200).body("authorizedApps", hasItem("tasklist"));
    }

    @Test
    void aFactionUserMayNotLogInToTasklist() {
        loginToTasklist("gruene", DEMO_PASSWORD).login().then().statusCode(403);
    }

    @Test
    void aFactionUserGetsNoWebappSessionAtAll() {
        // Camunda would let anyone into its "welcome" app, whose session reaches /camunda/api/engine
        WebappSession welcome = WebappSession.login("welcome", "gruene", DEMO_PASSWORD);
        welcome.login().then().statusCode(403);
        welcome.request().get("/camunda/api/engine/engine/default/task").then().statusCode(401);
    }

    @Test
    void theSessionCookieIsSecureBehindTls() {
        WebappSession session = WebappSession.login("tasklist", "a51", DEMO_PASSWORD,
                given().header("X-Forwarded-Proto", "https"));

        session.login().then().statusCode(200);
        assertThat(session.login().getHeader("Set-Cookie")).contains("JSESSIONID", "Secure", "HttpOnly");
    }

    @Test
    void aWrongPasswordIsRefusedByTasklist() {
        loginToTasklist("a17", "falsch").login().then().statusCode(401);
    }

    @Test
    void camundasFirstAdminSetupIsClosed() {
        Response page = given().get("/camunda/app/admin/default/");
        String token = page.getHeader("X-XSRF-TOKEN");
        given().cookies(page.getCookies()).header("X-XSRF-TOKEN", token)
                .contentType("application/json")
                .body("{\"profile\":{\"id\":\"eindringling\",\"firstName\":\"E\",\"lastName\":\"E\",\"email\":\"e@example.org\"},"
                        + "\"credentials\":{\"password\":\"geheim123\"}}")
                .post("/camunda/api/admin/setup/default/user/create")
                .then().statusCode(403);
        as("admin").get("/engine-rest/user?id=eindringling").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void webappDataIsNotCachedButItsScriptsMayBe() {
        WebappSession session = loginToTasklist("a40", DEMO_PASSWORD);
        session.request().get("/camunda/api/engine/engine/default/filter").then()
                .statusCode(200).header("Cache-Control", containsString("no-store"));
        given().get("/camunda/app/tasklist/styles/styles.css").then()
                .header("Cache-Control", org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.nullValue(),
                        not(containsString("no-store"))));
    }

    @Test
    void theLoginWithoutXsrfTokenIsRefused() {
        given().contentType("application/x-www-form-urlencoded")
                .formParam("username", "a11").formParam("password", DEMO_PASSWORD)
                .post(TASKLIST_LOGIN).then().statusCode(403);
    }

    @Test
    void aLoggedInUnitSeesItsTaskFilters() {
        WebappSession session = loginToTasklist("a53", DEMO_PASSWORD);
        session.login().then().statusCode(200);

        // itemCount makes the engine run each filter's query, the due-date expressions included
        List<String> descriptions = session.request()
                .get("/camunda/api/engine/engine/default/filter?resourceType=Task&itemCount=true&sortBy=name&sortOrder=asc")
                .then().statusCode(200).body("itemCount", everyItem(greaterThanOrEqualTo(0)))
                .extract().jsonPath().getList("properties.description", String.class);
        assertThat(descriptions).containsExactly(
                "In den nächsten 3 Arbeitstagen fällige Aufgaben für Gesundheitsamt (A53)",
                "Offene Aufgaben für Gesundheitsamt (A53)",
                "Überfällige Aufgaben für Gesundheitsamt (A53)");
    }
}
