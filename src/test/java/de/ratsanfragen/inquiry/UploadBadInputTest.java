package de.ratsanfragen.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import de.ratsanfragen.SeedFiles;
import de.ratsanfragen.ServiceTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Uploads that cannot become an inquiry: a clear German problem, nothing stored. */
class UploadBadInputTest extends ServiceTestSupport {

    @Autowired
    JdbcClient jdbc;

    private int before;

    private int stored() {
        return jdbc.sql("select count(*) from ratsanfragen.inquiry").query(Integer.class).single()
                + jdbc.sql("select count(*) from ratsanfragen.inquiry_item").query(Integer.class).single()
                + jdbc.sql("select count(*) from ratsanfragen.evaluation").query(Integer.class).single();
    }

    @BeforeEach
    void count() {
        before = stored();
    }

    @AfterEach
    void nothingWasStored() {
        assertThat(stored()).as("rows after a refused upload").isEqualTo(before);
    }

    private io.restassured.response.ValidatableResponse upload(String name, byte[] content) {
        return as("gruene").multiPart("file", name, content, "application/octet-stream").post("/api/inquiries").then()
                .contentType("application/problem+json")
                .body("detail", not(containsString("Exception")))
                .body("detail", not(containsString("at de.")));
    }

    @Test
    void aControlCharacterInTheFileName() {
        byte[] text = "Anfrage zur Baumpflanzung\n\n1. Wie viele Bäume wurden gepflanzt?\n".getBytes(StandardCharsets.UTF_8);
        upload("anfrage\u0000.txt", text).statusCode(400).body("detail", containsString("Dateinamen"));
        as("ob").multiPart("file", "bericht\u0000.txt", text, "text/plain").post("/api/evaluations").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("Dateinamen"));
    }

    @Test
    void anEmptyFile() {
        upload("leer.txt", new byte[0]).statusCode(400).body("detail", containsString("leer"));
    }

    @Test
    void aPdf() {
        upload("anfrage.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)).statusCode(415)
                .body("detail", containsString("PDF"));
    }

    @Test
    void anImage() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        upload("scan.png", png).statusCode(415);
    }

    @Test
    void binaryGarbage() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        upload("anfrage.txt", garbage).statusCode(415);
    }

    @Test
    void aFileOverTheLimit() {
        byte[] big = new byte[11 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        as("gruene").multiPart("file", "riesig.txt", big, "text/plain").post("/api/inquiries").then()
                .statusCode(413).contentType("application/problem+json").body("detail", containsString("10 MB"));
    }

    @Test
    void aDocumentWithoutItems() {
        upload("protokoll.txt", SeedFiles.inquiry("ohne-fragen.txt")).statusCode(422)
                .body("detail", containsString("keine Frage erkannt"));
    }

    @Test
    void aNonWordZipCalledDocx() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        upload("anfrage.docx", zip).statusCode(422);
    }

    @Test
    void windows1252TextIsReadWithAWarning() {
        byte[] text = new String(SeedFiles.inquiry("linke-schulsanierung.txt"), StandardCharsets.UTF_8)
                .getBytes(Charset.forName("windows-1252"));
        as("linke").multiPart("file", "ansi.txt", text, "text/plain").queryParam("dryRun", true).post("/api/inquiries")
                .then().statusCode(200)
                .body("title", org.hamcrest.Matchers.equalTo("Sanierung der Grundschule Ost"))
                .body("items[2].text", containsString("Haushaltsmitteln"))
                .body("warnings", org.hamcrest.Matchers.hasItem(containsString("Windows-1252")));
    }
}
