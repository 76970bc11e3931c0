package de.ratsanfragen;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Page tests: a fresh Chromium per test against the running service, and the service's German login form. */
public abstract class BrowserTestSupport extends ServiceTestSupport {

    protected ChromeDriver browser;
    protected WebDriverWait wait;
    /** Where this test's browser saves downloads. */
    protected java.nio.file.Path downloads;

    /** How long a page may take; Camunda's webapps load slower than the service's own pages. */
    protected Duration patience() {
        return Duration.ofSeconds(20);
    }

    @BeforeEach
    void openBrowser() throws java.io.IOException {
        downloads = java.nio.file.Files.createTempDirectory(java.nio.file.Path.of("target"), "downloads");
        browser = Browser.start(downloads);
        wait = new WebDriverWait(browser, patience());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The file the browser finished downloading into {@link #downloads} (waits for it). */
    protected java.nio.file.Path downloaded(String suffix) {
        return wait.until(driver -> {
            try (var files = java.nio.file.Files.list(downloads)) {
                return files.filter(file -> file.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Opens one of the service's pages, logs in on the login form it redirects to, and waits for {@code ready}. */
    protected void logInTo(String page, String user, By ready) {
        browser.get("http://localhost:" + port + page);
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(ready));
    }
}
