package de.ratsanfragen.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.ratsanfragen.BrowserTestSupport;
import de.ratsanfragen.DemoInquiries;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A unit's own open items and deadlines: on {@code /fristen} and {@code GET /api/units/{code}/deadlines}, for its members only. */
class UnitDeadlinesTest extends BrowserTestSupport {

    private static List<Map<String, Object>> tasksOf(String user, DemoInquiries.Submitted inquiry) {
        return as(user).get("/engine-rest/task?processInstanceBusinessKey=" + inquiry.id()).then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    @Test
    void aUnitSeesItsOwnOpenItemsWithTheirDeadlinesAndNoOtherUnits() {
        DemoInquiries.Submitted inquiry = DemoInquiries.submit("Eigene Fristen", "V: D01/ A11", "V: D03/ A32");
        DemoInquiries.completeOnly("ob", inquiry.id(), Map.of());
        Map<String, Object> task = tasksOf("a11", inquiry).get(0);
        LocalDate taskDue = java.time.OffsetDateTime.parse((String) task.get("due"),
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).atZoneSameInstant(de.ratsanfragen.platform.CouncilTime.ZONE).toLocalDate();

        List<Map<String, Object>> a11 = as("a11").get("/api/units/A11/deadlines").then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> row = a11.stream().filter(r -> inquiry.reference().equals(r.get("reference"))).findFirst().orElseThrow();
        assertThat(row).containsEntry("item", 1).containsEntry("itemText", "Frage 1?").containsEntry("unit", "A11")
                .containsEntry("taskDue", taskDue.toString()).containsEntry("tasklist", "/camunda/app/tasklist/default/#/?task=" + task.get("id"));
        assertThat(a11).as("only A11's tasks").allSatisfy(r -> assertThat(r).containsEntry("unit", "A11"));

        as("a11").get("/api/units/A32/deadlines").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("nur deren Mitglieder"));
        as("gruene").get("/api/units/GRUENE/deadlines").then().statusCode(404).body("detail", containsString("keine Einheit der Verwaltung"));
        as("a11").get("/api/units/A999/deadlines").then().statusCode(404).contentType("application/problem+json");
        assertThat(RestAssured.get("/api/units/A11/deadlines").statusCode()).isEqualTo(401);

        logInTo("/fristen", "a11", By.tagName("h1"));
        WebElement line = browser.findElement(By.cssSelector("#aufgaben tr[data-reference='" + inquiry.reference() + "']"));
        assertThat(line.getText()).contains("Frage 1?", taskDue.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")), "A11");
        assertThat(line.findElement(By.cssSelector("a.tasklist")).getAttribute("href")).endsWith("?task=" + task.get("id"));
        assertThat(browser.findElements(By.xpath("//*[@id='aufgaben']//td[text()='A32']"))).as("another unit's task").isEmpty();
        assertThat(browser.findElement(By.linkText("Tasklist")).getAttribute("href")).endsWith("/camunda/app/tasklist/default/");
        assertThat(browser.findElements(By.linkText("Fristenmonitor"))).as("the monitor is the OB office's").isEmpty();
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.IdentityService identityService;

    @Test
    void aGroupNamedLikeAUnitIsNotThatUnit() {
        // a group made by hand whose id the directory would also read as A11 (case, alias) is not A11's group
        String userId = "namensvetter";
        identityService.saveGroup(identityService.newGroup("a11"));
        var user = identityService.newUser(userId);
        user.setPassword(DEMO_PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(userId, "a11");
        try {
            as(userId).get("/api/units/A11/deadlines").then().statusCode(403);
            as(userId).get("/fristen").then().statusCode(403);
        } finally {
            identityService.deleteUser(userId);
            identityService.deleteGroup("a11");
        }
    }

    @Test
    void aFactionHasNoUnitPage() {
        logInTo("/fristen", "gruene", By.tagName("h1"));
        assertThat(browser.findElement(By.id("verboten")).getText()).contains("keiner dieser Einheiten");
    }
}
