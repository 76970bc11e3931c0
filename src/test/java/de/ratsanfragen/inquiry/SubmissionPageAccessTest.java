package de.ratsanfragen.inquiry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import de.ratsanfragen.ServiceTestSupport;
import org.junit.jupiter.api.Test;

/** Who reaches the submission page, and how. */
class SubmissionPageAccessTest extends ServiceTestSupport {

    @Test
    void peopleAreSentToTheGermanLoginForm() {
        given().redirects().follow(false).accept("text/html").get("/anfragen").then()
                .statusCode(302).header("Location", endsWith("/login"));
        given().get("/login").then().statusCode(200).contentType("text/html")
                .body(containsString("Benutzername"), containsString("Passwort"), containsString("Anmelden"));
    }

    @Test
    void scriptsMayUseHttpBasic() {
        as("gruene").get("/anfragen").then().statusCode(200).contentType("text/html")
                .body(containsString("Anfrage einreichen"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void unitsAreTurnedAway() {
        as("a11").get("/anfragen").then().statusCode(403).contentType("text/html")
                .body(containsString("Keine Berechtigung"));
    }

    @Test
    void aWrongPasswordSendsBackToTheLoginFormAndTheRightOneIn() {
        assertThat(formLogin("d03", "falsch")).endsWith("/login?fehler");
        assertThat(formLogin("d04", DEMO_PASSWORD)).endsWith("/start");
    }

    @Test
    void afterLoginEachRoleLandsOnItsOwnPage() {
        for (var expected : java.util.Map.of("ob", "/monitor", "gruene", "/anfragen", "a11", "/fristen", "d05", "/fristen").entrySet()) {
            assertThat(as(expected.getKey()).redirects().follow(false).get("/start").then().statusCode(302)
                    .extract().header("Location")).as(expected.getKey()).endsWith(expected.getValue());
        }
    }

    /** Logs in through the form (session cookie and CSRF token from the same page); returns where it leads. */
    private static String formLogin(String user, String password) {
        io.restassured.response.Response page = given().get("/login");
        String token = page.htmlPath().getString("**.find { it.@name == '_csrf' }.@value");
        return given().redirects().follow(false).cookies(page.getCookies())
                .formParam("username", user).formParam("password", password).formParam("_csrf", token)
                .post("/login").then().statusCode(302).extract().header("Location");
    }
}
