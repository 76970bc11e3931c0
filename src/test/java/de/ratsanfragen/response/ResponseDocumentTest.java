package de.ratsanfragen.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.ratsanfragen.ServiceTestSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The response in both formats, through the API, for an inquiry taken through the real workflow:
 * PDF/A-2b as veraPDF sees it, the texts as written (umlauts, quotes, line breaks, markup as literal
 * text), draft before release, and who may fetch it when.
 */
class ResponseDocumentTest extends ServiceTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static final String SCRIPT = "<script>alert('x')</script><b>fett</b> & \"Anführung\"";
    private static final String ANSWER = "Die Verwaltung prüft „Maßnahmen“ für Straßenbäume.\nZweite Zeile: Größe ß ä ö ü.\n\n"
            + "Zweiter Absatz mit " + SCRIPT;

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private record Inquiry(String id, String reference) {
    }

    private static Inquiry submit() {
        String body = "{\"title\": \"Straßenbäume in Erfurt – „Grünes Band“\", \"items\": ["
                + "{\"text\": \"Welche Bäume wurden gefällt? " + SCRIPT.replace("\"", "\\\"") + "\", \"routing\": \"V: D01/ A11\"},"
                + "{\"text\": \"Wie geht es weiter?\", \"routing\": \"V: D03/ A32\"}]}";
        var created = as("gruene").contentType("application/json").body(body).post("/api/inquiries").then().statusCode(201)
                .extract().jsonPath();
        return new Inquiry(created.getString("id"), created.getString("reference"));
    }

    private static void completeOnly(String user, Inquiry inquiry, Map<String, Object> values) {
        de.ratsanfragen.DemoInquiries.completeOnly(user, inquiry.id(), values);
    }

    private static byte[] fetch(String user, Inquiry inquiry, String format, int status) {
        return as(user).get("/api/inquiries/" + inquiry.id() + "/response." + format).then().statusCode(status)
                .extract().asByteArray();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String docxText(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static ValidationResult validate(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            return validator.validate(parser);
        }
    }

    @Test
    void aDraftForTheStaffBeforeReleaseTheFinalLetterForTheFactionAfterIt() throws Exception {
        Inquiry inquiry = submit();
        completeOnly("ob", inquiry, Map.of());
        completeOnly("a11", inquiry, Map.of("answer", ANSWER));

        fetch("gruene", inquiry, "pdf", 404);
        fetch("linke", inquiry, "pdf", 404);
        as("ob").get("/api/inquiries/" + java.util.UUID.randomUUID() + "/response.pdf").then().statusCode(404)
                .contentType("application/problem+json");
        fetch("a50", inquiry, "docx", 404);
        assertThat(as("a50").get("/api/inquiries/" + inquiry.id() + "/response.pdf").then().extract().contentType())
                .startsWith("application/problem+json");
        String draft = pdfText(fetch("d03", inquiry, "pdf", 200));
        assertThat(draft).contains("ENTWURF", "Antwort steht aus", inquiry.reference() + "/1");
        assertThat(docxText(fetch("ob", inquiry, "docx", 200))).contains("ENTWURF", "Antwort steht aus");
        assertThat(docxText(fetch("d01", inquiry, "docx", 200))).contains("ENTWURF", "„Maßnahmen“ für Straßenbäume.");
        // the answering units know the inquiry from their tasks, but not the other units' answers before the release
        for (String unit : List.of("a11", "a32")) {
            for (String format : List.of("pdf", "docx")) {
                as(unit).get("/api/inquiries/" + inquiry.id() + "/response." + format).then().statusCode(403)
                        .contentType("application/problem+json")
                        .body("detail", org.hamcrest.Matchers.containsString("Dezernate, die diese Anfrage mitzeichnen"));
            }
        }
        as("a11").get("/anfragen/" + inquiry.id() + "/antwort.pdf").then().statusCode(403);

        completeOnly("a32", inquiry, Map.of("answer", "Es geht weiter."));
        completeOnly("d01", inquiry, Map.of("approved", true));
        completeOnly("d03", inquiry, Map.of("approved", true));
        completeOnly("ob", inquiry, Map.of("approved", true));

        byte[] pdf = fetch("gruene", inquiry, "pdf", 200);
        ValidationResult result = validate(pdf);
        assertThat(result.isCompliant()).as("PDF/A-2b: %s", result.getTestAssertions().stream()
                .filter(assertion -> assertion.getStatus() != org.verapdf.pdfa.results.TestAssertion.Status.PASSED)
                .map(assertion -> assertion.getRuleId() + " " + assertion.getMessage()).distinct().limit(5).toList()).isTrue();
        String text = pdfText(pdf);
        assertThat(text).contains("Landeshauptstadt Erfurt", "Beantwortung der Anfrage", inquiry.reference() + "/1",
                        "BÜNDNIS 90/DIE GRÜNEN", "Straßenbäume in Erfurt – „Grünes Band“",
                        "Zur Anfrage der Fraktion BÜNDNIS 90/DIE GRÜNEN vom",
                        "Frage 1:", "Antwort:", "„Maßnahmen“ für Straßenbäume.", "Zweite Zeile: Größe ß ä ö ü.",
                        SCRIPT, "(D01/A11)", "gez.", "Oberbürgermeister", "Seite 1 von")
                .doesNotContain("ENTWURF", "Antwort steht aus");
        assertThat(text.indexOf("Frage 1:")).as("the inquiry's order").isLessThan(text.indexOf("Frage 2:"));

        String docx = docxText(fetch("gruene", inquiry, "docx", 200));
        assertThat(docx).contains("Beantwortung der Anfrage", inquiry.reference() + "/1", "„Maßnahmen“ für Straßenbäume.",
                "Zweite Zeile: Größe ß ä ö ü.", SCRIPT, "(D01/A11)", "gez.").doesNotContain("ENTWURF");
        fetch("linke", inquiry, "pdf", 404);
        // released, the letter is no secret for the units that answered; a fresh draft still is
        assertThat(pdfText(fetch("a32", inquiry, "pdf", 200))).contains("Es geht weiter.").doesNotContain("ENTWURF");
        as("a32").get("/api/inquiries/" + inquiry.id() + "/response.pdf?draft=true").then().statusCode(403);
        as("d03").get("/api/inquiries/" + inquiry.id() + "/response.pdf?draft=true").then().statusCode(200);
    }

    @Test
    void theReleaseFreezesVersionOneAndACorrectionAddsVersionTwoBothKept() throws Exception {
        Inquiry inquiry = submit();
        completeOnly("ob", inquiry, Map.of());
        completeOnly("a11", inquiry, Map.of("answer", "Erste Antwort."));
        completeOnly("a32", inquiry, Map.of("answer", "Zweite Antwort."));
        completeOnly("d01", inquiry, Map.of("approved", true));
        completeOnly("d03", inquiry, Map.of("approved", true));
        // an answer lost before the approval (here: cleared in the database) stops the release
        jdbc.update("update ratsanfragen.inquiry_item set answer = null where inquiry_id = ?::uuid and number = 2", inquiry.id());
        List<Map<String, Object>> approval = as("ob").get("/engine-rest/task?processInstanceBusinessKey=" + inquiry.id())
                .then().extract().jsonPath().getList("$");
        as("ob").contentType("application/json").body(Map.of("variables", Map.of("approved", Map.of("value", true))))
                .post("/engine-rest/task/" + approval.get(0).get("id") + "/complete").then().statusCode(400)
                .body("message", org.hamcrest.Matchers.containsString("ohne Antwort sind noch Frage 2"));
        as("gruene").get("/api/inquiries/" + inquiry.id() + "/response").then().statusCode(404);
        jdbc.update("update ratsanfragen.inquiry_item set answer = 'Zweite Antwort.' where inquiry_id = ?::uuid and number = 2", inquiry.id());
        completeOnly("ob", inquiry, Map.of("approved", true));

        byte[] first = fetch("gruene", inquiry, "pdf", 200);
        assertThat(fetch("gruene", inquiry, "pdf", 200)).as("served as frozen, not compiled again").isEqualTo(first);
        var history = as("gruene").get("/api/inquiries/" + inquiry.id() + "/response").then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("versions.version")).containsExactly(1);
        assertThat(history.getString("versions[0].reason")).isEqualTo("Freigabe");
        assertThat(history.getString("versions[0].pdfSha256")).isEqualTo(sha256(first));
        assertThat(history.getString("versions[0].docxSha256")).isEqualTo(sha256(fetch("gruene", inquiry, "docx", 200)));
        assertThat(history.getMap("versions[0]")).as("no staff names for the faction").doesNotContainKey("createdBy");

        String path = "/api/inquiries/" + inquiry.id() + "/response/versions";
        as("gruene").contentType("application/json").body("{\"reason\": \"x\"}").post(path).then().statusCode(403);
        as("ob").contentType("application/json").body("{\"reason\": \" \"}").post(path).then().statusCode(400)
                .contentType("application/problem+json");
        as("ob").contentType("application/json")
                .body("{\"reason\": \"x\", \"answers\": [{\"number\": 99, \"answer\": \"Gibt es nicht.\"}]}").post(path).then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("keine beantwortete Frage 99"));
        as("ob").contentType("application/json").body("{\"reason\": \"" + "x".repeat(2_001) + "\"}").post(path).then()
                .statusCode(400).body("detail", org.hamcrest.Matchers.containsString("länger als 2000 Zeichen"));
        as("ob").contentType("application/json")
                .body("{\"reason\": \"x\", \"answers\": [{\"number\": 2, \"answer\": \"" + "y".repeat(20_001) + "\"}]}")
                .post(path).then().statusCode(400).body("detail", org.hamcrest.Matchers.containsString("länger als 20000 Zeichen"));
        assertThat(as("ob").get("/api/inquiries/" + inquiry.id() + "/response").then().extract().jsonPath().getList("versions"))
                .as("a refused correction stores nothing").hasSize(1);
        as("ob").contentType("application/json")
                .body("{\"reason\": \"Zahl in Frage 2 berichtigt\", \"answers\": [{\"number\": 2, \"answer\": \"Zweite Antwort, berichtigt.\"}]}")
                .post(path).then()
                .statusCode(201).body("version", org.hamcrest.Matchers.equalTo(2))
                .body("reference", org.hamcrest.Matchers.equalTo(inquiry.reference() + "/2"));

        byte[] second = fetch("gruene", inquiry, "pdf", 200);
        assertThat(pdfText(second)).contains(inquiry.reference() + "/2", "Zweite Antwort, berichtigt.");
        assertThat(as("gruene").get("/api/inquiries/" + inquiry.id() + "/response.pdf?version=1").then().statusCode(200)
                .extract().asByteArray()).isEqualTo(first);
        as("gruene").get("/api/inquiries/" + inquiry.id() + "/response.pdf?version=3").then().statusCode(404);
        var staffHistory = as("ob").get("/api/inquiries/" + inquiry.id() + "/response").then().statusCode(200).extract().jsonPath();
        assertThat(staffHistory.getList("versions.reason")).containsExactly("Freigabe", "Zahl in Frage 2 berichtigt");
        assertThat(staffHistory.getList("versions.createdBy")).containsExactly("ob", "ob");
        assertThat(pdfText(as("ob").get("/api/inquiries/" + inquiry.id() + "/response.pdf?draft=true").then().statusCode(200)
                .extract().asByteArray())).contains("ENTWURF", inquiry.reference() + "/3");
    }

    @Test
    void theDraftFollowsTheRoutingToTheSigningDezernateAndNoUnitGetsIt() {
        Inquiry inquiry = submit();
        completeOnly("ob", inquiry, Map.of());
        completeOnly("a11", inquiry, Map.of("declined", true, "declineReason", "Sache von Amt 50."));
        as("ob").contentType("application/json").body("{\"tag\": \"V: D05/ A50\"}")
                .put("/api/inquiries/" + inquiry.id() + "/items/1/routing").then().statusCode(200);
        fetch("d05", inquiry, "pdf", 200);
        fetch("d03", inquiry, "pdf", 200);
        // D01 signs nothing off any more and wrote nothing: as if there were no such inquiry
        fetch("d01", inquiry, "pdf", 404);
        // the unit that declined and the one now answering know the inquiry, but get no draft
        fetch("a11", inquiry, "pdf", 403);
        fetch("a50", inquiry, "pdf", 403);
        fetch("a67", inquiry, "pdf", 404);
    }

    private static String sha256(byte[] content) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }
}
