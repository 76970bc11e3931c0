package de.ratsanfragen.workflow;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.ratsanfragen.SeedFiles;
import io.restassured.path.xml.XmlPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The triage workspace over HTTP for tests: a page session (cookie, CSRF token), its forms, and the page parsed. */
final class TriagePages {

    private TriagePages() {
    }

    /** The faction GRUENE uploads the Erfurt seed; its id. */
    static String uploadErfurtSeed() {
        return as("gruene").multiPart("file", SeedFiles.ERFURT_INQUIRY, SeedFiles.seed(SeedFiles.ERFURT_INQUIRY), "text/plain")
                .post("/api/inquiries").then().statusCode(201).extract().path("id");
    }

    static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, de.ratsanfragen.ServiceTestSupport.DEMO_PASSWORD);
    }

    static String path(String id) {
        return "/anfragen/" + id + "/pruefung";
    }

    /** The items of the inquiry as the API shows them. */
    static List<Map<String, Object>> items(String id) {
        return as("ob").get("/api/inquiries/" + id).then().statusCode(200).extract().jsonPath().getList("items");
    }

    static Map<String, Object> item(String id, int number) {
        return items(id).get(number - 1);
    }

    @SuppressWarnings("unchecked")
    static String lead(String id, int number) {
        Map<String, Object> routing = (Map<String, Object>) item(id, number).get("routing");
        return routing == null ? null : (String) routing.get("lead");
    }

    static LocalDate receivedOn(String id) {
        return LocalDate.parse(as("ob").get("/api/inquiries/" + id).then().extract().<String>path("receivedAt").substring(0, 10));
    }

    /** A page session of one user: the cookie and the CSRF token of a page it opened. */
    record Session(String user, String cookie, String csrf) {

        static Session open(String user, String page) {
            Response response = as(user).get(page);
            String csrf = response.htmlPath().getString("**.find { it.@name == '_csrf' }.@value");
            return new Session(user, response.getCookie("JSESSIONID"), csrf);
        }

        RequestSpecification request() {
            return as(user).cookie("JSESSIONID", cookie).redirects().follow(false);
        }

        /** Posts a form with its CSRF token; each parameter may repeat (a list is sent as one field per value). */
        Response post(String path, Map<String, ?> fields) {
            RequestSpecification request = request().formParam("_csrf", csrf);
            fields.forEach((name, value) -> {
                if (value instanceof List<?> values) {
                    values.forEach(one -> request.formParam(name, one));
                } else {
                    request.formParam(name, value);
                }
            });
            return request.post(path);
        }
    }

    /** The text of the element with this id, or {@code null}. */
    static String text(XmlPath html, String id) {
        String text = html.getString("**.find { it.@id == '" + id + "' }");
        return text == null || text.isEmpty() ? null : text.replaceAll("\\s+", " ").strip();
    }

    /** The text of the items table's row of this item. */
    static String row(XmlPath html, int number) {
        return html.getString("**.find { it.name() == 'tr' && it.@'data-number' == '" + number + "' }").replaceAll("\\s+", " ");
    }

    static int rows(XmlPath html) {
        return html.getInt("**.findAll { it.name() == 'tr' && it.@'data-number' != '' }.size()");
    }
}
