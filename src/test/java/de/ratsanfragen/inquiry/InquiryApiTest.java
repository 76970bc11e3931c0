package de.ratsanfragen.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import de.ratsanfragen.SeedFiles;
import de.ratsanfragen.ServiceTestSupport;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** POST/GET /api/inquiries over real HTTP, with the real database. */
class InquiryApiTest extends ServiceTestSupport {

    @Autowired
    JdbcClient jdbc;

    static Response upload(String user, String fileName, byte[] content, String query) {
        return as(user).multiPart("file", fileName, content, "text/plain").post("/api/inquiries" + query);
    }

    private int storedInquiries() {
        return jdbc.sql("select count(*) from ratsanfragen.inquiry").query(Integer.class).single();
    }

    private int storedItems() {
        return jdbc.sql("select count(*) from ratsanfragen.inquiry_item").query(Integer.class).single();
    }

    @Test
    void aFactionSubmitsTheErfurtSeedAsWritten() {
        Response response = upload("gruene", SeedFiles.ERFURT_INQUIRY, SeedFiles.seed(SeedFiles.ERFURT_INQUIRY), "");

        response.then().statusCode(201)
                .header("Location", containsString("/api/inquiries/"))
                .body("reference", matchesPattern("ANF-\\d{4}-\\d{4}"))
                .body("title", equalTo("Anmerkungen und Fragen zur 3. Evaluation des Integrationskonzepts"))
                .body("faction", equalTo("GRUENE"))
                .body("factionName", equalTo("Fraktion BÜNDNIS 90/DIE GRÜNEN"))
                .body("committee", equalTo("SAG"))
                .body("documentDate", equalTo("2025-12-02"))
                .body("receivedAt", notNullValue())
                // the faction sees its inquiry received, not the OB office's triage
                .body("state", equalTo("RECEIVED"))
                .body("stateLabel", equalTo("eingegangen"))
                .body("format", equalTo("EVALUATION_COMMENTARY"))
                .body("evaluationId", notNullValue())
                .body("items", hasSize(55))
                .body("itemCount", equalTo(55))
                .body("answered", equalTo(0))
                .body("items[0].number", equalTo(1))
                .body("items[0].kind", equalTo("QUESTION"))
                .body("items[0].answered", equalTo(false))
                .body("items[53].kind", equalTo("REMARK"))
                .body("items[8].measureRefs", equalTo(List.of("HF1/E2/M1", "HF1/E2/M2")))
                .body("measures.code", hasItem("HF9/E1/M3"))
                .body("warnings", hasItem(containsString("HF9/E1/M3")));
        String id = response.jsonPath().getString("id");
        as("gruene").get("/api/inquiries/" + id).then().statusCode(200)
                .body("items", hasSize(55))
                .body("items[0].section.kind", equalTo("VORAB"))
                .body("items[4].section.fieldOfAction", equalTo(1))
                .body("measures.find { it.code == 'HF1/E1/M1' }.status", equalTo("PARTIAL"))
                .body("evaluationTitle", equalTo("3. Evaluation des Integrationskonzepts"));
        // the OB office sees how the document routes each item, and where it stands in the workflow
        as("ob").get("/api/inquiries/" + id).then().statusCode(200)
                .body("state", equalTo("IN_TRIAGE"))
                .body("items[0].routing.raw", equalTo("V: D01/ Büro für Migration und Integration"))
                .body("items[0].routing.lead", equalTo("BMI"))
                .body("items[0].routing.assignments[0].dezernat", equalTo("D01"))
                .body("items[0].state", equalTo("IN_TRIAGE"))
                .body("items[39].routing", nullValue())
                .body("items[49].routingHints", equalTo(List.of("Beantwortung Gesundheitsamt")));
    }

    @Test
    void quotedMeasuresLandInTheEvaluationTheyQuote() {
        String first = upload("gruene", "a.txt", SeedFiles.seed(SeedFiles.ERFURT_INQUIRY), "").then().statusCode(201)
                .extract().path("evaluationId");
        String second = upload("ob", "b.txt", SeedFiles.seed(SeedFiles.ERFURT_INQUIRY), "?faction=GRUENE").then()
                .statusCode(201).extract().path("evaluationId");

        assertThat(second).isEqualTo(first);
        JsonPath measures = as("a11").get("/api/evaluations/" + first + "/measures").then().statusCode(200)
                .extract().jsonPath();
        assertThat(measures.getList("code", String.class)).hasSize(29).contains("HF1/E1/M1", "HF9/E1/M3");
        assertThat(measures.getString("find { it.code == 'HF9/E1/M3' }.status")).isEqualTo("UNCLEAR");
        as("a11").get("/api/evaluations/" + first).then().statusCode(200)
                .body("title", equalTo("3. Evaluation des Integrationskonzepts"))
                .body("origin", equalTo("QUOTED"))
                .body("measureCount", equalTo(29));
    }

    @Test
    void aPreviewStoresNothing() {
        int inquiries = storedInquiries();
        int items = storedItems();

        upload("gruene", SeedFiles.ERFURT_INQUIRY, SeedFiles.seed(SeedFiles.ERFURT_INQUIRY), "?dryRun=true").then()
                .statusCode(200)
                .body("id", nullValue())
                .body("reference", nullValue())
                .body("items", hasSize(55))
                .body("measures", hasSize(29));

        assertThat(storedInquiries()).isEqualTo(inquiries);
        assertThat(storedItems()).isEqualTo(items);
        assertThat(jdbc.sql("select count(*) from ratsanfragen.evaluation where title = 'Fragen zur 9. Evaluation der Vorschau'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aPreviewOfQuotedMeasuresStoresNoEvaluation() {
        String text = new String(SeedFiles.seed(SeedFiles.ERFURT_INQUIRY), java.nio.charset.StandardCharsets.UTF_8)
                .replace("zur 3. Evaluation des Integrationskonzepts", "zur 9. Evaluation der Vorschau");
        int measures = jdbc.sql("select count(*) from ratsanfragen.measure").query(Integer.class).single();

        upload("gruene", "vorschau.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "?dryRun=true").then()
                .statusCode(200).body("evaluationTitle", equalTo("9. Evaluation der Vorschau"));

        assertThat(jdbc.sql("select count(*) from ratsanfragen.evaluation where title = '9. Evaluation der Vorschau'")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from ratsanfragen.measure").query(Integer.class).single()).isEqualTo(measures);
    }

    @Test
    void concurrentSubmissionsGetDistinctGapFreeNumbersInOrderOfReceipt() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<String>> ids = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                ids.add(pool.submit(() -> as("linke").contentType("application/json")
                        .body("{\"title\": \"Parallel\", \"items\": [{\"text\": \"Wie viele?\"}]}")
                        .post("/api/inquiries").then().statusCode(201).extract().<String>path("id")));
            }
            List<String> created = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<String> id : ids) {
                created.add(id.get());
            }
            List<java.util.Map<String, Object>> rows = jdbc.sql(
                            "select reference, received_at from ratsanfragen.inquiry where id in (:ids) order by reference")
                    .param("ids", created.stream().map(java.util.UUID::fromString).toList()).query().listOfRows();
            List<Integer> numbers = rows.stream().map(row -> (String) row.get("reference"))
                    .map(reference -> Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1))).toList();
            assertThat(numbers).hasSize(8).doesNotHaveDuplicates();
            assertThat(numbers.get(7) - numbers.get(0)).isEqualTo(7);
            List<java.sql.Timestamp> received = rows.stream().map(row -> (java.sql.Timestamp) row.get("received_at")).toList();
            assertThat(received).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nullsAndControlCharactersInJsonAreRefused() {
        int before = storedInquiries();
        as("gruene").contentType("application/json").body("{\"title\": \"T\", \"items\": [null]}")
                .post("/api/inquiries").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("items[0]"));
        as("gruene").contentType("application/json").body("{\"title\": \"T\", \"items\": [{\"text\": \"?\", \"measureRefs\": [null]}]}")
                .post("/api/inquiries").then().statusCode(400).body("detail", containsString("measureRefs"));
        as("gruene").contentType("application/json").body("{\"title\": \"T\", \"items\": [{\"text\": \"Frage\\u0000?\"}]}")
                .post("/api/inquiries").then().statusCode(400).body("detail", containsString("Steuerzeichen"));
        assertThat(storedInquiries()).isEqualTo(before);
    }

    @Test
    void aQuoteThatDiffersFromTheStoredMeasureIsReported() {
        upload("gruene", "a.txt", SeedFiles.seed(SeedFiles.ERFURT_INQUIRY), "").then().statusCode(201);
        String changed = new String(SeedFiles.seed(SeedFiles.ERFURT_INQUIRY), java.nio.charset.StandardCharsets.UTF_8)
                .replace("Schulungen umgesetzt.\t<u>Personal- und Organisationsamt</u> in Zusammenarbeit mit dem Büro für Migration und Integration und dem Personalrat, Volkshochschule (VHS)\tjährlich\t() vollständig umgesetzt (x) teilweise umgesetzt",
                        "Schulungen umgesetzt.\t<u>Personal- und Organisationsamt</u> in Zusammenarbeit mit dem Büro für Migration und Integration und dem Personalrat, Volkshochschule (VHS)\tjährlich\t(x) vollständig umgesetzt () teilweise umgesetzt");

        upload("linke", "b.txt", changed.getBytes(java.nio.charset.StandardCharsets.UTF_8), "").then().statusCode(201)
                .body("warnings", hasItem(containsString("HF1/E1/M1 ist anders zitiert")));
    }

    @Test
    void referenceNumbersAreConsecutiveAndRefusedSubmissionsLeaveNoGap() {
        int first = number(upload("linke", "1.txt", SeedFiles.inquiry("linke-schulsanierung.txt"), ""));
        upload("linke", "leer.txt", SeedFiles.inquiry("ohne-fragen.txt"), "").then().statusCode(422);
        int second = number(upload("linke", "2.txt", SeedFiles.inquiry("linke-schulsanierung.txt"), ""));

        assertThat(second).isEqualTo(first + 1);
    }

    private static int number(Response response) {
        String reference = response.then().statusCode(201).extract().path("reference");
        return Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1));
    }

    @Test
    void aFactionSeesOnlyItsOwnInquiries() {
        String ofGruene = upload("gruene", "g.txt", SeedFiles.inquiry("gruene-klammern.txt"), "").then().statusCode(201)
                .extract().path("id");
        String ofLinke = upload("linke", "l.txt", SeedFiles.inquiry("linke-schulsanierung.txt"), "").then().statusCode(201)
                .extract().path("id");

        as("linke").get("/api/inquiries/" + ofGruene).then().statusCode(404).contentType("application/problem+json")
                .body("detail", not(containsString("GRUENE")));
        as("gruene").get("/api/inquiries/" + ofLinke).then().statusCode(404);
        as("ob").get("/api/inquiries/" + ofGruene).then().statusCode(200);
        as("a11").get("/api/inquiries/" + ofGruene).then().statusCode(404);

        assertThat(as("gruene").get("/api/inquiries").then().statusCode(200).extract().jsonPath().getList("id", String.class))
                .contains(ofGruene).doesNotContain(ofLinke);
        assertThat(as("linke").get("/api/inquiries").then().statusCode(200).extract().jsonPath().getList("id", String.class))
                .contains(ofLinke).doesNotContain(ofGruene);
        assertThat(as("ob").get("/api/inquiries").then().statusCode(200).extract().jsonPath().getList("id", String.class))
                .contains(ofGruene, ofLinke);
        as("a11").get("/api/inquiries").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theFactionComesFromTheLogin() {
        upload("linke", "fremd.txt", SeedFiles.seed(SeedFiles.ERFURT_INQUIRY), "").then().statusCode(201)
                .body("faction", equalTo("LINKE"))
                .body("factionInDocument", equalTo("BÜNDNIS 90/DIE GRÜNEN"))
                .body("warnings", hasItem(containsString("„BÜNDNIS 90/DIE GRÜNEN“")));
        upload("gruene", "x.txt", SeedFiles.inquiry("gruene-klammern.txt"), "?faction=LINKE").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("eigenem Namen"));
    }

    @Test
    void theObOfficeSubmitsForAnyFaction() {
        upload("ob", "ob.txt", SeedFiles.inquiry("gruene-klammern.txt"), "?faction=LINKE").then().statusCode(201)
                .body("faction", equalTo("LINKE"));
        upload("ob", "ob.txt", SeedFiles.inquiry("gruene-klammern.txt"), "").then().statusCode(201)
                .body("faction", equalTo("GRUENE"));
        upload("ob", "ob.txt", SeedFiles.inquiry("cdu-flach-nummeriert.txt"), "").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("Fraktion"));
        upload("ob", "ob.txt", SeedFiles.inquiry("gruene-klammern.txt"), "?faction=XYZ").then().statusCode(400)
                .body("detail", containsString("„XYZ“"));
    }

    @Test
    void unitsDoNotSubmitInquiries() {
        int before = storedInquiries();
        upload("a11", "x.txt", SeedFiles.inquiry("gruene-klammern.txt"), "").then().statusCode(403)
                .contentType("application/problem+json");
        assertThat(storedInquiries()).isEqualTo(before);
    }

    @Test
    void aNumberedInquiryIsStoredWithoutRouting() {
        String id = upload("linke", "anfrage.txt", SeedFiles.inquiry("linke-schulsanierung.txt"), "").then().statusCode(201)
                .body("format", equalTo("NUMBERED_QUESTIONS"))
                .body("title", equalTo("Sanierung der Grundschule Ost"))
                .body("evaluationId", nullValue())
                .body("items", hasSize(4))
                .body("items[1].text", containsString("\na) Planung,"))
                .extract().path("id");
        as("ob").get("/api/inquiries/" + id).then().statusCode(200).body("items.routing", everyItemNull());
    }

    private static org.hamcrest.Matcher<Iterable<? extends Object>> everyItemNull() {
        return org.hamcrest.Matchers.everyItem(nullValue());
    }

    @Test
    void anInquiryCanBeSentAsJson() {
        String id = as("gruene").contentType("application/json").body("""
                        {"title": "Baumpflanzungen", "date": "2025-11-21", "items": [
                          {"text": "Wie viele Bäume wurden gepflanzt?", "routing": "V: D04/ A67"},
                          {"text": "Wir begrüßen das Programm.", "measureRefs": ["HF8"]}]}""")
                .post("/api/inquiries").then().statusCode(201)
                .body("format", equalTo("JSON"))
                .body("faction", equalTo("GRUENE"))
                .body("items[0].kind", equalTo("QUESTION"))
                .body("items[1].kind", equalTo("REMARK"))
                .body("items[1].measureRefs", equalTo(List.of("HF8")))
                .extract().path("id");
        as("ob").get("/api/inquiries/" + id).then().statusCode(200).body("items[0].routing.lead", equalTo("A67"));
    }

    @Test
    void badJsonIsRefusedInGermanAndNothingIsStored() {
        int before = storedInquiries();
        as("gruene").contentType("application/json").body("{\"items\": [{\"text\": \"Frage?\"}]}")
                .post("/api/inquiries").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("„title“ fehlt"));
        as("gruene").contentType("application/json").body("{\"title\": \"T\", \"items\": []}")
                .post("/api/inquiries").then().statusCode(400).body("detail", containsString("„items“"));
        as("gruene").contentType("application/json").body("{\"title\": \"T\", \"date\": \"31.02.2025\", \"items\": [{\"text\": \"?\"}]}")
                .post("/api/inquiries").then().statusCode(400).body("detail", containsString("„date“"))
                .body("detail", containsString("JJJJ-MM-TT"));
        as("gruene").contentType("application/json").body("{\"title\": \"T\", \"items\": [{\"text\": \"?\", \"measureRefs\": [\"M9\"]}]}")
                .post("/api/inquiries").then().statusCode(400).body("detail", containsString("Maßnahmen-Code"));
        as("gruene").contentType("application/json").body("{\"title\": \"T\", \"items\": [{\"text\": \"  \"}]}")
                .post("/api/inquiries").then().statusCode(400).body("detail", containsString("items[0].text"));
        assertThat(storedInquiries()).isEqualTo(before);
    }

    @Test
    void anUnknownInquiryIs404() {
        as("ob").get("/api/inquiries/7b1f0c3e-0000-4000-8000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
        as("ob").get("/api/inquiries/keine-uuid").then().statusCode(400).contentType("application/problem+json");
    }
}
