package de.ratsanfragen.workflow;

import static de.ratsanfragen.workflow.TriagePages.item;
import static de.ratsanfragen.workflow.TriagePages.lead;
import static de.ratsanfragen.workflow.TriagePages.path;
import static de.ratsanfragen.workflow.TriagePages.row;
import static de.ratsanfragen.workflow.TriagePages.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import de.ratsanfragen.ServiceTestSupport;
import de.ratsanfragen.deadline.DeadlineCalendar;
import de.ratsanfragen.deadline.Step;
import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.organization.RoutingTag;
import de.ratsanfragen.workflow.TriagePages.Session;
import io.restassured.path.xml.XmlPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The OB office's triage workspace over HTTP: what it shows, routing several items at once, the preview, the completion. */
class TriagePageTest extends ServiceTestSupport {

    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Autowired
    DeadlineCalendar calendar;
    @Autowired
    OrganizationDirectory directory;

    private static XmlPath page(String user, String id) {
        return TriagePages.as(user).get(path(id)).then().statusCode(200).contentType("text/html").extract().htmlPath();
    }

    @Test
    void everyItemIsShownWithItsMeasuresRoutingAndTheDocumentsSuggestion() {
        String id = TriagePages.uploadErfurtSeed();
        List<Map<String, Object>> items = TriagePages.items(id);
        XmlPath html = page("ob", id);

        assertThat(TriagePages.rows(html)).isEqualTo(items.size());
        assertThat(text(html, "fraktion")).isEqualTo("Fraktion BÜNDNIS 90/DIE GRÜNEN");
        // item 53: „V: D01 in Abstimmung mit D05“ with the hint „Beantwortung: Bereich D05“ (seed)
        assertThat(row(html, 53)).contains("D01 – Dezernat 01 (federführend)", "in Abstimmung mit D05 – Dezernat 05",
                (String) ((Map<?, ?>) item(id, 53).get("routing")).get("raw"));
        // item 50 has no tag, only „Beantwortung Gesundheitsamt“: the suggestion is the directory's unit for it
        RoutingTag suggested = directory.suggestedRouting(List.of("Beantwortung Gesundheitsamt")).orElseThrow();
        assertThat(row(html, 50)).contains("ohne Zuständigkeit", "„Beantwortung Gesundheitsamt“",
                "Vorschlag: " + suggested.lead() + " – " + directory.find(suggested.lead()).orElseThrow().name());
        // a measure with its status
        Map<String, Object> withMeasure = items.stream().filter(item -> !((List<?>) item.get("measureRefs")).isEmpty()).findFirst().orElseThrow();
        assertThat(row(html, (Integer) withMeasure.get("number"))).contains((String) ((List<?>) withMeasure.get("measureRefs")).get(0));
        long unrouted = items.stream().filter(item -> item.get("routing") == null).count();
        assertThat(text(html, "ohne")).isEqualTo(String.valueOf(unrouted));

        // the units to choose: the directory's, by Dezernat, no faction
        List<String> options = html.getList("**.find { it.@id == 'federfuehrend' }.**.findAll { it.name() == 'option' }.@value");
        assertThat(options).contains("A53", "D05", "OB").doesNotContain("GRUENE", "LINKE");
        List<String> groups = html.getList("**.find { it.@id == 'federfuehrend' }.optgroup.@label");
        assertThat(groups).contains("D03 – Dezernat 03", "D05 – Dezernat 05");
        // the types with their German names, the default preselected, and its deadlines
        assertThat(html.getList("**.find { it.@id == 'art' }.option").toString()).contains("Große Anfrage – 8 Wochen", "Anfrage – 2 Wochen (Standard)");
        LocalDate received = TriagePages.receivedOn(id);
        assertThat(text(html, "endfrist")).isEqualTo(calendar.plan((String) null, received).finalDue().format(GERMAN));
    }

    @Test
    void severalItemsAreRoutedAtOnceStoredRightAwayAndTheLeadCanChange() {
        String id = TriagePages.uploadErfurtSeed();
        Session ob = Session.open("ob", path(id));

        Response assigned = ob.post(path(id) + "/zuordnen", Map.of("fragen", List.of(40, 50, 51), "federfuehrend", "A53",
                "beteiligt", List.of("A50"), "abstimmung", List.of("D01")));
        assertThat(assigned.statusCode()).isEqualTo(302);
        for (int number : List.of(40, 50, 51)) {
            Map<?, ?> routing = (Map<?, ?>) item(id, number).get("routing");
            assertThat(routing.get("lead")).isEqualTo("A53");
            assertThat(routing.get("consulted")).isEqualTo(List.of("D01"));
        }
        String saved = text(ob.request().get(path(id)).htmlPath(), "gespeichert");
        assertThat(saved).contains("Fragen 40, 50, 51 zugeordnet", directory.routingOf("A53", List.of("A50"), List.of("D01")).raw());

        // the lead of one item changes; the others stay
        ob.post(path(id) + "/zuordnen", Map.of("fragen", List.of(50), "federfuehrend", "A50", "beteiligt", List.of("A53")))
                .then().statusCode(302);
        assertThat(lead(id, 50)).isEqualTo("A50");
        assertThat(lead(id, 51)).isEqualTo("A53");
        // „bearbeiten“ shows the item's routing in the form
        XmlPath edit = TriagePages.as("ob").get(path(id) + "?frage=50").htmlPath();
        assertThat(edit.getString("**.find { it.@id == 'federfuehrend' }.**.find { it.name() == 'option' && it.@selected == 'selected' }.@value"))
                .isEqualTo("A50");
        assertThat(edit.getString("**.find { it.@id == 'frage-50' }.@checked")).isNotEmpty();
    }

    @Test
    void theDocumentsSuggestionsAreTakenForTheItemsWithoutRouting() {
        String id = TriagePages.uploadErfurtSeed();
        Session ob = Session.open("ob", path(id));

        ob.post(path(id) + "/vorschlaege", Map.of()).then().statusCode(302);

        for (int number : List.of(50, 51)) {
            @SuppressWarnings("unchecked")
            List<String> hints = (List<String>) item(id, number).get("routingHints");
            assertThat(lead(id, number)).isEqualTo(directory.suggestedRouting(hints).orElseThrow().lead());
        }
        assertThat(item(id, 40).get("routing")).as("no hint, no suggestion").isNull();
        Response again = ob.post(path(id) + "/vorschlaege", Map.of("fragen", List.of(40)));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(text(again.htmlPath(), "fehler")).contains("Frage 40 hat keinen Vorschlag");
    }

    @Test
    void thePreviewFollowsTheTypeAndDateAndWarnsWhenTheUnitsHaveTooLittleTime() {
        String id = TriagePages.uploadErfurtSeed();
        LocalDate received = TriagePages.receivedOn(id);
        Session ob = Session.open("ob", path(id));

        XmlPath big = ob.post(path(id) + "/fristen", Map.of("art", "GROSSE_ANFRAGE")).then().statusCode(200).extract().htmlPath();
        var planned = calendar.restagger(calendar.plan("GROSSE_ANFRAGE", received), received);
        assertThat(text(big, "endfrist")).isEqualTo(planned.finalDue().format(GERMAN));
        assertThat(big.getString("**.find { it.@'data-step' == 'ANSWERS' }.td")).isEqualTo(planned.step(Step.ANSWERS).due().format(GERMAN));
        assertThat(text(big, "warnung")).isNull();
        assertThat(big.getString("**.find { it.@id == 'art' }.**.find { it.@selected == 'selected' }.@value")).isEqualTo("GROSSE_ANFRAGE");

        LocalDate close = calendar.addWorkingDays(received, 2);
        XmlPath tight = ob.post(path(id) + "/fristen", Map.of("frist", close.toString())).then().statusCode(200).extract().htmlPath();
        assertThat(text(tight, "endfrist")).isEqualTo(close.format(GERMAN));
        assertThat(text(tight, "warnung")).contains("mindestens 3");
    }

    @Test
    void completingTheTriageRunsTheTasksChecksAndMovesTheProcessOn() {
        String id = TriagePages.uploadErfurtSeed();
        Session ob = Session.open("ob", path(id));

        Response refused = ob.post(path(id) + "/abschliessen", Map.of("art", "ANFRAGE"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(text(refused.htmlPath(), "fehler")).contains("Ohne V-Vermerk: Frage 40, Frage 50, Frage 51");
        assertThat(TriagePages.as("ob").get("/api/inquiries/" + id).then().extract().<String>path("state")).isEqualTo("IN_TRIAGE");

        ob.post(path(id) + "/zuordnen", Map.of("fragen", List.of(40, 50, 51), "federfuehrend", "A53")).then().statusCode(302);
        assertThat(text(ob.request().get(path(id)).htmlPath(), "gespeichert")).contains("Fragen 40, 50, 51");
        Response done = ob.post(path(id) + "/abschliessen", Map.of("art", "GROSSE_ANFRAGE"));
        assertThat(done.statusCode()).isEqualTo(302);
        LocalDate due = calendar.plan("GROSSE_ANFRAGE", TriagePages.receivedOn(id)).finalDue();
        assertThat(TriagePages.as("ob").get("/api/inquiries/" + id).then().extract().<String>path("state")).isEqualTo("IN_PROGRESS");
        assertThat(TriagePages.as("ob").get("/api/inquiries/" + id).then().extract().<String>path("dueDate")).isEqualTo(due.toString());
        XmlPath after = ob.request().get(path(id)).then().statusCode(200).extract().htmlPath();
        assertThat(text(after, "abgeschlossen")).contains("ist abgeschlossen", due.format(GERMAN));
        // afterwards the workspace only changes the routing of open items: no deadline, no completion
        XmlPath rerouting = TriagePages.as("ob").get(path(id)).then().statusCode(200).extract().htmlPath();
        assertThat(rerouting.getString("**.find { it.name() == 'h1' }")).startsWith("Zuständigkeiten ");
        assertThat(text(rerouting, "abschliessen")).isNull();
    }
}
