package de.ratsanfragen.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import de.ratsanfragen.SeedFiles;
import de.ratsanfragen.ServiceTestSupport;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The submission page's forms over HTTP: session, CSRF token, preview and submit. */
class SubmissionPageFormTest extends ServiceTestSupport {

    @Autowired
    JdbcClient jdbc;

    /**
     * A page session: cookie and CSRF token of the overview page. HTTP Basic is sent with every
     * request (it is not kept in the session); the session holds the token and the pending upload.
     */
    private record PageSession(String cookie, String csrf) {
    }

    private PageSession open(String user) {
        Response page = as(user).get("/anfragen");
        String csrf = page.htmlPath().getString("**.find { it.@name == '_csrf' }.@value");
        return new PageSession(page.getCookie("JSESSIONID"), csrf);
    }

    @Test
    void aDoubleClickOnSubmitStoresTheInquiryOnce() throws Exception {
        PageSession session = open("linke");
        as("linke").cookie("JSESSIONID", session.cookie()).multiPart("file", "anfrage.txt",
                        SeedFiles.inquiry("linke-schulsanierung.txt"), "text/plain").queryParam("_csrf", session.csrf())
                .post("/anfragen/vorschau").then().statusCode(200).body(containsString("Anfrage einreichen"));
        int before = jdbc.sql("select count(*) from ratsanfragen.inquiry").query(Integer.class).single();

        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> clicks = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                clicks.add(pool.submit(() -> as("linke").redirects().follow(false).cookie("JSESSIONID", session.cookie())
                        .formParam("_csrf", session.csrf()).post("/anfragen/einreichen").statusCode()));
            }
            for (Future<Integer> click : clicks) {
                click.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(jdbc.sql("select count(*) from ratsanfragen.inquiry").query(Integer.class).single()).isEqualTo(before + 1);
    }

    @Test
    void anOversizedUploadGetsTheGermanPage() {
        PageSession session = open("linke");
        byte[] big = new byte[11 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');

        as("linke").cookie("JSESSIONID", session.cookie()).multiPart("file", "riesig.txt", big, "text/plain")
                .queryParam("_csrf", session.csrf()).post("/anfragen/vorschau").then()
                .statusCode(413).contentType("text/html").body(containsString("Die Datei ist zu groß"));
    }

    @Test
    void theFormNeedsItsCsrfToken() {
        PageSession session = open("linke");
        as("linke").cookie("JSESSIONID", session.cookie()).multiPart("file", "anfrage.txt",
                        SeedFiles.inquiry("linke-schulsanierung.txt"), "text/plain")
                .post("/anfragen/vorschau").then().statusCode(403);
    }
}
