package de.ratsanfragen.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.ratsanfragen.SeedFiles;
import de.ratsanfragen.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A faction submits its inquiry on the German submission page, in a real browser. */
class SubmissionPageTest extends BrowserTestSupport {

    @TempDir
    Path folder;

    private void logIn(String user) {
        logInTo("/anfragen", user, By.id("hochladen"));
    }

    private void upload(Path file) {
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#hochladen button[type=submit]")).click();
    }

    private Path file(String name, byte[] content) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, content);
        return file;
    }

    @Test
    void aFactionPreviewsAndSubmitsItsInquiry() throws IOException {
        logIn("gruene");
        upload(file("anfrage.txt", SeedFiles.seed(SeedFiles.ERFURT_INQUIRY)));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fragen")));
        assertThat(browser.findElement(By.id("anzahl")).getText()).isEqualTo("55");
        assertThat(browser.findElement(By.id("fraktion")).getText()).isEqualTo("Fraktion BÜNDNIS 90/DIE GRÜNEN");
        assertThat(browser.findElement(By.id("hinweise")).getText()).contains("HF9/E1/M3", "mehrere Umsetzungsstände");
        WebElement first = browser.findElement(By.cssSelector("#fragen tr[data-number='1']"));
        assertThat(first.getText()).contains("Wurden auch externe Beratungsstellen", "V: D01/ Büro für Migration und Integration");
        WebElement untagged = browser.findElement(By.cssSelector("#fragen tr[data-number='40']"));
        assertThat(untagged.getText()).contains("Grundsätzliches Problem", "legt der Bereich OB fest");
        assertThat(browser.findElement(By.id("massnahmen")).getText()).contains("HF1/E1/M1", "teilweise umgesetzt");

        browser.findElement(By.id("einreichen")).click();

        WebElement confirmation = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("eingereicht")));
        String reference = confirmation.findElement(By.tagName("strong")).getText();
        assertThat(reference).matches("ANF-\\d{4}-\\d{4}");
        WebElement row = browser.findElement(By.xpath("//table[@id='anfragen']//tr[td[1][normalize-space()='" + reference + "']]"));
        assertThat(row.getText()).contains("Anmerkungen und Fragen zur 3. Evaluation", "0 von 55", "eingegangen")
                .doesNotContain("in Prüfung durch den Bereich OB");

        browser.findElement(By.cssSelector("form.logout button")).click();
        logIn("linke");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(reference);
    }

    @Test
    void aDocumentWithoutQuestionsIsExplainedInGerman() throws IOException {
        logIn("linke");
        upload(file("protokoll.txt", SeedFiles.inquiry("ohne-fragen.txt")));

        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fehler")));
        assertThat(error.getText()).contains("keine Frage erkannt");
    }

    @Test
    void markupInADocumentIsShownAsText() throws IOException {
        logIn("linke");
        upload(file("xss.txt", """
                Fraktion DIE LINKE
                Betreff: <script>document.title='gehackt'</script>

                Wir fragen die Verwaltung:

                1. Ist &lt;img src=x onerror="document.title='gehackt'"&gt; ein Problem?
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fragen")));
        // the entity-encoded tag is text after import; the page must show it, not run it
        assertThat(browser.findElement(By.cssSelector("#fragen tr[data-number='1'] td.text")).getText())
                .isEqualTo("Ist <img src=x onerror=\"document.title='gehackt'\"> ein Problem?");
        assertThat(browser.getTitle()).doesNotContain("gehackt");
        assertThat(browser.findElements(By.cssSelector("#fragen img"))).isEmpty();
    }
}
