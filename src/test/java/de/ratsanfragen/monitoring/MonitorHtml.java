package de.ratsanfragen.monitoring;

import java.util.List;

import de.ratsanfragen.ServiceTestSupport;
import io.restassured.RestAssured;
import io.restassured.path.xml.XmlPath;
import io.restassured.response.Response;

/**
 * A monitor page over HTTP as a person's browser would get it (HTTP Basic, the page's session and CSRF token),
 * its HTML parsed: elements found by id or by a row's data attribute.
 */
record MonitorHtml(Response response, XmlPath html) {

    private static io.restassured.specification.RequestSpecification as(String user) {
        return RestAssured.given().auth().preemptive().basic(user, ServiceTestSupport.DEMO_PASSWORD);
    }

    /** The page as this user sees it. */
    static MonitorHtml get(String user, String path) {
        Response response = as(user).get(path);
        return new MonitorHtml(response, response.htmlPath());
    }

    /**
     * The page a form's POST answers with, sent in UTF-8 as a browser sends it (its session and CSRF token from
     * {@code form}); a redirect is followed in the same session, as a browser would (flash messages included).
     */
    static MonitorHtml post(String user, MonitorHtml form, String path, java.util.Map<String, String> fields) {
        var request = as(user).redirects().follow(false).cookie("JSESSIONID", form.session())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("_csrf", form.csrf());
        fields.forEach(request::formParam);
        Response response = request.post(path);
        if (response.statusCode() == 302) {
            response = as(user).cookie("JSESSIONID", form.session()).get(java.net.URI.create(response.getHeader("Location")).getPath());
        }
        return new MonitorHtml(response, response.htmlPath());
    }

    int status() {
        return response.statusCode();
    }

    String session() {
        return response.getCookie("JSESSIONID");
    }

    String csrf() {
        return html.getString("**.find { it.@name == '_csrf' }.@value");
    }

    /** The text of the element with this id, {@code null} if there is none. */
    String text(String id) {
        return exists(id) ? html.getString("**.find { it.@id == '" + id + "' }").strip().replaceAll("\\s+", " ") : null;
    }

    boolean exists(String id) {
        return html.get("**.find { it.@id == '" + id + "' }") != null;
    }

    /** The text of the table row with {@code data-<attribute>} = value, {@code null} if there is none. */
    String row(String attribute, String value) {
        String path = rowPath(attribute, value);
        return html.get(path) == null ? null : html.getString(path).strip().replaceAll("\\s+", " ");
    }

    /** The classes of the traffic light in that row. */
    String lightOf(String attribute, String value) {
        return html.getString(rowPath(attribute, value) + ".td[0].span.@class");
    }

    /** The {@code data-code}s of the holders shown in that row, in order. */
    List<String> holdersOf(String attribute, String value) {
        return html.getList(rowPath(attribute, value) + ".'**'.findAll { it.@class == 'holder' }.collect { it.@'data-code'.text() }",
                String.class);
    }

    /** How many elements inside the element with this id carry this class (among others). */
    int countClass(String id, String cssClass) {
        return html.getInt("**.find { it.@id == '" + id + "' }.'**'.findAll { it.@class.text().split(' ').contains('" + cssClass
                + "') }.size()");
    }

    private static String rowPath(String attribute, String value) {
        return "**.find { it.name() == 'tr' && it.@'data-" + attribute + "' == '" + value + "' }";
    }
}
