package de.ratsanfragen.workflow;

import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.complete;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import de.ratsanfragen.SeedFiles;
import de.ratsanfragen.ServiceTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The Erfurt inquiry from upload to release: the OB office routes its three untagged items in triage,
 * then every task is completed through the engine REST API as the demo user of the unit it belongs
 * to, until the response is released.
 */
class ErfurtSeedEndToEndTest extends ServiceTestSupport {

    @Test
    void theErfurtInquiryIsAnsweredSignedOffApprovedAndReleased() {
        String id = as("gruene").multiPart("file", SeedFiles.ERFURT_INQUIRY, SeedFiles.seed(SeedFiles.ERFURT_INQUIRY), "text/plain")
                .post("/api/inquiries").then().statusCode(201).extract().path("id");
        InquiryProcessScenarioTest.Submitted inquiry = new InquiryProcessScenarioTest.Submitted(id, null);

        Map<String, Object> triage = InquiryProcessScenarioTest.onlyTask("ob", inquiry);
        // the triage form shows every item, the seed's last one too (no cut at Camunda's 4000 characters)
        List<Map<String, Object>> items = as("ob").get("/api/inquiries/" + id).then().statusCode(200)
                .extract().jsonPath().getList("items");
        Map<String, Object> last = items.get(items.size() - 1);
        String overview = as("ob").get("/engine-rest/task/" + triage.get("id") + "/form-variables?variableNames=itemsOverview")
                .then().statusCode(200).extract().path("itemsOverview.value");
        assertThat(overview).hasSizeGreaterThan(4000)
                .contains("Frage " + last.get("number") + " – ")
                .contains((String) last.get("text"));
        complete("ob", triage, Map.of("routingChanges", "40: V: D01/ A17\n50: V: D03/ A53\n51: V: D03/ A53")).then()
                .statusCode(204);

        // a unit finds a measure's status changed: its answer proposes the correction (checked first)
        Map<String, Object> reviewed = items.stream()
                .filter(item -> !((List<?>) item.get("measureRefs")).isEmpty() && item.get("routing") != null
                        && ((List<?>) ((Map<?, ?>) item.get("routing")).get("consulted")).isEmpty()
                        && ((List<?>) ((Map<?, ?>) item.get("routing")).get("assignments")).size() == 1)
                .findFirst().orElseThrow();
        Map<String, Object> plain = items.stream().filter(item -> ((List<?>) item.get("measureRefs")).isEmpty()).findFirst().orElseThrow();
        String reviewedName = "Frage " + reviewed.get("number") + " beantworten";
        String plainName = "Frage " + plain.get("number") + " beantworten";

        Map<String, Integer> completedBy = new HashMap<>();
        Set<String> kinds = new TreeSet<>();
        for (int round = 0; round < 20; round++) {
            List<Map<String, Object>> open = as("admin").get("/engine-rest/task?processInstanceBusinessKey=" + id)
                    .then().statusCode(200).extract().jsonPath().getList("$");
            if (open.isEmpty()) {
                break;
            }
            for (Map<String, Object> task : open) {
                String group = as("admin").get("/engine-rest/task/" + task.get("id") + "/identity-links?type=candidate")
                        .then().statusCode(200).extract().jsonPath().getString("[0].groupId");
                String user = group.toLowerCase();
                String kind = (String) task.get("taskDefinitionKey");
                kinds.add(kind);
                Map<String, Object> values = kind.equals("task_sign_off") || kind.equals("task_approve")
                        ? Map.of("approved", true)
                        : Map.of("answer", "Antwort von " + group + " zu „" + task.get("name") + "“.");
                String name = (String) task.get("name");
                if (name.startsWith(reviewedName + " ")) {
                    complete(user, task, Map.of("answer", "Geprüft.", "proposedStatus", "ERLEDIGT")).then().statusCode(400)
                            .body("message", org.hamcrest.Matchers.containsString("kein Umsetzungsstand"));
                    values = Map.of("answer", "Die Maßnahme ist inzwischen vollständig umgesetzt.", "proposedStatus", "FULFILLED");
                } else if (name.startsWith(plainName + " ")) {
                    complete(user, task, Map.of("answer", "Geprüft.", "proposedStatus", "FULFILLED")).then().statusCode(400)
                            .body("message", org.hamcrest.Matchers.containsString("bezieht sich auf keine Maßnahme"));
                }
                complete(user, task, values).then().statusCode(204);
                completedBy.merge(user, 1, Integer::sum);
            }
        }

        assertThat(as("gruene").get("/api/inquiries/" + id).then().statusCode(200).extract().<String>path("state"))
                .isEqualTo("RELEASED");
        assertThat(kinds).contains("task_answer_item", "task_contribute", "task_comment", "task_sign_off", "task_approve");
        // every unit the seed's tags name worked on it; D05 commented on item 53 ("in Abstimmung mit D05")
        assertThat(completedBy.keySet()).contains("bmi", "a11", "a17", "a32", "a40", "a50", "a51", "a53", "a67", "d01",
                "d03", "d05", "ob");
        // the OB office: its comment on item 54 ("in Absprache mit Leiterin Bereich OB") and the approval
        assertThat(completedBy.get("ob")).isEqualTo(2);

        // the release put the correction into the measure's history; the response shows both statuses
        String evaluation = as("ob").get("/api/inquiries/" + id).then().extract().path("evaluationId");
        String reference = as("ob").get("/api/inquiries/" + id).then().extract().path("reference");
        String code = (String) ((List<?>) reviewed.get("measureRefs")).get(0);
        var measure = as("gruene").get("/api/evaluations/" + evaluation + "/measures/" + code).then().statusCode(200)
                .extract().jsonPath();
        assertThat(measure.getString("statusHistory[0].oldStatus")).isEqualTo(measure.getString("measure.status"));
        assertThat(measure.getString("statusHistory[0].newStatus")).isEqualTo("FULFILLED");
        assertThat(measure.getString("statusHistory[0].inquiryReference")).isEqualTo(reference);
        assertThat(measure.getList("answers.number", Integer.class)).contains((Integer) reviewed.get("number"));
        assertThat(measure.getList("answers.answer", String.class)).contains("Die Maßnahme ist inzwischen vollständig umgesetzt.");
        as("gruene").get("/api/evaluations/" + evaluation + "/measures/HF99/E9/M9").then().statusCode(404)
                .contentType("application/problem+json");
        byte[] pdf = as("gruene").get("/api/inquiries/" + id + "/response.pdf").then().statusCode(200).extract().asByteArray();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text.replaceAll("\\s+", " "))
                    .contains("nach Prüfung: vollständig umgesetzt", "Die Maßnahme ist inzwischen vollständig umgesetzt.", "Handlungsfeld 1");
            List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            for (int i = 1; i < lines.size(); i++) {
                assertThat(lines.get(i)).as("heading printed twice: line %d", i).isNotEqualTo(lines.get(i - 1));
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
