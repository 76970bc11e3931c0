package de.ratsanfragen.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.ratsanfragen.ServiceTestSupport;
import de.ratsanfragen.WebappSession;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

/**
 * The inquiry processes scenario by scenario, with the real engine on PostgreSQL, driven through the
 * engine REST API as the demo users of the units (exactly as Tasklist completes tasks).
 */
class InquiryProcessScenarioTest extends ServiceTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;
    @org.springframework.beans.factory.annotation.Autowired
    DeadlineWatch watch;
    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.HistoryService historyService;
    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.ManagementService managementService;

    /** A submitted inquiry: its id (the process's business key) and reference. */
    record Submitted(String id, String reference) {
    }

    static Submitted submit(String... routedItems) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < routedItems.length; i++) {
            String tag = routedItems[i];
            items.append(i == 0 ? "" : ",").append("{\"text\": \"Frage ").append(i + 1).append(" der Fraktion?\"")
                    .append(tag == null ? "" : ", \"routing\": \"" + tag + "\"").append("}");
        }
        JsonPath created = as("gruene").contentType("application/json")
                .body("{\"title\": \"Szenario\", \"items\": [" + items + "]}")
                .post("/api/inquiries").then().statusCode(201).extract().jsonPath();
        return new Submitted(created.getString("id"), created.getString("reference"));
    }

    /** The open tasks of the inquiry that this user can see. */
    static List<Map<String, Object>> tasks(String user, Submitted inquiry) {
        return as(user).get("/engine-rest/task?processInstanceBusinessKey=" + inquiry.id() + "&sortBy=name&sortOrder=asc")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    static Map<String, Object> onlyTask(String user, Submitted inquiry) {
        List<Map<String, Object>> tasks = tasks(user, inquiry);
        assertThat(tasks).as("open tasks of %s", user).hasSize(1);
        return tasks.get(0);
    }

    static Response complete(String user, Map<String, Object> task, Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return as(user).contentType("application/json").body(Map.of("variables", variables))
                .post("/engine-rest/task/" + task.get("id") + "/complete");
    }

    static void triage(Submitted inquiry) {
        complete("ob", onlyTask("ob", inquiry), Map.of()).then().statusCode(204);
    }

    /** Each Dezernat signs off (its demo user is named after its code). */
    static void signOff(Submitted inquiry, String... dezernate) {
        assertThat(state(inquiry)).isEqualTo("IN_SIGN_OFF");
        for (String dezernat : dezernate) {
            Map<String, Object> task = onlyTask(dezernat, inquiry);
            assertThat(task.get("name")).isEqualTo("Antworten mitzeichnen – " + inquiry.reference() + " (" + dezernat.toUpperCase() + ")");
            complete(dezernat, task, Map.of("approved", true)).then().statusCode(204);
        }
    }

    static void approve(Submitted inquiry) {
        complete("ob", onlyTask("ob", inquiry), Map.of("approved", true)).then().statusCode(204);
    }

    static String state(Submitted inquiry) {
        return as("ob").get("/api/inquiries/" + inquiry.id()).then().statusCode(200).extract().path("state");
    }

    @Test
    void oneUnitAnswersAndTheResponseIsReleased() {
        Submitted inquiry = submit("V: D01/ A11");
        assertThat(state(inquiry)).isEqualTo("IN_TRIAGE");
        Map<String, Object> triage = onlyTask("ob", inquiry);
        assertThat(triage.get("name")).isEqualTo("Anfrage prüfen und verteilen – " + inquiry.reference());
        assertThat(tasks("a11", inquiry)).isEmpty();

        triage(inquiry);

        assertThat(state(inquiry)).isEqualTo("IN_PROGRESS");
        Map<String, Object> answer = onlyTask("a11", inquiry);
        assertThat(answer.get("name")).isEqualTo("Frage 1 beantworten – " + inquiry.reference());
        assertThat(answer.get("due")).isNotNull();
        assertThat(answer.get("followUp")).isNotNull();
        assertThat(answer.get("formKey")).isNull();
        assertThat(tasks("a32", inquiry)).isEmpty();
        as("gruene").get("/engine-rest/task?processInstanceBusinessKey=" + inquiry.id()).then().statusCode(403);
        as("gruene").get("/api/inquiries/" + inquiry.id()).then().statusCode(200).body("state", equalTo("IN_PROGRESS"));
        as("ob").get("/api/inquiries/" + inquiry.id()).then().body("dueDate", org.hamcrest.Matchers.notNullValue())
                .body("items[0].state", equalTo("IN_PROGRESS"));

        complete("a11", answer, Map.of("answer", "Es wurden 12 Schulungen angeboten.")).then().statusCode(204);

        signOff(inquiry, "d01");
        assertThat(state(inquiry)).isEqualTo("IN_APPROVAL");
        Map<String, Object> approval = onlyTask("ob", inquiry);
        assertThat(approval.get("name")).isEqualTo("Antwort freigeben – " + inquiry.reference());
        approve(inquiry);

        assertThat(state(inquiry)).isEqualTo("RELEASED");
        as("admin").get("/engine-rest/history/task?processInstanceBusinessKey=" + inquiry.id() + "&taskDefinitionKey=task_answer_item")
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].deleteReason", equalTo("completed"));
        // who did what: every completion is in the user operation log with its user
        List<Map<String, Object>> log = as("admin").get("/engine-rest/history/user-operation?taskId=" + answer.get("id")
                + "&operationType=Complete").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(log).isNotEmpty().allSatisfy(entry -> assertThat(entry.get("userId")).isEqualTo("a11"));
    }

    @Test
    void severalUnitsContributeConsultedUnitsCommentAndTheLeadConsolidates() {
        Submitted inquiry = submit("V: D01/ A11// D03/ A32 in Abstimmung mit D05");
        triage(inquiry);

        assertThat(tasks("a11", inquiry)).as("the lead waits for the others").isEmpty();
        Map<String, Object> contribution = onlyTask("a32", inquiry);
        assertThat(contribution.get("name")).isEqualTo("Beitrag zu Frage 1 – " + inquiry.reference());
        Map<String, Object> comment = onlyTask("d05", inquiry);
        assertThat(comment.get("name")).isEqualTo("Stellungnahme zu Frage 1 – " + inquiry.reference());

        complete("a32", contribution, Map.of()).then().statusCode(400)
                .body("message", equalTo("Bitte einen Beitrag eingeben (Feld „answer“) oder „nicht zuständig“ ankreuzen."));
        complete("a32", contribution, Map.of("answer", "Die Ausländerbehörde hat 27 von 40 Stellen besetzt.")).then().statusCode(204);
        assertThat(tasks("a11", inquiry)).isEmpty();
        complete("d05", comment, Map.of("answer", "x".repeat(20_001))).then().statusCode(400)
                .body("message", equalTo("Die Stellungnahme ist mit 20001 Zeichen zu lang; erlaubt sind 20000."));
        complete("d05", comment, Map.of("answer", "Dezernat 05 stimmt zu.")).then().statusCode(204);

        Map<String, Object> lead = onlyTask("a11", inquiry);
        String contributions = as("a11").get("/engine-rest/task/" + lead.get("id") + "/variables/contributionsText")
                .then().statusCode(200).extract().path("value");
        assertThat(contributions).contains("A32 (Beitrag): Die Ausländerbehörde hat 27 von 40 Stellen besetzt.",
                "D05 (Stellungnahme): Dezernat 05 stimmt zu.");
        complete("a11", lead, Map.of("answer", "Zusammengeführte Antwort.")).then().statusCode(204);

        assertThat(tasks("d05", inquiry)).as("a consulted Dezernat does not sign off").isEmpty();
        signOff(inquiry, "d01", "d03");
        approve(inquiry);
        assertThat(state(inquiry)).isEqualTo("RELEASED");
    }

    @Test
    void aDezernatNamedWithoutUnitsAnswersItself() {
        Submitted inquiry = submit("V: D03// D05");
        triage(inquiry);

        assertThat(tasks("d03", inquiry)).isEmpty();
        complete("d05", onlyTask("d05", inquiry), Map.of("answer", "Beitrag von Dezernat 05.")).then().statusCode(204);
        Map<String, Object> lead = onlyTask("d03", inquiry);
        assertThat(lead.get("name")).isEqualTo("Frage 1 beantworten – " + inquiry.reference());
    }

    @Test
    void aDeclinedItemGoesBackToTheObOfficeAndKeepsWhatWasWritten() {
        Submitted inquiry = submit("V: D01/ A11");
        triage(inquiry);
        Map<String, Object> answer = onlyTask("a11", inquiry);

        complete("a11", answer, Map.of("declined", true)).then().statusCode(400)
                .body("message", containsString("Begründung"));
        assertThat(onlyTask("a11", inquiry).get("id")).as("the task stays open").isEqualTo(answer.get("id"));

        complete("a11", answer, Map.of("declined", true, "declineReason", "Zuständig ist das Amt für Soziales."))
                .then().statusCode(204);

        Map<String, Object> reroute = onlyTask("ob", inquiry);
        assertThat(reroute.get("name")).isEqualTo("Frage 1 neu zuordnen – " + inquiry.reference());
        // the form shows who returned the item and why
        assertThat(as("ob").get("/engine-rest/task/" + reroute.get("id") + "/form-variables?variableNames=declinesText")
                .then().statusCode(200).extract().<String>path("declinesText.value"))
                .isEqualTo("A11: Zuständig ist das Amt für Soziales.");
        complete("ob", reroute, Map.of("routingTag", "V: D05/ Amt für Zauberei")).then().statusCode(400)
                .body("message", containsString("Amt für Zauberei"));
        complete("ob", reroute, Map.of("routingTag", "V: D05/ A50")).then().statusCode(204);

        Map<String, Object> again = onlyTask("a50", inquiry);
        String history = as("a50").get("/engine-rest/task/" + again.get("id") + "/variables/contributionsText")
                .then().statusCode(200).extract().path("value");
        assertThat(history).contains("A11 (Antwort): nicht zuständig – Zuständig ist das Amt für Soziales.");
        assertThat(tasks("a11", inquiry)).isEmpty();
    }

    @Test
    void aContributorsDeclineReachesTheObOfficeOnlyAfterTheConsultedCommentAndNothingIsLost() {
        Submitted inquiry = submit("V: D01/ A11// D03/ A32 in Abstimmung mit D05");
        triage(inquiry);
        complete("a32", onlyTask("a32", inquiry), Map.of("declined", true, "declineReason", "Keine Ausländerbehörde-Sache."))
                .then().statusCode(204);
        assertThat(tasks("ob", inquiry)).as("the consulted Dezernat still comments first").isEmpty();
        complete("d05", onlyTask("d05", inquiry), Map.of("answer", "Dezernat 05 rät zu Amt 50.")).then().statusCode(204);

        assertThat(tasks("a11", inquiry)).as("a declined item does not reach the lead").isEmpty();
        Map<String, Object> reroute = onlyTask("ob", inquiry);
        assertThat(as("ob").get("/engine-rest/task/" + reroute.get("id") + "/variables/declinesText").then().statusCode(200)
                .extract().<String>path("value")).isEqualTo("A32: Keine Ausländerbehörde-Sache.");
        complete("ob", reroute, Map.of("routingTag", "V: D01/ A11 in Abstimmung mit D05")).then().statusCode(204);

        // the consulted Dezernat declines this time: its reason is kept next to its earlier comment
        complete("d05", onlyTask("d05", inquiry), Map.of("declined", true, "declineReason", "Nicht mehr betroffen.")).then()
                .statusCode(204);
        Map<String, Object> second = onlyTask("ob", inquiry);
        assertThat(as("ob").get("/engine-rest/task/" + second.get("id") + "/variables/declinesText").then().statusCode(200)
                .extract().<String>path("value")).contains("A32: Keine Ausländerbehörde-Sache.", "D05: Nicht mehr betroffen.");
        complete("ob", second, Map.of("routingTag", "V: D01/ A11")).then().statusCode(204);
        Map<String, Object> lead = onlyTask("a11", inquiry);
        String written = as("a11").get("/engine-rest/task/" + lead.get("id") + "/variables/contributionsText")
                .then().statusCode(200).extract().path("value");
        assertThat(written).contains("A32 (Beitrag): nicht zuständig – Keine Ausländerbehörde-Sache.",
                "D05 (Stellungnahme): Dezernat 05 rät zu Amt 50.", "D05 (Stellungnahme): nicht zuständig – Nicht mehr betroffen.");
        complete("a11", lead, Map.of("answer", "Antwort von Amt 11.")).then().statusCode(204);
        assertThat(tasks("d01", inquiry)).hasSize(1);
    }

    @Test
    void triageCannotFinishWhileAnItemHasNoRouting() {
        Submitted inquiry = submit("V: D01/ A11", null, null);
        Map<String, Object> triage = onlyTask("ob", inquiry);

        complete("ob", triage, Map.of()).then().statusCode(400)
                .body("message", containsString("Frage 2, Frage 3"));
        as("ob").contentType("application/json").body("{\"tag\": \"V: D05/ A50\"}")
                .put("/api/inquiries/" + inquiry.id() + "/items/2/routing").then().statusCode(200)
                .body("lead", equalTo("A50"));
        complete("ob", triage, Map.of("routingChanges", "3: V: D01/ Zauberei")).then().statusCode(400)
                .body("message", containsString("Frage 3"));
        complete("ob", triage, Map.of("routingChanges", "3: V: D01/ A17")).then().statusCode(204);

        assertThat(tasks("a50", inquiry)).hasSize(1);
        assertThat(tasks("a17", inquiry)).hasSize(1);
        assertThat(tasks("a11", inquiry)).hasSize(1);

        // once distributed, a correction by hand routes the open item anew (issue 13): its task moves with it
        as("ob").contentType("application/json").body("{\"tag\": \"V: D03/ A32\"}")
                .put("/api/inquiries/" + inquiry.id() + "/items/2/routing").then().statusCode(200)
                .body("lead", equalTo("A32"));
        assertThat(tasks("a50", inquiry)).isEmpty();
        assertThat(as("ob").get("/api/inquiries/" + inquiry.id()).then().extract().<String>path("items[1].routing.lead"))
                .isEqualTo("A32");

        // a declined item is re-routed through the API as in its Tasklist task, which the call completes
        complete("a32", onlyTask("a32", inquiry), Map.of("declined", true, "declineReason", "Sache des Ausländeramts."))
                .then().statusCode(204);
        assertThat(onlyTask("ob", inquiry).get("taskDefinitionKey")).isEqualTo(InquiryProcess.TASK_REROUTE);
        as("ob").contentType("application/json").body("{\"tag\": \"V: D05/ Zauberei\"}")
                .put("/api/inquiries/" + inquiry.id() + "/items/2/routing").then().statusCode(400)
                .contentType("application/problem+json");
        assertThat(onlyTask("ob", inquiry).get("taskDefinitionKey")).as("a refused tag leaves the task open")
                .isEqualTo(InquiryProcess.TASK_REROUTE);
        as("ob").contentType("application/json").body("{\"tag\": \"V: D05/ A50\"}")
                .put("/api/inquiries/" + inquiry.id() + "/items/2/routing").then().statusCode(200)
                .body("lead", equalTo("A50"));
        assertThat(tasks("ob", inquiry)).isEmpty();
        assertThat(onlyTask("a50", inquiry).get("name")).isEqualTo("Frage 2 beantworten – " + inquiry.reference());
    }

    @Test
    void aDeadlineBeforeTheReceiptIsRefusedInTriage() {
        Submitted inquiry = submit("V: D01/ A11");
        Map<String, Object> triage = onlyTask("ob", inquiry);

        complete("ob", triage, Map.of("explicitDueDate", "01.01.2020")).then().statusCode(400)
                .body("message", containsString("01.01.2020"));
        complete("ob", triage, Map.of("explicitDueDate", "30.02.2030")).then().statusCode(400)
                .body("message", containsString("kein Datum"));
        assertThat(onlyTask("ob", inquiry).get("id")).isEqualTo(triage.get("id"));
        assertThat(state(inquiry)).isEqualTo("IN_TRIAGE");
    }

    @Test
    void aDeadlineThatHasPassedIsRefusedInTriage() {
        Submitted inquiry = submit("V: D01/ A11");
        Map<String, Object> triage = onlyTask("ob", inquiry);
        LocalDate received = LocalDate.parse(as("ob").get("/api/inquiries/" + inquiry.id()).then().extract()
                .<String>path("receivedAt").substring(0, 10));
        // the OB office triages late: a month after receipt, a date ten days after receipt has passed
        ClockUtil.setCurrentTime(Date.from(received.plusDays(30).atTime(9, 0).atZone(java.time.ZoneId.of("Europe/Berlin")).toInstant()));
        try {
            String passed = received.plusDays(10).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
            complete("ob", triage, Map.of("explicitDueDate", passed)).then().statusCode(400)
                    .body("message", containsString("Vergangenheit"));
            assertThat(state(inquiry)).isEqualTo("IN_TRIAGE");
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void theInquiryTypeChosenInTriageSetsThePeriod() {
        Submitted inquiry = submit("V: D01/ A11");
        Map<String, Object> triage = onlyTask("ob", inquiry);
        String types = as("ob").get("/engine-rest/task/" + triage.get("id") + "/variables/inquiryTypesText")
                .then().statusCode(200).extract().path("value");
        assertThat(types).contains("GROSSE_ANFRAGE: 8 Wochen", "ANFRAGE: 2 Wochen (ohne Angabe)");
        complete("ob", triage, Map.of("inquiryType", "Eilanfrage")).then().statusCode(400)
                .body("message", containsString("„Eilanfrage“"));
        assertThat(state(inquiry)).isEqualTo("IN_TRIAGE");

        complete("ob", triage, Map.of("inquiryType", "grosse-anfrage")).then().statusCode(204);
        LocalDate received = LocalDate.parse(as("ob").get("/api/inquiries/" + inquiry.id()).then().extract()
                .<String>path("receivedAt").substring(0, 10));
        LocalDate due = LocalDate.parse(as("ob").get("/api/inquiries/" + inquiry.id()).then().extract().path("dueDate"));
        // eight weeks, moved to the next working day at most over a long holiday weekend
        assertThat(due).isBetween(received.plusWeeks(8), received.plusWeeks(8).plusDays(4));
    }

    @Test
    void aFactionWithdrawsItsInquiryBeforeReleaseAndEveryTaskEnds() {
        Submitted inquiry = submit("V: D01/ A11", "V: D03/ A32");
        triage(inquiry);
        complete("a11", onlyTask("a11", inquiry), Map.of("answer", "Schon beantwortet.")).then().statusCode(204);
        String path = "/api/inquiries/" + inquiry.id() + "/withdraw";

        as("linke").post(path).then().statusCode(404).contentType("application/problem+json");
        as("a32").post(path).then().statusCode(404);
        assertThat(tasks("a32", inquiry)).hasSize(1);

        as("gruene").post(path).then().statusCode(200).body("state", equalTo("WITHDRAWN"));
        as("ob").get("/api/inquiries/" + inquiry.id()).then().statusCode(200)
                .body("items.state", org.hamcrest.Matchers.everyItem(equalTo("WITHDRAWN")));
        assertThat(tasks("a32", inquiry)).isEmpty();
        assertThat(tasks("d01", inquiry)).isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(inquiry.id()).count()).isZero();
        as("gruene").post(path).then().statusCode(409).body("detail", containsString("bereits zurückgezogen"));
        as("ob").contentType("application/json").body("{\"dueDate\": \"2099-01-05\", \"reason\": \"x\"}")
                .post("/api/inquiries/" + inquiry.id() + "/deadline").then().statusCode(409);

        Submitted released = submit("V: D04/ A67");
        triage(released);
        complete("a67", onlyTask("a67", released), Map.of("answer", "Antwort.")).then().statusCode(204);
        signOff(released, "d04");
        approve(released);
        as("gruene").post("/api/inquiries/" + released.id() + "/withdraw").then().statusCode(409)
                .body("detail", containsString("bereits beantwortet"));
    }

    @Test
    void aLateTriageAndALateReRoutingGiveTheUnitsDatesAhead() {
        Submitted inquiry = submit("V: D01/ A11");
        LocalDate received = LocalDate.parse(as("ob").get("/api/inquiries/" + inquiry.id()).then().extract()
                .<String>path("receivedAt").substring(0, 10));
        // Erfurt: two weeks; the answers would be due a week before the end, but the OB office triages ten days late
        OffsetDateTime late = received.plusDays(10).atTime(9, 0).atZone(java.time.ZoneId.of("Europe/Berlin")).toOffsetDateTime();
        try {
            ClockUtil.setCurrentTime(Date.from(late.toInstant()));
            triage(inquiry);
            LocalDate finalDue = LocalDate.parse(as("ob").get("/api/inquiries/" + inquiry.id()).then().extract().<String>path("dueDate"));
            Map<String, Object> answer = onlyTask("a11", inquiry);
            assertThat(due(answer)).as("not overdue the moment it exists").isAfter(late);
            assertThat(due(answer).toLocalDate()).isBeforeOrEqualTo(finalDue);

            // a day later the unit declines: re-routing and the new unit's task lie ahead as well
            OffsetDateTime later = late.plusDays(1);
            ClockUtil.setCurrentTime(Date.from(later.toInstant()));
            complete("a11", answer, Map.of("declined", true, "declineReason", "Amt 50 ist zuständig.")).then().statusCode(204);
            Map<String, Object> reroute = onlyTask("ob", inquiry);
            assertThat(due(reroute)).isAfter(later);
            complete("ob", reroute, Map.of("routingTag", "V: D05/ A50")).then().statusCode(204);
            Map<String, Object> again = onlyTask("a50", inquiry);
            assertThat(due(again)).isAfter(later);
            assertThat(due(again).toLocalDate()).isBeforeOrEqualTo(finalDue);
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void historyKeepsEveryAnswerButNotTheLoopCounters() {
        Submitted inquiry = submit("V: D01/ A11", "V: D01/ A17");
        triage(inquiry);
        complete("a11", onlyTask("a11", inquiry), Map.of("answer", "Antwort für die Akte.")).then().statusCode(204);
        String processInstance = runtimeService.createProcessInstanceQuery().processDefinitionKey(InquiryProcess.KEY)
                .processInstanceBusinessKey(inquiry.id()).singleResult().getId();

        // the engine's multi-instance counters, which engine.QuietLoopCounterHistory keeps out of the history
        Set<String> loopCounters = Set.of("nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances", "loopCounter");
        var history = historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstance).list();
        assertThat(history).extracting(variable -> variable.getName()).contains("answer", "itemText", "lead")
                .doesNotContainAnyElementsOf(loopCounters);
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(processInstance).variableUpdates().list())
                .as("every value a user entered stays in the history")
                .anySatisfy(detail -> assertThat(((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getValue())
                        .isEqualTo("Antwort für die Akte."))
                .noneSatisfy(detail -> assertThat(loopCounters)
                        .contains(((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getVariableName()));
        assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(processInstance)
                .variableName("nrOfCompletedInstances").list())
                .as("the engine still counts at run time").extracting(variable -> variable.getValue()).contains(1);
    }

    @Test
    void aDeadlineOnASaturdayMovesToMonday() {
        Submitted inquiry = submit("V: D01/ A11");
        // Saturday, 9 January 2027
        complete("ob", onlyTask("ob", inquiry), Map.of("explicitDueDate", "09.01.2027")).then().statusCode(204);
        as("ob").get("/api/inquiries/" + inquiry.id()).then().body("dueDate", equalTo("2027-01-11"));
    }

    @Test
    void onlyTheObOfficeRoutesItems() {
        Submitted inquiry = submit((String) null);
        as("a11").contentType("application/json").body("{\"tag\": \"V: D01/ A11\"}")
                .put("/api/inquiries/" + inquiry.id() + "/items/1/routing").then().statusCode(403)
                .contentType("application/problem+json");
        as("ob").contentType("application/json").body("{\"tag\": \"V: D01/ A11\"}")
                .put("/api/inquiries/" + inquiry.id() + "/items/9/routing").then().statusCode(404);
        as("ob").contentType("application/json").body("{\"tag\": \"V:\"}")
                .put("/api/inquiries/" + inquiry.id() + "/items/1/routing").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("nennt keine Einheit"));
    }

    @Test
    void aUnitCannotCompleteAnotherUnitsTask() {
        Submitted inquiry = submit("V: D01/ A11");
        triage(inquiry);
        Map<String, Object> answer = onlyTask("a11", inquiry);

        complete("a32", answer, Map.of("answer", "Fremde Antwort.")).then().statusCode(403);
        complete("gruene", answer, Map.of("answer", "Fremde Antwort.")).then().statusCode(403);
        assertThat(onlyTask("a11", inquiry).get("id")).isEqualTo(answer.get("id"));
    }

    @Test
    void anAnswerMustBeGivenAndFitTheLimit() {
        Submitted inquiry = submit("V: D01/ A11");
        triage(inquiry);
        Map<String, Object> answer = onlyTask("a11", inquiry);

        complete("a11", answer, Map.of()).then().statusCode(400).contentType("application/json")
                .body("type", equalTo("TaskCompletionRefused"))
                .body("message", equalTo("Bitte eine Antwort eingeben (Feld „answer“) oder „nicht zuständig“ ankreuzen."));
        as("a11").contentType("application/json").body(Map.of("variables", Map.of()))
                .post("/engine-rest/task/" + answer.get("id") + "/submit-form").then().statusCode(400)
                .body("message", containsString("Bitte eine Antwort eingeben"));
        complete("a11", answer, Map.of("answer", "x".repeat(InquiryProcess.MAX_ANSWER_LENGTH + 1))).then().statusCode(400)
                .body("message", containsString("zu lang"));
        assertThat(onlyTask("a11", inquiry).get("id")).isEqualTo(answer.get("id"));

        // far beyond Camunda's usual 4000 characters for a string variable, within the service's limit
        String longAnswer = "Die Verwaltung antwortet ausführlich. ".repeat(400);
        assertThat(longAnswer.length()).isGreaterThan(15_000).isLessThan(InquiryProcess.MAX_ANSWER_LENGTH);
        complete("a11", answer, Map.of("answer", longAnswer)).then().statusCode(204);
        assertThat(onlyTask("d01", inquiry).get("name")).isEqualTo("Antworten mitzeichnen – " + inquiry.reference() + " (D01)");
    }

    @Test
    void theObOfficeSendsAnItemBackWithAComment() {
        Submitted inquiry = submit("V: D01/ A11", "V: D03/ A32");
        triage(inquiry);
        complete("a11", onlyTask("a11", inquiry), Map.of("answer", "Erste Fassung.")).then().statusCode(204);
        complete("a32", onlyTask("a32", inquiry), Map.of("answer", "Antwort der ABH.")).then().statusCode(204);
        signOff(inquiry, "d01", "d03");
        Map<String, Object> approval = onlyTask("ob", inquiry);

        complete("ob", approval, Map.of("approved", false, "returnItems", "1")).then().statusCode(400)
                .body("message", containsString("Kommentar"));
        complete("ob", approval, Map.of("approved", false, "returnItems", "7", "comment", "Bitte Zahlen nennen.")).then()
                .statusCode(400).body("message", containsString("Frage 7"));
        complete("ob", approval, Map.of("approved", false, "returnItems", "1", "comment", "Bitte Zahlen nennen.")).then()
                .statusCode(204);

        assertThat(state(inquiry)).isEqualTo("IN_PROGRESS");
        assertThat(tasks("a32", inquiry)).isEmpty();
        Map<String, Object> rework = onlyTask("a11", inquiry);
        String comment = as("a11").get("/engine-rest/task/" + rework.get("id") + "/variables/reworkComment")
                .then().statusCode(200).extract().path("value");
        assertThat(comment).as("who sent it back, and why").isEqualTo("OB: Bitte Zahlen nennen.");
        complete("a11", rework, Map.of("answer", "Zweite Fassung mit Zahlen.")).then().statusCode(204);

        // only the Dezernat of the returned item signs off again
        signOff(inquiry, "d01");
        assertThat(tasks("d03", inquiry)).isEmpty();
        approve(inquiry);
        assertThat(state(inquiry)).isEqualTo("RELEASED");
    }

    @Test
    void aDezernatSendsAnItemBackToItsUnitUntilItSignsOff() {
        Submitted inquiry = submit("V: D01/ A11", "V: D01/ A17");
        triage(inquiry);
        complete("a11", onlyTask("a11", inquiry), Map.of("answer", "Knapp.")).then().statusCode(204);
        complete("a17", onlyTask("a17", inquiry), Map.of("answer", "Antwort von Amt 17.")).then().statusCode(204);
        Map<String, Object> signOff = onlyTask("d01", inquiry);
        String overview = as("d01").get("/engine-rest/task/" + signOff.get("id") + "/variables/signOffOverview")
                .then().statusCode(200).extract().path("value");
        assertThat(overview).contains("Frage 1", "Antwort (D01/A11): Knapp.", "Frage 2", "Antwort (D01/A17): Antwort von Amt 17.");

        complete("d01", signOff, Map.of("approved", false, "returnItems", "1")).then().statusCode(400)
                .body("message", containsString("Kommentar"));
        complete("d01", signOff, Map.of("approved", false, "returnItems", "1", "comment", "Bitte ausführlicher."))
                .then().statusCode(204);

        assertThat(tasks("a17", inquiry)).isEmpty();
        Map<String, Object> rework = onlyTask("a11", inquiry);
        assertThat(as("a11").get("/engine-rest/task/" + rework.get("id") + "/variables/reworkComment").then().statusCode(200)
                .extract().<String>path("value")).isEqualTo("D01: Bitte ausführlicher.");
        complete("a11", rework, Map.of("answer", "Ausführliche Antwort.")).then().statusCode(204);

        Map<String, Object> again = onlyTask("d01", inquiry);
        String updated = as("d01").get("/engine-rest/task/" + again.get("id") + "/variables/signOffOverview")
                .then().statusCode(200).extract().path("value");
        assertThat(updated).contains("Antwort (D01/A11): Ausführliche Antwort.");
        complete("d01", again, Map.of("approved", true)).then().statusCode(204);
        assertThat(state(inquiry)).isEqualTo("IN_APPROVAL");
    }

    @Test
    void anItemOfTwoDezernateSentBackByBothIsReworkedOnceAndBothSignItOffAgain() {
        Submitted inquiry = submit("V: D01/ A11// D03/ A32", "V: D03/ A32");
        as("ob").get("/api/inquiries/" + inquiry.id()).then().body("items[0].state", equalTo("IN_TRIAGE"))
                .body("items[0].holder", equalTo("OB"));
        triage(inquiry);
        Map<String, Object> contribution = tasks("a32", inquiry).stream()
                .filter(task -> task.get("taskDefinitionKey").equals(InquiryProcess.TASK_CONTRIBUTE)).findFirst().orElseThrow();
        complete("a32", contribution, Map.of("answer", "Beitrag der ABH.")).then().statusCode(204);
        complete("a32", onlyTask("a32", inquiry), Map.of("answer", "Antwort zu Frage 2.")).then().statusCode(204);
        complete("a11", onlyTask("a11", inquiry), Map.of("answer", "Gemeinsame Antwort.")).then().statusCode(204);

        as("ob").get("/api/inquiries/" + inquiry.id()).then().body("items[0].state", equalTo("IN_SIGN_OFF"))
                .body("items[0].holder", equalTo("D01, D03")).body("items[1].holder", equalTo("D03"));
        complete("d01", onlyTask("d01", inquiry), Map.of("approved", "ja")).then().statusCode(400)
                .body("message", containsString("Ja/Nein-Feld"));
        complete("d01", onlyTask("d01", inquiry), Map.of("approved", false, "returnItems", "1", "comment", "Rechtslage ergänzen."))
                .then().statusCode(204);
        assertThat(tasks("a11", inquiry)).as("no rework while D03 has not decided").isEmpty();
        assertThat(state(inquiry)).isEqualTo("IN_SIGN_OFF");
        complete("d03", onlyTask("d03", inquiry), Map.of("approved", false, "returnItems", "1", "comment", "Fallzahlen fehlen."))
                .then().statusCode(204);

        assertThat(state(inquiry)).isEqualTo("IN_PROGRESS");
        as("ob").get("/api/inquiries/" + inquiry.id()).then().body("items[0].state", equalTo("IN_PROGRESS"))
                .body("items[1].state", equalTo("SIGNED_OFF"));
        Map<String, Object> again = onlyTask("a32", inquiry);
        assertThat(again.get("taskDefinitionKey")).as("item 1 once: one contribution, item 2 stays signed off")
                .isEqualTo(InquiryProcess.TASK_CONTRIBUTE);
        String comments = as("a32").get("/engine-rest/task/" + again.get("id") + "/variables/reworkComment")
                .then().statusCode(200).extract().path("value");
        assertThat(comments).isEqualTo("D01: Rechtslage ergänzen.\nD03: Fallzahlen fehlen.");
        complete("a32", again, Map.of("answer", "Fallzahlen 2024: 118.")).then().statusCode(204);
        complete("a11", onlyTask("a11", inquiry), Map.of("answer", "Gemeinsame Antwort mit Rechtslage und Fallzahlen."))
                .then().statusCode(204);

        Map<String, Object> d03 = onlyTask("d03", inquiry);
        String overview = as("d03").get("/engine-rest/task/" + d03.get("id") + "/variables/signOffOverview")
                .then().statusCode(200).extract().path("value");
        assertThat(overview).contains("Frage 1", "Antwort (D01/A11, D03/A32): Gemeinsame Antwort mit Rechtslage und Fallzahlen.")
                .doesNotContain("Frage 2");
        complete("d03", d03, Map.of("approved", true)).then().statusCode(204);
        assertThat(state(inquiry)).as("D01 signs the reworked answer too").isEqualTo("IN_SIGN_OFF");
        complete("d01", onlyTask("d01", inquiry), Map.of("approved", true)).then().statusCode(204);
        assertThat(state(inquiry)).isEqualTo("IN_APPROVAL");
        as("ob").get("/api/inquiries/" + inquiry.id()).then()
                .body("items.state", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("IN_APPROVAL")));
        approve(inquiry);
        as("ob").get("/api/inquiries/" + inquiry.id()).then()
                .body("items.state", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("RELEASED")));
    }

    @Test
    void tasklistShowsARefusedCompletionAsBadRequestWithTheGermanMessage() {
        Submitted inquiry = submit("V: D01/ A11");
        triage(inquiry);
        Map<String, Object> answer = onlyTask("a11", inquiry);
        WebappSession tasklist = WebappSession.login("tasklist", "a11", DEMO_PASSWORD);
        tasklist.login().then().statusCode(200);
        tasklist = tasklist.readyForChanges();
        String submitForm = "/camunda/api/engine/engine/default/task/" + answer.get("id") + "/submit-form";

        tasklist.request().contentType("application/json").body(Map.of("variables", Map.of()))
                .post(submitForm).then().statusCode(400).contentType("application/json")
                .body("type", equalTo("TaskCompletionRefused"))
                .body("message", equalTo("Bitte eine Antwort eingeben (Feld „answer“) oder „nicht zuständig“ ankreuzen."));

        assertThat(onlyTask("a11", inquiry).get("id")).as("the task stays open").isEqualTo(answer.get("id"));
        as("ob").get("/api/inquiries/" + inquiry.id()).then().statusCode(200)
                .body("state", equalTo("IN_PROGRESS"))
                .body("items[0].state", equalTo("IN_PROGRESS"));

        tasklist.request().contentType("application/json")
                .body(Map.of("variables", Map.of("answer", Map.of("value", "Antwort aus Tasklist.", "type", "String"))))
                .post(submitForm).then().statusCode(204);
        assertThat(state(inquiry)).isEqualTo("IN_SIGN_OFF");
    }

    @Test
    void aCompletionSetsOnlyTheFieldsOfItsForm() {
        Submitted other = submit("V: D03/ A32");
        triage(other);
        Submitted inquiry = submit("V: D01/ A11");
        triage(inquiry);
        Map<String, Object> answer = onlyTask("a11", inquiry);

        Map<String, Object> forged = new LinkedHashMap<>();
        forged.put("answer", "Antwort für eine fremde Frage.");
        forged.put("inquiryId", other.id());
        complete("a11", answer, forged).then().statusCode(400)
                .body("type", equalTo("TaskCompletionRefused"))
                .body("message", equalTo("Diese Aufgabe nimmt nur die Felder answer, proposedStatus, declined, declineReason entgegen, nicht inquiryId."));
        WebappSession tasklist = WebappSession.login("tasklist", "a11", DEMO_PASSWORD).readyForChanges();
        tasklist.request().contentType("application/json")
                .body(Map.of("variables", Map.of("answer", Map.of("value", "Antwort.", "type", "String"),
                        "lead", Map.of("value", "A32", "type", "String"))))
                .post("/camunda/api/engine/engine/default/task/" + answer.get("id") + "/submit-form")
                .then().statusCode(400).body("message", containsString("nicht lead"));
        // nor around the form: a department does not set a task's variables directly
        as("a11").contentType("application/json").body(Map.of("value", other.id(), "type", "String"))
                .put("/engine-rest/task/" + answer.get("id") + "/variables/inquiryId").then().statusCode(403);
        as("a11").contentType("application/json")
                .body(Map.of("modifications", Map.of("obOffice", Map.of("value", "A11", "type", "String"))))
                .post("/engine-rest/task/" + answer.get("id") + "/localVariables").then().statusCode(403);
        as("a11").contentType("application/json").body(Map.of("value", "A11", "type", "String"))
                .put("/engine-rest/process-instance/" + answer.get("processInstanceId") + "/variables/obOffice").then().statusCode(403);

        assertThat(onlyTask("a11", inquiry).get("id")).as("the task stays open").isEqualTo(answer.get("id"));
        assertThat(tasks("a32", other)).as("the other inquiry's item is still A32's").hasSize(1);
        as("ob").get("/api/inquiries/" + other.id()).then().statusCode(200).body("items[0].state", equalTo("IN_PROGRESS"));

        complete("a11", answer, Map.of("answer", "Es wurden 12 Schulungen angeboten.")).then().statusCode(204);
        Map<String, Object> signOff = onlyTask("d01", inquiry);
        complete("d01", signOff, Map.of("approved", true, "obOffice", "D01")).then().statusCode(400)
                .body("message", containsString("nicht obOffice"));
        assertThat(state(inquiry)).isEqualTo("IN_SIGN_OFF");
        signOff(inquiry, "d01");
        assertThat(tasks("d01", inquiry)).as("approval stays with the OB office").isEmpty();
        assertThat(onlyTask("ob", inquiry).get("taskDefinitionKey")).isEqualTo("task_approve");
    }

    @Test
    void itemsSentBackGetDatesAheadNotTheFirstRoundsPassedOnes() {
        Submitted inquiry = submit("V: D01/ A11");
        triage(inquiry);
        Map<String, Object> answer = onlyTask("a11", inquiry);
        OffsetDateTime firstRoundDue = due(answer);
        LocalDate finalDue = LocalDate.parse(as("ob").get("/api/inquiries/" + inquiry.id()).then().extract().<String>path("dueDate"));
        OffsetDateTime today = firstRoundDue.plusDays(1);
        try {
            // the answer comes late: the first round's answer date has passed and the watch saw it
            ClockUtil.setCurrentTime(Date.from(today.toInstant()));
            watch.watch();
            runtimeService.createProcessInstanceQuery().processDefinitionKey(InquiryProcess.NOTICE_KEY)
                    .processInstanceBusinessKey(inquiry.id()).list()
                    .forEach(notice -> managementService.createJobQuery().processInstanceId(notice.getId()).list()
                            .forEach(job -> managementService.executeJob(job.getId())));
            as("ob").get("/api/inquiries/" + inquiry.id()).then().body("items[0].overdue", equalTo(true));
            complete("a11", answer, Map.of("answer", "Knapp.")).then().statusCode(204);
            complete("d01", onlyTask("d01", inquiry), Map.of("approved", false, "returnItems", "1", "comment", "Bitte ausführlicher."))
                    .then().statusCode(204);

            Map<String, Object> rework = onlyTask("a11", inquiry);
            as("ob").get("/api/inquiries/" + inquiry.id()).then().body("items[0].overdue", equalTo(false));
            assertThat(due(rework)).isAfter(today);
            assertThat(due(rework).toLocalDate()).isBeforeOrEqualTo(finalDue);
            assertThat(OffsetDateTime.parse((String) rework.get("followUp"), TASK_DATE)).isAfterOrEqualTo(today);
            complete("a11", rework, Map.of("answer", "Ausführliche Antwort.")).then().statusCode(204);

            Map<String, Object> signOffAgain = onlyTask("d01", inquiry);
            assertThat(due(signOffAgain)).isAfterOrEqualTo(due(rework));
            assertThat(due(signOffAgain).toLocalDate()).isBeforeOrEqualTo(finalDue);
        } finally {
            ClockUtil.reset();
        }
    }

    private static final DateTimeFormatter TASK_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private static OffsetDateTime due(Map<String, Object> task) {
        return OffsetDateTime.parse((String) task.get("due"), TASK_DATE);
    }
}
