package de.ratsanfragen.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.ratsanfragen.BrowserTestSupport;
import de.ratsanfragen.CalendarLinks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** {@code /kalender}: a unit member makes, renews and revokes the calendar link in the browser. */
class CalendarLinkPageTest extends BrowserTestSupport {

    private String shownLink() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("link"))).getAttribute("value");
    }

    @Test
    void aUnitMemberMakesRenewsAndRevokesTheLink() {
        logInTo("/fristen", "a53", By.tagName("h1"));
        browser.findElement(By.linkText("Kalender")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stand"))).getText())
                .isEqualTo("Zurzeit ist kein Kalender-Link aktiv.");

        browser.findElement(By.id("erzeugen")).click();
        String first = shownLink();
        assertThat(first).matches("http://localhost:\\d+/api/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(CalendarLinks.fetch(first)).startsWith("BEGIN:VCALENDAR");
        assertThat(browser.findElement(By.id("stand")).getText()).startsWith("Ein Kalender-Link ist aktiv seit");

        browser.get("http://localhost:" + port + "/kalender");
        assertThat(browser.findElements(By.id("link"))).as("shown only once").isEmpty();

        browser.findElement(By.id("erzeugen")).click();
        String second = shownLink();
        assertThat(second).isNotEqualTo(first);
        given().get(first).then().statusCode(403).contentType("application/problem+json");
        assertThat(CalendarLinks.fetch(second)).startsWith("BEGIN:VCALENDAR");

        browser.findElement(By.id("widerrufen-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("widerrufen")));
        given().get(second).then().statusCode(403);
        assertThat(browser.findElement(By.id("stand")).getText()).isEqualTo("Zurzeit ist kein Kalender-Link aktiv.");
    }

    @Test
    void aFormPostedFromElsewhereWithoutTheCsrfTokenIsRefused() {
        as("a67").post("/kalender").then().statusCode(403);
        as("a67").post("/kalender/widerrufen").then().statusCode(403);
        as("a67").get("/api/calendar/token").then().statusCode(200).body("active", org.hamcrest.Matchers.equalTo(false));
    }

    @Test
    void aFactionHasNoCalendar() {
        logInTo("/kalender", "gruene", By.tagName("h1"));
        assertThat(browser.findElement(By.id("verboten")).getText()).contains("Ämter, Dezernate und den Bereich Oberbürgermeister");
        assertThat(browser.findElements(By.id("erzeugen"))).isEmpty();
    }
}
