package de.ratsanfragen.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import de.ratsanfragen.ServiceTestSupport;
import de.ratsanfragen.DemoInquiries;
import de.ratsanfragen.platform.CouncilTime;
import org.junit.jupiter.api.Test;

/** {@code GET /api/deadlines}: the OB office's list of open deadlines, its filters, and what it refuses. */
class DeadlineApiTest extends ServiceTestSupport {

    private static String submit(String tag) {
        return DemoInquiries.submit("Fristen im Blick", tag).reference();
    }

    private static String id(String reference) {
        return as("ob").get("/api/inquiries").then().extract().jsonPath()
                .getString("find { it.reference == '" + reference + "' }.id");
    }

    private static void triage(String reference, Map<String, Object> values) {
        DemoInquiries.completeOnly("ob", id(reference), values);
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, String reference) {
        return rows.stream().filter(row -> reference.equals(row.get("reference"))).findFirst().orElse(null);
    }

    private static List<Map<String, Object>> deadlines(String query) {
        return as("ob").get("/api/deadlines" + query).then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** The working day after the next one: due within the „bald fällig“ window of three working days. */
    private static LocalDate soon() {
        LocalDate day = LocalDate.now(CouncilTime.ZONE);
        for (int workingDays = 0; workingDays < 2; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                workingDays++;
            }
        }
        return day.plusDays(0);
    }

    @Test
    void everyOpenInquiryWithItsLightProgressAndExtensionsFilteredAsAsked() {
        String inPlan = submit("V: D01/ A11");
        triage(inPlan, Map.of());
        String dueSoon = submit("V: D03/ A32");
        triage(dueSoon, Map.of("explicitDueDate", soon().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))));
        String inTriage = submit("V: D05/ A50");

        List<Map<String, Object>> all = deadlines("");
        assertThat(row(all, inPlan)).containsEntry("light", "IM_PLAN").containsEntry("lightLabel", "im Plan")
                .containsEntry("answered", 0).containsEntry("items", 1).containsEntry("state", "IN_PROGRESS")
                .containsEntry("faction", "Fraktion BÜNDNIS 90/DIE GRÜNEN");
        assertThat((Integer) row(all, inPlan).get("workingDaysLeft")).isGreaterThan(3);
        assertThat(row(all, dueSoon)).containsEntry("light", "BALD_FAELLIG");
        assertThat(row(all, inTriage)).containsEntry("light", "OHNE_FRIST").containsEntry("dueDate", null);
        List<String> order = all.stream().filter(row -> row.get("dueDate") != null).map(row -> (String) row.get("dueDate")).toList();
        assertThat(order).as("sorted by deadline").isSorted();

        assertThat(row(deadlines("?dezernat=D01"), inPlan)).isNotNull();
        assertThat(row(deadlines("?dezernat=D01"), dueSoon)).isNull();
        assertThat(row(deadlines("?unit=A32"), dueSoon)).isNotNull();
        assertThat(row(deadlines("?unit=A32"), inPlan)).isNull();
        assertThat(row(deadlines("?state=IN_TRIAGE"), inTriage)).isNotNull();
        assertThat(row(deadlines("?state=IN_TRIAGE"), inPlan)).isNull();
        assertThat(row(deadlines("?faction=GRUENE&dezernat=D05"), inTriage)).isNotNull();
        assertThat(row(deadlines("?faction=LINKE"), inPlan)).isNull();

        LocalDate due = LocalDate.parse((String) row(all, inPlan).get("dueDate"));
        as("ob").contentType("application/json").body("{\"dueDate\": \"" + due.plusWeeks(2) + "\", \"reason\": \"Gutachten steht aus.\"}")
                .post("/api/inquiries/" + id(inPlan) + "/deadline").then().statusCode(200);
        Map<String, Object> extended = row(deadlines(""), inPlan);
        assertThat(extended.get("extensions")).asList().hasSize(1);
        assertThat(((List<Map<String, Object>>) extended.get("extensions")).get(0)).containsEntry("reason", "Gutachten steht aus.")
                .containsEntry("previousDue", due.toString());
    }

    @Test
    void theSameRowsAsCsvAndXlsxForExcelWithUmlautsAndWithoutFormulas() throws Exception {
        String reference = DemoInquiries.submit("=HYPERLINK(\"http://x\") Straßenbäume; „Grün“", "V: D04/ A67").reference();
        triage(reference, Map.of());

        byte[] csv = as("ob").get("/api/deadlines.csv?dezernat=D04").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asByteArray();
        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFAmpel;Anfrage;Fraktion;Betreff;Stand;Frist;Arbeitstage");
        String line = text.lines().filter(l -> l.contains(reference)).findFirst().orElseThrow();
        assertThat(line).contains("im Plan;" + reference + ";Fraktion BÜNDNIS 90/DIE GRÜNEN;\"'=HYPERLINK(\"\"http://x\"\") Straßenbäume; „Grün“\";in Bearbeitung;");

        byte[] xlsx = as("ob").get("/api/deadlines.xlsx?dezernat=D04").then().statusCode(200).extract().asByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet("Fristen");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Betreff");
            var row = java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                    .filter(r -> r.getCell(1).getStringCellValue().equals(reference)).findFirst().orElseThrow();
            assertThat(row.getCell(3).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\") Straßenbäume; „Grün“");
        }
        as("gruene").get("/api/deadlines.csv").then().statusCode(403).contentType("application/problem+json");
        as("ob").get("/api/deadlines.xlsx?state=FERTIG").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theDrillDownShowsEveryItemWithItsHolderAndInternalDeadline() {
        DemoInquiries.Submitted inquiry = DemoInquiries.submit("Einzeln betrachtet", "V: D01/ A11", "V: D03/ A32");
        DemoInquiries.completeOnly("ob", inquiry.id(), Map.of());
        DemoInquiries.completeOnly("a11", inquiry.id(), Map.of("answer", "Erledigt."));

        var detail = as("ob").get("/api/deadlines/" + inquiry.id()).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getString("reference")).isEqualTo(inquiry.reference());
        assertThat(detail.getInt("answered")).isEqualTo(1);
        assertThat(detail.getString("itemDetails[0].state")).isEqualTo("ANSWERED");
        assertThat(detail.getString("itemDetails[0].taskDue")).as("no open task for an answered item").isNull();
        assertThat(detail.getString("itemDetails[1].state")).isEqualTo("IN_PROGRESS");
        assertThat(detail.getString("itemDetails[1].holder")).isEqualTo("A32");
        assertThat(detail.getString("itemDetails[1].taskUnit")).isEqualTo("A32");
        LocalDate taskDue = LocalDate.parse(detail.getString("itemDetails[1].taskDue"));
        assertThat(taskDue).isBefore(LocalDate.parse(detail.getString("dueDate")));
        assertThat(detail.getInt("itemDetails[1].reminders")).isZero();

        as("ob").get("/api/deadlines/" + java.util.UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        as("gruene").get("/api/deadlines/" + inquiry.id()).then().statusCode(403);
    }

    @Test
    void theDrillDownLinksTheObOfficesOwnTasksIntoTasklistAndAdministratorsIntoCockpit() {
        DemoInquiries.Submitted inquiry = DemoInquiries.submit("Verlinkt", "V: D01/ A11");
        Map<String, Object> triage = as("ob").get("/engine-rest/task?processInstanceBusinessKey=" + inquiry.id())
                .then().statusCode(200).extract().jsonPath().getMap("[0]");

        var detail = as("ob").get("/api/deadlines/" + inquiry.id()).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getString("inquiryTasks[0].tasklist")).isEqualTo("/camunda/app/tasklist/default/#/?task=" + triage.get("id"));
        assertThat(detail.getString("cockpit")).as("Cockpit is for administrators").isNull();
        assertThat(as("admin").get("/api/deadlines/" + inquiry.id()).then().statusCode(200).extract().<String>path("cockpit"))
                .isEqualTo("/camunda/app/cockpit/default/#/process-instance/" + triage.get("processInstanceId") + "/runtime");

        DemoInquiries.completeOnly("ob", inquiry.id(), Map.of());
        DemoInquiries.completeOnly("a11", inquiry.id(), Map.of("answer", "Erledigt."));
        var signOff = as("ob").get("/api/deadlines/" + inquiry.id()).then().statusCode(200).extract().jsonPath();
        assertThat(signOff.getString("inquiryTasks[0].unit")).isEqualTo("D01");
        assertThat(signOff.getString("inquiryTasks[0].tasklist")).as("the Dezernat's task is not in the OB office's Tasklist").isNull();
    }

    @Test
    void theDrillDownFindsTheItemOfNestedTasksAndTheUnitOfEveryTask() {
        DemoInquiries.Submitted inquiry = DemoInquiries.submit("Verschachtelt betrachtet",
                "V: D01/ A11// D03/ A32 in Abstimmung mit D05", "V: D04/ A67");
        var before = as("ob").get("/api/deadlines/" + inquiry.id()).then().statusCode(200).extract().jsonPath();
        assertThat(before.getList("inquiryTasks.unit")).containsExactly("OB");
        assertThat(before.getList("itemDetails.taskUnit")).containsOnlyNulls();

        DemoInquiries.completeOnly("ob", inquiry.id(), Map.of());
        var detail = as("ob").get("/api/deadlines/" + inquiry.id()).then().statusCode(200).extract().jsonPath();
        // item 1 waits for a contribution (A32) and a comment (D05), each in its own loop inside the item
        assertThat(detail.getString("itemDetails[0].taskUnit")).isIn("A32", "D05");
        assertThat(detail.getString("itemDetails[0].taskDue")).isNotNull();
        assertThat(detail.getString("itemDetails[1].taskUnit")).isEqualTo("A67");
        assertThat(detail.getList("inquiryTasks")).isEmpty();

        DemoInquiries.completeOnly("a32", inquiry.id(), Map.of("answer", "Beitrag."));
        DemoInquiries.completeOnly("d05", inquiry.id(), Map.of("answer", "Stellungnahme."));
        DemoInquiries.completeOnly("a11", inquiry.id(), Map.of("answer", "Antwort."));
        DemoInquiries.completeOnly("a67", inquiry.id(), Map.of("answer", "Antwort."));
        var signOff = as("ob").get("/api/deadlines/" + inquiry.id()).then().statusCode(200).extract().jsonPath();
        assertThat(signOff.getList("itemDetails.taskUnit")).containsOnlyNulls();
        assertThat(signOff.getList("inquiryTasks.unit")).containsExactlyInAnyOrder("D01", "D03", "D04");
    }

    @Test
    void unknownFiltersWrongValuesAndOtherUsersAreRefusedInGerman() {
        as("ob").get("/api/deadlines?dezernt=D01").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("„dezernt“"));
        as("ob").get("/api/deadlines?dezernat=A11").then().statusCode(400).body("detail", containsString("Filter dezernat"));
        as("ob").get("/api/deadlines?unit=Amt für Zauberei").then().statusCode(400).body("detail", containsString("Organisationsverzeichnis"));
        as("ob").get("/api/deadlines?state=RELEASED").then().statusCode(400).body("detail", containsString("IN_PROGRESS"));
        as("ob").get("/api/deadlines?faction=D01").then().statusCode(400);
        as("gruene").get("/api/deadlines").then().statusCode(403).contentType("application/problem+json");
        as("a11").get("/api/deadlines").then().statusCode(403);
        org.hamcrest.MatcherAssert.assertThat(io.restassured.RestAssured.get("/api/deadlines").statusCode(), org.hamcrest.Matchers.is(401));
    }
}
