package de.ratsanfragen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import de.ratsanfragen.BrowserTestSupport;
import de.ratsanfragen.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a person sees whose client guessed too often: Tasklist's login form and the service's login page
 * show the German reason and how long to wait — also for the right password — while the same person
 * logs in from another client. The browser presents itself as another client through
 * {@code X-Forwarded-For} (sent with every request it makes).
 */
class ThrottledLoginInBrowserTest extends BrowserTestSupport {

    private static final String GUESSER = "203.0.113.90";
    private static final String USER = "a53";

    @Autowired
    TestClock clock;

    @Override
    protected Duration patience() {
        return Duration.ofSeconds(60);
    }

    @AfterEach
    void liftAndResetTheClock() {
        clock.reset();
        as("admin").delete("/api/security/login-locks/" + USER);
    }

    private void browseFrom(String client) {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", client)));
    }

    @Test
    void tasklistAndTheLoginPageSayInGermanHowLongToWait() {
        Guessing.untilWaiting(clock, i -> GUESSER, i -> USER, Duration.ofMinutes(5));
        browseFrom(GUESSER);

        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[ng-model='username']"))).sendKeys(USER);
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(DEMO_PASSWORD);
        browser.findElement(By.cssSelector("form[name='signinForm'] button")).click();
        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".notifications .alert, .alert-danger, [cam-notifications] .alert")));
        assertThat(notice.getText()).contains("Zu viele fehlgeschlagene Anmeldungen mit diesem Benutzernamen von Ihrem Gerät aus",
                "Minuten erneut");
        assertThat(browser.getCurrentUrl()).contains("#/login");

        browser.get("http://localhost:" + port + "/fristen");
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys(USER);
        browser.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("gesperrt"))).getText())
                .startsWith("Zu viele fehlgeschlagene Anmeldungen mit diesem Benutzernamen von Ihrem Gerät aus")
                .contains("Minuten erneut");

        // the same person from another client
        browser.manage().deleteAllCookies();
        browseFrom("198.51.100.90");
        logInTo("/fristen", USER, By.tagName("h1"));
        assertThat(browser.getCurrentUrl()).contains("/fristen").doesNotContain("/login");
    }
}
