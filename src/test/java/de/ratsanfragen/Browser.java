package de.ratsanfragen;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for page tests. CI installs {@code chromium} and {@code chromium-driver}
 * and sets {@code RATSANFRAGEN_BROWSER_TESTS=required}, so a missing browser fails there; on a
 * developer machine without them the page tests are skipped with a note.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    private Browser() {
    }

    public static ChromeDriver start() {
        return start(null);
    }

    /** A browser that saves downloads into {@code downloads} without asking (or nowhere in particular if {@code null}). */
    public static ChromeDriver start(Path downloads) {
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!available) {
            String message = "Chromium not found at " + CHROMIUM + " / " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver)";
            if ("required".equals(System.getenv("RATSANFRAGEN_BROWSER_TESTS"))) {
                fail(message);
            }
            assumeTrue(false, message + " — page test skipped");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // a closed network: no background connections, no first-run pages
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,800", "--lang=de-DE");
        if (downloads != null) {
            options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
