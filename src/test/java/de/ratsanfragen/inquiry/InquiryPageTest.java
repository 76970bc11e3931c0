package de.ratsanfragen.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import de.ratsanfragen.BrowserTestSupport;
import de.ratsanfragen.DemoInquiries;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * {@code /anfragen/{id}}: the faction withdraws its inquiry after a confirmation, the OB office opens the draft
 * and corrects a released answer — on the page, through the same services as the API, with German refusals.
 */
class InquiryPageTest extends BrowserTestSupport {

    private String state(String id) {
        return as("ob").get("/api/inquiries/" + id).then().statusCode(200).extract().path("state");
    }

    private void open(String reference) {
        browser.findElement(By.linkText(reference)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fragen")));
    }

    private static void release(DemoInquiries.Submitted inquiry, String answer) {
        DemoInquiries.completeOnly("ob", inquiry.id(), Map.of());
        DemoInquiries.completeOnly("a11", inquiry.id(), Map.of("answer", answer));
        DemoInquiries.completeOnly("d01", inquiry.id(), Map.of("approved", true));
        DemoInquiries.completeOnly("ob", inquiry.id(), Map.of("approved", true));
    }

    @Test
    void theFactionWithdrawsOnlyAfterConfirmingAndCancellingChangesNothing() {
        DemoInquiries.Submitted inquiry = DemoInquiries.submit("Zurückziehen mit Rückfrage", "V: D01/ A11", "V: D03/ A32");
        logInTo("/anfragen", "gruene", By.id("anfragen"));
        open(inquiry.reference());
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).contains(inquiry.reference(), "Zurückziehen mit Rückfrage");
        assertThat(browser.findElement(By.id("fragen")).getText()).contains("Frage 1?", "Frage 2?")
                .as("no workflow internals for the faction").doesNotContain("bei A11", "D01");

        browser.findElement(By.id("zurueckziehen")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bestaetigen"))).getText())
                .contains("wirklich zurückziehen", "2");
        browser.findElement(By.id("abbrechen")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("bestaetigen")));
        assertThat(state(inquiry.id())).isNotEqualTo("WITHDRAWN");

        browser.findElement(By.id("zurueckziehen")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("zurueckziehen-bestaetigen"))).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("zurueckgezogen"))).getText())
                .contains("zurückgezogen");
        assertThat(browser.findElement(By.cssSelector(".state")).getText()).isEqualTo("zurückgezogen");
        assertThat(browser.findElements(By.id("zurueckziehen"))).isEmpty();
        assertThat(state(inquiry.id())).isEqualTo("WITHDRAWN");
        assertThat(as("a11").get("/engine-rest/task/count?processInstanceBusinessKey=" + inquiry.id())
                .then().extract().jsonPath().getInt("count")).as("the units' tasks ended").isZero();
    }

    @Test
    void aWithdrawalConfirmedAfterTheReleaseIsRefusedInGermanAndChangesNothing() {
        DemoInquiries.Submitted inquiry = DemoInquiries.submit("Zu spät zurückgezogen", "V: D01/ A11");
        logInTo("/anfragen/" + inquiry.id() + "/zurueckziehen", "gruene", By.id("bestaetigen"));
        release(inquiry, "Die Antwort des Amtes.");

        browser.findElement(By.id("zurueckziehen-bestaetigen")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fehler"))).getText())
                .contains("bereits beantwortet");
        assertThat(state(inquiry.id())).isEqualTo("RELEASED");
        assertThat(browser.findElement(By.id("antwort-pdf")).getAttribute("href")).endsWith("/antwort.pdf");
        as("gruene").get("/anfragen/" + inquiry.id() + "/zurueckziehen").then().statusCode(409)
                .body(containsString("bereits beantwortet"));
    }

    @Test
    void onlyTheSubmittingFactionAndTheOfficeSeeThePageAndOnlyTheOfficeTheDraft() {
        DemoInquiries.Submitted inquiry = DemoInquiries.submit("Wer die Seite sieht", "V: D01/ A11");
        as("linke").get("/anfragen/" + inquiry.id()).then().statusCode(404).body(containsString("nicht gefunden"))
                .body(org.hamcrest.Matchers.not(containsString("Wer die Seite sieht")));
        as("linke").get("/anfragen/" + inquiry.id() + "/zurueckziehen").then().statusCode(404);
        as("a11").get("/anfragen/" + inquiry.id()).then().statusCode(404);
        as("gruene").get("/anfragen/" + inquiry.id()).then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("Entwurf der Antwort")));

        String page = as("ob").get("/anfragen/" + inquiry.id()).then().statusCode(200).extract().asString();
        assertThat(page).contains("Entwurf der Antwort", "/anfragen/" + inquiry.id() + "/antwort.pdf?draft=true");
        byte[] draft = as("ob").get("/anfragen/" + inquiry.id() + "/antwort.pdf?draft=true").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(new String(draft, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(page).as("the office sees each item's workflow state").contains("bei Bereich Oberbürgermeister");
    }

    @Test
    void theOfficeCorrectsAReleasedAnswerOnThePageWithAReason() {
        DemoInquiries.Submitted inquiry = DemoInquiries.submit("Berichtigung auf der Seite", "V: D01/ A11");
        release(inquiry, "Die Schule wird 2027 saniert.");
        as("gruene").get("/anfragen/" + inquiry.id() + "/berichtigung").then().statusCode(403)
                .body(containsString("berichtigt der Bereich Oberbürgermeister"));

        logInTo("/anfragen/" + inquiry.id(), "ob", By.id("fragen"));
        browser.findElement(By.id("berichtigen")).click();
        var answer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("antwort-1")));
        assertThat(answer.getAttribute("value")).isEqualTo("Die Schule wird 2027 saniert.");
        answer.clear();
        answer.sendKeys("Die Schule wird 2028 saniert.");
        browser.findElement(By.id("berichtigen")).click();
        // the reason is required in the browser too; without it the service refuses and keeps the new text in the form
        browser.executeScript("document.getElementById('reason').removeAttribute('required')");
        browser.findElement(By.id("berichtigen")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fehler"))).getText())
                .contains("Grund der Berichtigung fehlt");
        assertThat(browser.findElement(By.id("antwort-1")).getAttribute("value")).isEqualTo("Die Schule wird 2028 saniert.");
        assertThat(as("ob").get("/api/inquiries/" + inquiry.id() + "/response").then().extract().jsonPath()
                .getList("versions")).as("nothing stored").hasSize(1);

        browser.findElement(By.id("reason")).sendKeys("Jahreszahl der Sanierung berichtigt");
        browser.findElement(By.id("berichtigen")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("berichtigt"))).getText()).contains("Fassung 2");
        var history = as("ob").get("/api/inquiries/" + inquiry.id() + "/response").then().extract().jsonPath();
        assertThat(history.getList("versions")).hasSize(2);
        assertThat(history.getString("versions[1].reason")).isEqualTo("Jahreszahl der Sanierung berichtigt");
        // the same correction sent again (a double click, a second tab): no third version alike
        browser.get("http://localhost:" + port + "/anfragen/" + inquiry.id() + "/berichtigung");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reason"))).clear();
        browser.findElement(By.id("reason")).sendKeys("Jahreszahl der Sanierung berichtigt");
        browser.findElement(By.id("berichtigen")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fehler"))).getText()).contains("bereits Fassung 2");
        assertThat(as("ob").get("/api/inquiries/" + inquiry.id() + "/response").then().extract().jsonPath().getList("versions")).hasSize(2);
        byte[] docx = as("ob").get("/api/inquiries/" + inquiry.id() + "/response.docx").then().statusCode(200)
                .extract().asByteArray();
        assertThat(docxText(docx)).contains("2028 saniert").doesNotContain("2027 saniert");
    }

    private static String docxText(byte[] docx) {
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
             var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
