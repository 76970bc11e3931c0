package de.ratsanfragen.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import de.ratsanfragen.SeedFiles;
import de.ratsanfragen.ServiceTestSupport;
import de.ratsanfragen.organization.RoutingTag;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Uploads and JSON bodies that cannot become an inquiry — unreadable, or over a limit, submitted or
 * previewed: a clear German problem, nothing stored.
 */
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
    void aJsonBodyBeyondAnyInquiryIsNotReadToTheEnd() {
        String huge = "{\"title\": \"Groß\", \"items\": [{\"text\": \"" + "Frage? ".repeat(5_000_000) + "\"}]}";
        as("gruene").contentType("application/json").body(huge).post("/api/inquiries?dryRun=true").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("zu groß oder zu tief verschachtelt"));
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

    private static final String LONG_TAG = "V: D01/ A11" + "/ A11".repeat(RoutingTag.MAX_LENGTH / 5);

    private static ValidatableResponse uploadOverLimit(String text, boolean dryRun) {
        return as("gruene").multiPart("file", "anfrage.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain")
                .queryParam("dryRun", dryRun).post("/api/inquiries").then()
                .statusCode(400).contentType("application/problem+json");
    }

    private static ValidatableResponse submitOverLimit(Object json, boolean dryRun) {
        return as("gruene").contentType("application/json").body(json).queryParam("dryRun", dryRun)
                .post("/api/inquiries").then().statusCode(400).contentType("application/problem+json");
    }

    @ParameterizedTest(name = "dryRun={0}")
    @ValueSource(booleans = {false, true})
    void aDocumentWithMoreQuestionsThanAllowed(boolean dryRun) {
        StringBuilder text = new StringBuilder("Betreff: Viele Fragen\nWir fragen die Verwaltung:\n");
        for (int i = 1; i <= InquiryLimits.MAX_ITEMS + 1; i++) {
            text.append(i % 100).append(". Wie geht es weiter?\n");
        }
        uploadOverLimit(text.toString(), dryRun).body("detail", containsString("mehr als " + InquiryLimits.MAX_ITEMS + " Fragen"));
    }

    @ParameterizedTest(name = "dryRun={0}")
    @ValueSource(booleans = {false, true})
    void aDocumentWithARoutingTagLongerThanAllowed(boolean dryRun) {
        uploadOverLimit("Fragen zur 3. Evaluation\nFraktion BÜNDNIS 90/DIE GRÜNEN zum SAG, 2.12.2025\n\nHandlungsfeld 1: Öffnung\n\n"
                + "Warum?\n\n" + LONG_TAG + "\n", dryRun)
                .body("detail", containsString("„V: D01/ A11/ A11"))
                .body("detail", containsString("höchstens " + RoutingTag.MAX_LENGTH));
    }

    @ParameterizedTest(name = "dryRun={0}")
    @ValueSource(booleans = {false, true})
    void aDocumentWithAQuestionLongerThanAllowed(boolean dryRun) {
        uploadOverLimit("Betreff: Lang\nWir fragen die Verwaltung:\n1. Kurz?\n2. " + "Wort\n".repeat(InquiryLimits.MAX_ITEM_LENGTH / 5 + 1)
                + "lang?\n", dryRun)
                .body("detail", containsString("Frage 2 hat"))
                .body("detail", containsString("höchstens " + InquiryLimits.MAX_ITEM_LENGTH));
    }

    @ParameterizedTest(name = "dryRun={0}")
    @ValueSource(booleans = {false, true})
    void jsonWithAnItemLongerThanAllowed(boolean dryRun) {
        submitOverLimit(Map.of("title", "Lang", "items", List.of(Map.of("text", "x".repeat(InquiryLimits.MAX_ITEM_LENGTH + 1)))),
                dryRun).body("detail", containsString("ist länger als " + InquiryLimits.MAX_ITEM_LENGTH + " Zeichen"));
    }

    @ParameterizedTest(name = "dryRun={0}")
    @ValueSource(booleans = {false, true})
    void jsonWithARoutingTagLongerThanAllowed(boolean dryRun) {
        submitOverLimit(Map.of("title", "Lang", "items", List.of(Map.of("text", "Warum?", "routing", LONG_TAG))), dryRun)
                .body("detail", containsString("„items[0].routing“ ist länger als " + RoutingTag.MAX_LENGTH + " Zeichen"));
    }

    @Test
    void aRoutingTagLongerThanAllowedIsNeitherParsedNorSet() {
        as("ob").contentType("application/json").body(Map.of("tag", LONG_TAG)).post("/api/routing/parse").then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("ist länger als " + RoutingTag.MAX_LENGTH + " Zeichen"));

        String id = as("gruene").contentType("application/json")
                .body(Map.of("title", "Kurz", "items", List.of(Map.of("text", "Warum?")))).post("/api/inquiries")
                .then().statusCode(201).extract().path("id");
        before = stored();
        as("ob").contentType("application/json").body(Map.of("tag", LONG_TAG)).put("/api/inquiries/" + id + "/items/1/routing")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("ist länger als " + RoutingTag.MAX_LENGTH + " Zeichen"));
        assertThat(jdbc.sql("select count(*) from ratsanfragen.inquiry_item where inquiry_id = ?::uuid and routing is null")
                .param(id).query(Integer.class).single()).as("item still without routing").isEqualTo(1);
    }
}
