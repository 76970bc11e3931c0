package de.ratsanfragen.workflow;

import static de.ratsanfragen.workflow.TriagePages.path;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import de.ratsanfragen.BrowserTestSupport;
import de.ratsanfragen.deadline.DeadlineCalendar;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** The OB office triages the Erfurt inquiry in the workspace, in a real browser, and the process moves on. */
class TriageWorkspaceBrowserTest extends BrowserTestSupport {

    @Autowired
    DeadlineCalendar calendar;

    private WebElement row(int number) {
        return browser.findElement(By.cssSelector("#fragen tr[data-number='" + number + "']"));
    }

    @Test
    void theObOfficeRoutesSeveralItemsAtOnceSeesTheDeadlinesAndConfirms() {
        String id = TriagePages.uploadErfurtSeed();
        List<Integer> unrouted = TriagePages.items(id).stream().filter(item -> item.get("routing") == null)
                .map(item -> (Integer) item.get("number")).toList();
        logInTo(path(id), "ob", By.id("fragen"));

        browser.findElement(By.id("alle-ohne")).click();
        for (int number : unrouted) {
            assertThat(browser.findElement(By.id("frage-" + number)).isSelected()).as("Frage %d", number).isTrue();
        }
        assertThat(browser.findElement(By.id("frage-1")).isSelected()).isFalse();
        new Select(browser.findElement(By.id("federfuehrend"))).selectByValue("A53");
        new Select(browser.findElement(By.id("beteiligt"))).selectByValue("A50");
        browser.findElement(By.id("zuweisen")).click();

        WebElement saved = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("gespeichert")));
        assertThat(saved.getText()).contains("Fragen " + String.join(", ", unrouted.stream().map(String::valueOf).toList()));
        for (int number : unrouted) {
            assertThat(row(number).getText()).contains("A53 – Gesundheitsamt (federführend)", "A50 – Amt für Soziales");
            assertThat(TriagePages.lead(id, number)).isEqualTo("A53");
        }

        // the type changes, the page computes the deadlines before anything is confirmed
        String expected = calendar.plan("GROSSE_ANFRAGE", TriagePages.receivedOn(id)).finalDue()
                .format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        new Select(browser.findElement(By.id("art"))).selectByValue("GROSSE_ANFRAGE");
        wait.until(ExpectedConditions.textToBe(By.id("endfrist"), expected));
        assertThat(browser.findElement(By.id("vorschau")).getText()).contains("Antworten der Fachbereiche",
                "Freigabe durch den Bereich Oberbürgermeister");
        assertThat(TriagePages.as("ob").get("/api/inquiries/" + id).then().extract().<String>path("state")).isEqualTo("IN_TRIAGE");

        browser.findElement(By.id("abschliessen")).click();
        WebElement done = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("abgeschlossen")));
        assertThat(done.getText()).contains(expected);
        assertThat(TriagePages.as("ob").get("/api/inquiries/" + id).then().extract().<String>path("state")).isEqualTo("IN_PROGRESS");
        // the chosen units hold the items' tasks now (the lead's answer, or the other unit's contribution first)
        List<String> tasks = new java.util.ArrayList<>();
        for (String unit : List.of("a53", "a50")) {
            List<Map<String, Object>> open = TriagePages.as(unit).get("/engine-rest/task?processInstanceBusinessKey=" + id)
                    .then().statusCode(200).extract().jsonPath().getList("$");
            open.forEach(task -> tasks.add((String) task.get("name")));
        }
        assertThat(tasks).anyMatch(name -> name.contains("Frage " + unrouted.get(0) + " "));
    }
}
