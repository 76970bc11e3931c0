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

    /**
     * Issue 13: a unit's task shows its dates in German ("Fällig", "in … Tagen"), and a completion the service
     * refuses comes back with Tasklist's German prefix and the service's German reason — no English anywhere.
     */
    @Test
    void aUnitsTaskAndARefusedCompletionReadInGerman() {
        de.ratsanfragen.DemoInquiries.Submitted inquiry = de.ratsanfragen.DemoInquiries.submit("Tasklist auf Deutsch", "V: D05/ A40");
        de.ratsanfragen.DemoInquiries.completeOnly("ob", inquiry.id(), java.util.Map.of());
        logIn("a40");
        WebElement card = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[contains(@class,'tasks-list')]//li[contains(normalize-space(.),'" + inquiry.reference() + "')]")));
        String cardText = card.getText();
        assertThat(cardText).contains("Frage 1 beantworten", "Fällig").doesNotContain("Due", "Follow-up", "Created");
        assertThat(cardText).containsPattern("in \\d+ (Tagen|Monaten|Wochen)|in einem Monat|morgen");
        card.findElement(By.tagName("a")).click();
        WebElement claim = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim")));
        assertThat(claim.getText()).isEqualTo("Diese Aufgabe übernehmen");
        claim.click();
        // the answer is left empty: the service refuses the completion (found and clicked in one script: Tasklist
        // renders the form anew once the task is claimed, and the claim's notice may cover the button)
        wait.until(driver -> Boolean.TRUE.equals(browser.executeScript(
                "const b = [...document.querySelectorAll('button')].find(e => e.textContent.trim() === 'Abschließen' && !e.disabled);"
                        + " if (b) { b.click(); return true; } return false;")));
        // form-js writes a fixed English "Select" into an empty dropdown: shown in German instead
        Object placeholder = browser.executeScript("const d = document.querySelector('.fjs-select-display.fjs-select-placeholder');"
                + " return d ? [getComputedStyle(d).fontSize, getComputedStyle(d, '::after').content] : null;");
        assertThat(placeholder).asList().containsExactly("0px", "\"– bitte wählen –\"");
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[contains(@class,'alert') and contains(normalize-space(.),'Ein Fehler ist beim Abschließen der Aufgabe aufgetreten')]")));
        assertThat(error.getText()).doesNotContain("An error happened").contains("Antwort");
        assertThat(as("a40").get("/engine-rest/task/count?processInstanceBusinessKey=" + inquiry.id())
                .then().extract().jsonPath().getInt("count")).as("the task is still open").isEqualTo(1);
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
