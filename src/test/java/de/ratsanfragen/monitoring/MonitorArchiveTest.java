package de.ratsanfragen.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.ratsanfragen.DemoInquiries;
import de.ratsanfragen.ServiceTestSupport;
import de.ratsanfragen.platform.CouncilTime;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * The monitor's archive (issue 13, point 7): released and withdrawn inquiries stay reachable — filtered by year
 * of receipt, faction and text in the subject, a bounded page at a time — and so does their drill-down.
 */
class MonitorArchiveTest extends ServiceTestSupport {

    private static DemoInquiries.Submitted released(String title) {
        DemoInquiries.Submitted inquiry = DemoInquiries.submit(title, "V: D01/ A11");
        DemoInquiries.completeOnly("ob", inquiry.id(), Map.of());
        DemoInquiries.completeOnly("a11", inquiry.id(), Map.of("answer", "Beantwortet."));
        DemoInquiries.completeOnly("d01", inquiry.id(), Map.of("approved", true));
        DemoInquiries.completeOnly("ob", inquiry.id(), Map.of("approved", true));
        return inquiry;
    }

    private static DemoInquiries.Submitted withdrawn(String title) {
        DemoInquiries.Submitted inquiry = DemoInquiries.submit(title, "V: D03/ A32");
        DemoInquiries.completeOnly("ob", inquiry.id(), Map.of());
        as("gruene").post("/api/inquiries/" + inquiry.id() + "/withdraw").then().statusCode(200);
        return inquiry;
    }

    private static JsonPath archive(Object... parameters) {
        Map<String, Object> query = new java.util.LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            query.put((String) parameters[i], parameters[i + 1]);
        }
        return as("ob").queryParams(query).get("/api/deadlines/archive").then().statusCode(200).extract().jsonPath();
    }

    private static List<String> references(Object... parameters) {
        return archive(parameters).getList("rows.reference");
    }

    @Test
    void releasedAndWithdrawnInquiriesAreFoundByYearFactionAndTextAndKeepTheirDrillDown() {
        String word = "Archivprobe" + System.nanoTime();
        DemoInquiries.Submitted answered = released(word + " Radwege 100%_sicher");
        DemoInquiries.Submitted gone = withdrawn(word + " Parkplätze");
        DemoInquiries.Submitted open = DemoInquiries.submit(word + " noch offen", "V: D01/ A11");
        int year = LocalDate.now(CouncilTime.ZONE).getYear();
        LocalDate today = LocalDate.now(CouncilTime.ZONE);

        assertThat(references("text", word)).containsExactly(gone.reference(), answered.reference())
                .doesNotContain(open.reference());
        assertThat(references("text", word.toLowerCase(), "year", year, "faction", "GRUENE")).hasSize(2);
        assertThat(references("text", word, "year", year - 1)).isEmpty();
        assertThat(references("text", word, "faction", "LINKE")).isEmpty();
        // % and _ are letters of the subject, not wildcards
        assertThat(references("text", word + " Radwege 100%_sicher")).containsExactly(answered.reference());
        assertThat(references("text", "100%")).as("a literal percent sign").contains(answered.reference());
        assertThat(references("text", word + " Radwege 1_0")).isEmpty();

        JsonPath page = archive("text", word);
        Map<String, Object> released = page.getMap("rows.find { it.reference == '" + answered.reference() + "' }");
        assertThat(released).containsEntry("state", "RELEASED").containsEntry("stateLabel", "beantwortet")
                .containsEntry("releasedOn", today.toString()).containsEntry("onTime", true).containsEntry("items", 1)
                .containsEntry("faction", "Fraktion BÜNDNIS 90/DIE GRÜNEN");
        Map<String, Object> withdrawnRow = page.getMap("rows.find { it.reference == '" + gone.reference() + "' }");
        assertThat(withdrawnRow).containsEntry("state", "WITHDRAWN").containsEntry("releasedOn", null).containsEntry("onTime", null);

        // paging: one row a page, a next page while there is one
        JsonPath first = archive("text", word, "size", 1);
        assertThat(first.getList("rows")).hasSize(1);
        assertThat(first.getBoolean("hasNext")).isTrue();
        JsonPath second = archive("text", word, "size", 1, "page", 2);
        assertThat(second.getList("rows.reference")).containsExactly(answered.reference());
        assertThat(second.getBoolean("hasNext")).isFalse();

        // the drill-down answers for them, in their final state, with release date and extensions
        JsonPath detail = as("ob").get("/api/deadlines/" + answered.id()).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getString("state")).isEqualTo("RELEASED");
        assertThat(detail.getString("light")).isNull();
        assertThat(detail.getString("lightLabel")).isEqualTo("beantwortet");
        assertThat(detail.getString("releasedOn")).isEqualTo(today.toString());
        assertThat(detail.getList("itemDetails.state")).containsExactly("RELEASED");
        assertThat(detail.getList("inquiryTasks")).isEmpty();
        as("ob").get("/api/deadlines/" + gone.id()).then().statusCode(200).body("state", org.hamcrest.Matchers.equalTo("WITHDRAWN"))
                .body("releasedOn", org.hamcrest.Matchers.nullValue());
        as("gruene").get("/api/deadlines/" + answered.id()).then().statusCode(403);

        // the page: the same rows, a link to each drill-down, which shows the final state and no extension form
        MonitorHtml archivePage = MonitorHtml.get("ob", "/monitor/archiv?text=" + word);
        assertThat(archivePage.status()).isEqualTo(200);
        assertThat(archivePage.row("reference", answered.reference())).contains("beantwortet", today.format(
                java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) + " (fristgerecht)");
        assertThat(archivePage.row("reference", gone.reference())).contains("zurückgezogen");
        assertThat(archivePage.row("reference", open.reference())).isNull();
        assertThat(archivePage.html().getString("**.find { it.name() == 'tr' && it.@'data-reference' == '" + answered.reference()
                + "' }.td[0].a.@href")).isEqualTo("/monitor/" + answered.id());
        MonitorHtml detailPage = MonitorHtml.get("ob", "/monitor/" + answered.id());
        assertThat(detailPage.status()).isEqualTo(200);
        assertThat(detailPage.text("abgeschlossen")).isEqualTo("abgeschlossen: beantwortet");
        assertThat(detailPage.text("freigegeben")).isEqualTo(today.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        assertThat(detailPage.exists("verlaengern")).as("no extension of a closed inquiry").isFalse();
        MonitorHtml paged = MonitorHtml.get("ob", "/monitor/archiv?text=" + word + "&size=1");
        assertThat(paged.html().getString("**.find { it.@id == 'weiter' }.@href")).contains("page=2", "size=1");
        assertThat(paged.exists("zurueck")).isFalse();
    }

    @Test
    void badFiltersAreRefusedInGermanAndOthersDoNotSeeTheArchive() {
        for (String query : List.of("?year=zweitausend", "?year=1999", "?year=" + (LocalDate.now(CouncilTime.ZONE).getYear() + 1),
                "?faction=D01", "?faction=Unbekannt", "?page=0", "?page=501", "?size=101", "?size=-1", "?jahr=2025",
                "?text=" + "x".repeat(201))) {
            var refused = as("ob").get("/api/deadlines/archive" + query);
            assertThat(refused.statusCode()).as(query).isEqualTo(400);
            assertThat(refused.contentType()).as(query).startsWith("application/problem+json");
            assertThat(refused.jsonPath().getString("detail")).as(query).isNotBlank();
        }
        as("ob").get("/api/deadlines/archive?year=zweitausend").then().body("detail", containsString("ganze Zahl"));
        as("ob").get("/api/deadlines/archive?faction=D01").then().body("detail", containsString("keine Fraktion"));
        as("ob").get("/api/deadlines/archive?size=101").then().body("detail", containsString("zwischen 1 und 100"));
        MonitorHtml page = MonitorHtml.get("ob", "/monitor/archiv?year=abc");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text("fehler")).contains("„abc“");
        assertThat(page.exists("archiv")).isFalse();
        assertThat(page.html().getString("**.find { it.@id == 'year' }.@value")).as("shown again as typed").isEqualTo("abc");

        for (String user : List.of("gruene", "a11", "d01")) {
            as(user).get("/api/deadlines/archive").then().statusCode(403).contentType("application/problem+json");
            MonitorHtml denied = MonitorHtml.get(user, "/monitor/archiv");
            assertThat(denied.status()).isEqualTo(403);
            assertThat(denied.text("verboten")).contains("Bereich Oberbürgermeister");
        }
        as("admin").get("/api/deadlines/archive").then().statusCode(200);
        org.hamcrest.MatcherAssert.assertThat(io.restassured.RestAssured.get("/api/deadlines/archive").statusCode(), org.hamcrest.Matchers.is(401));
    }
}
