package de.ratsanfragen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import de.ratsanfragen.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A department logs in to Tasklist in a real browser and sees its working, empty task list; a
 * faction is turned away. (Found this way: Tasklist probes {@code /camunda-welcome} before login,
 * and a Basic-auth challenge there blocked the login form.)
 */
class TasklistInBrowserTest extends BrowserTestSupport {

    @Override
    protected Duration patience() {
        return Duration.ofSeconds(60);
    }

    private void logIn(String user) {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        WebElement username = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[ng-model='username']")));
        username.sendKeys(user);
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(DEMO_PASSWORD);
        browser.findElement(By.cssSelector("form[name='signinForm'] button")).click();
    }

    @Test
    void aDepartmentLogsInAndSeesItsTaskFilter() {
        logIn("a40");

        WebElement filter = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'task-filters')]//*[contains(normalize-space(.),'Meine Aufgaben')]")));
        assertThat(filter.isDisplayed()).isTrue();
        String visible = browser.findElement(By.tagName("body")).getText();
        assertThat(visible).doesNotContain("No filter available").contains("Amt für Bildung");
    }

    /** Issue 13: German whatever the browser's language, no Camunda 8 notice, no actions the gate refuses anyway. */
    @Test
    void tasklistSpeaksGermanWithoutTheMigrationNoticeOrActionsNobodyMayUse() {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        WebElement signIn = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name='signinForm'] button")));
        assertThat(signIn.getText()).isEqualTo("Anmelden");
        logIn("a40");
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'task-filters')]//*[contains(normalize-space(.),'Meine Aufgaben')]")));
        String visible = browser.findElement(By.tagName("body")).getText();
        assertThat(visible).contains("Tastenkürzel", "Datum und Uhrzeit werden mit der lokalen Zeitzone angezeigt")
                .doesNotContain("Keyboard Shortcuts", "Camunda 8", "migrieren", "Prozess starten", "Aufgabe erstellen",
                        "Start process", "Create task");
        assertThat(browser.findElements(By.cssSelector(".ce-eol-banner, .start-process-action, .create-task-action")))
                .noneMatch(WebElement::isDisplayed);
    }

    @Test
    void aFactionIsTurnedAwayFromTasklist() {
        logIn("gruene");

        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".notifications .alert, .alert-danger, [cam-notifications] .alert")));
        assertThat(notice.getText()).isNotBlank();
        assertThat(browser.findElements(By.cssSelector("[cam-tasklist-filters], .task-filters"))).isEmpty();
        assertThat(browser.getCurrentUrl()).contains("#/login");
    }
}
