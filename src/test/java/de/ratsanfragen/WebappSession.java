package de.ratsanfragen;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A login to one of Camunda's webapps the way the browser does it: a GET hands out the XSRF token,
 * the login POST must return it, later calls carry the session cookie and the token.
 *
 * @param login     the answer to the login POST
 * @param sessionId the session cookie after login
 * @param xsrfToken the token for further calls
 */
public record WebappSession(Response login, String sessionId, String xsrfToken) {

    public static WebappSession login(String app, String user, String password) {
        return login(app, user, password, given());
    }

    public static WebappSession login(String app, String user, String password, RequestSpecification request) {
        Response page = given().get("/camunda/app/tasklist/default/");
        assertThat(page.statusCode()).isEqualTo(200);
        String token = page.getHeader("X-XSRF-TOKEN");
        assertThat(token).isNotBlank();
        assertThat(page.getCookie("XSRF-TOKEN")).isEqualTo(token);

        Response login = request
                .cookies(page.getCookies())
                .header("X-XSRF-TOKEN", token)
                .contentType("application/x-www-form-urlencoded")
                .formParam("username", user)
                .formParam("password", password)
                .post("/camunda/api/admin/auth/user/default/login/" + app);
        String session = login.getCookie("JSESSIONID") != null ? login.getCookie("JSESSIONID") : page.getCookie("JSESSIONID");
        return new WebappSession(login, session, token);
    }

    /**
     * The login starts a new session, and Camunda hands out that session's XSRF token with the
     * session's first answer (Tasklist picks it up from its first data request). Changing calls (POST …)
     * need it: call this once, right after the login, and use the session it returns.
     */
    public WebappSession readyForChanges() {
        Response first = given().cookie("JSESSIONID", sessionId).get("/camunda/api/engine/engine/");
        assertThat(first.statusCode()).isEqualTo(200);
        String token = first.getHeader("X-XSRF-TOKEN");
        assertThat(token).as("XSRF token of the new session").isNotBlank();
        return new WebappSession(login, sessionId, token);
    }

    /** A request within this session (cookie and XSRF token set). */
    public RequestSpecification request() {
        return given().cookie("JSESSIONID", sessionId).cookie("XSRF-TOKEN", xsrfToken).header("X-XSRF-TOKEN", xsrfToken);
    }
}
