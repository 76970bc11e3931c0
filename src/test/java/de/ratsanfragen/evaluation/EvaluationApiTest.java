package de.ratsanfragen.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import de.ratsanfragen.SeedFiles;
import de.ratsanfragen.ServiceTestSupport;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** POST/GET /api/evaluations with the Jena report, over real HTTP. */
class EvaluationApiTest extends ServiceTestSupport {

    private static String jenaId;

    private static Response upload(String user, String query) {
        return as(user).multiPart("file", SeedFiles.JENA_REPORT, SeedFiles.seed(SeedFiles.JENA_REPORT), "text/plain")
                .post("/api/evaluations" + query);
    }

    /** The report is imported once per test JVM; a second import is a conflict. */
    static synchronized String jena() {
        if (jenaId == null) {
            jenaId = upload("ob", "").then().statusCode(201).extract().path("id");
        }
        return jenaId;
    }

    @Test
    void theJenaReportReproducesItsOwnIntroduction() {
        // "Insgesamt 14 der 82 Ziele … verworfen. 55 (80,9 %) … vollständig bzw. überwiegend und 7 (10,3 %)
        //  zumindest teilweise … Lediglich 6 Ziele (8,8 %) wurden nicht realisiert."
        as("gruene").get("/api/evaluations/" + jena()).then().statusCode(200)
                .body("title", equalTo("Controlling zur Fortschreibung des Integrationskonzepts"))
                .body("origin", equalTo("REPORT"))
                .body("measureCount", equalTo(82))
                .body("statusCounts.FULFILLED", equalTo(55))
                .body("statusCounts.PARTIAL", equalTo(7))
                .body("statusCounts.NOT_FULFILLED", equalTo(6))
                .body("statusCounts.DISCARDED", equalTo(14))
                .body("statusCounts.UNCLEAR", equalTo(0))
                .body("statistics.percentages.FULFILLED", equalTo(80.9f))
                .body("statistics.percentages.PARTIAL", equalTo(10.3f))
                .body("statistics.percentages.NOT_FULFILLED", equalTo(8.8f));
    }

    @Test
    void itsGoalsAreListedInReportOrder() {
        JsonPath measures = as("a11").get("/api/evaluations/" + jena() + "/measures").then().statusCode(200)
                .extract().jsonPath();
        assertThat(measures.getList("code", String.class)).hasSize(82).doesNotHaveDuplicates().contains("Z1", "Z18", "Z82");
        assertThat(measures.getString("find { it.code == 'Z2' }.statusLabel")).isEqualTo("Ziel erfüllt");
        assertThat(measures.getString("find { it.code == 'Z2' }.conceptLink"))
                .isEqualTo("Integrationskonzept 2020, HF 2.1, OpZ 1, M 1");
    }

    @Test
    void aSecondImportOfTheSameReportIsAConflict() {
        jena();
        upload("ob", "").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("bereits importiert"));
    }

    @Test
    void aPreviewStoresNothing() {
        upload("a11", "?dryRun=true").then().statusCode(200).body("id", nullValue()).body("measureCount", equalTo(82));
    }

    @Test
    void factionsDoNotImportReports() {
        upload("gruene", "?dryRun=true").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anInquiryIsNoReport() {
        as("ob").multiPart("file", "anfrage.txt", SeedFiles.seed(SeedFiles.ERFURT_INQUIRY), "text/plain")
                .post("/api/evaluations").then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("kein Evaluationsbericht"));
    }

    @Test
    void anUnknownEvaluationIs404() {
        as("ob").get("/api/evaluations/7b1f0c3e-0000-4000-8000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
        as("ob").get("/api/evaluations/7b1f0c3e-0000-4000-8000-000000000000/measures").then().statusCode(404);
    }
}
