package de.ratsanfragen.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;

import de.ratsanfragen.BrowserTestSupport;
import de.ratsanfragen.DemoInquiries;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A faction follows its inquiries on {@code /anfragen}: items answered of all, deadline, extensions with
 * their reasons, and the released answer to download — without internal comments or names of staff.
 */
class FactionProgressPageTest extends BrowserTestSupport {

    private static final String COMMENT = "Interner Vermerk: bitte mit Amt 32 abstimmen";
    private static final String REASON = "Die Abstimmung mit dem Stadtarchiv braucht mehr Zeit.";

    private WebElement row(String reference) {
        return browser.findElement(By.cssSelector("#anfragen tr[data-reference='" + reference + "']"));
    }

    @Test
    void theFactionSeesProgressDeadlineAndExtensionThenDownloadsTheReleasedAnswer() throws Exception {
        DemoInquiries.Submitted inquiry = DemoInquiries.submit("Fortschritt sichtbar", "V: D01/ A11", "V: D03/ A32");
        DemoInquiries.completeOnly("ob", inquiry.id(), Map.of());
        DemoInquiries.completeOnly("a11", inquiry.id(), Map.of("answer", "Antwort des Amtes 11."));
        String due = as("ob").get("/api/inquiries/" + inquiry.id()).then().extract().path("dueDate");
        java.time.LocalDate extended = java.time.LocalDate.parse(due).plusWeeks(2);
        as("ob").contentType("application/json").body(Map.of("dueDate", extended.toString(), "reason", REASON))
                .post("/api/inquiries/" + inquiry.id() + "/deadline").then().statusCode(200);
        String newDue = as("ob").get("/api/inquiries/" + inquiry.id()).then().extract().path("dueDate");
        String germanNewDue = java.time.LocalDate.parse(newDue).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));

        logInTo("/anfragen", "gruene", By.id("anfragen"));
        String text = row(inquiry.reference()).getText();
        assertThat(text).contains("Fortschritt sichtbar", "1 von 2", "in Bearbeitung", germanNewDue, REASON);
        assertThat(row(inquiry.reference()).findElements(By.cssSelector("a.pdf"))).as("no answer before the release").isEmpty();
        // (the unit's code as a word: the page's links hold ids whose hex digits may spell it)
        assertThat(browser.getPageSource()).doesNotContain("Antwort des Amtes 11.").doesNotContainPattern("\\ba11\\b");

        DemoInquiries.completeOnly("a32", inquiry.id(), Map.of("answer", "Antwort des Amtes 32."));
        // the Dezernat sends the answer back with an internal comment; the unit reworks it
        DemoInquiries.completeOnly("d01", inquiry.id(), Map.of("approved", false, "returnItems", "1", "comment", COMMENT));
        DemoInquiries.completeOnly("d03", inquiry.id(), Map.of("approved", true));
        // the returned item keeps its old answer while it is reworked: the OB office counts it open again,
        // the faction sees progress, not the administration's internal rounds
        assertThat(as("ob").get("/api/deadlines/" + inquiry.id()).then().extract().jsonPath().getInt("answered")).isEqualTo(1);
        assertThat(as("gruene").get("/api/inquiries").then().extract().jsonPath()
                .getInt("find { it.reference == '" + inquiry.reference() + "' }.answered")).isEqualTo(2);
        browser.navigate().refresh();
        assertThat(row(inquiry.reference()).getText()).contains("2 von 2", "in Bearbeitung");
        assertThat(browser.getPageSource()).doesNotContain(COMMENT, "zur Überarbeitung", "in Mitzeichnung");
        DemoInquiries.completeOnly("a11", inquiry.id(), Map.of("answer", "Überarbeitete Antwort des Amtes 11."));
        DemoInquiries.completeOnly("d01", inquiry.id(), Map.of("approved", true));
        DemoInquiries.completeOnly("ob", inquiry.id(), Map.of("approved", true));

        browser.navigate().refresh();
        assertThat(row(inquiry.reference()).getText()).contains("2 von 2", "beantwortet");
        row(inquiry.reference()).findElement(By.cssSelector("a.pdf")).click();
        byte[] pdf = Files.readAllBytes(downloaded(".pdf"));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf).isEqualTo(as("gruene").get("/api/inquiries/" + inquiry.id() + "/response.pdf").then().statusCode(200)
                .extract().asByteArray());
        assertThat(browser.getPageSource()).doesNotContain(COMMENT).doesNotContainPattern("\\ba11\\b");
    }

    @Test
    void anotherFactionSeesNeitherTheRowNorTheAnswer() {
        DemoInquiries.Submitted inquiry = DemoInquiries.submit("Nur für die Grünen", "V: D01/ A11");
        logInTo("/anfragen", "linke", By.tagName("h1"));
        assertThat(browser.findElements(By.cssSelector("#anfragen tr[data-reference='" + inquiry.reference() + "']"))).isEmpty();
        as("linke").get("/anfragen/" + inquiry.id() + "/antwort.pdf").then().statusCode(404)
                .contentType("application/problem+json");
        as("gruene").get("/anfragen/" + inquiry.id() + "/antwort.pdf").then().statusCode(404);
        as("gruene").get("/anfragen/" + inquiry.id() + "/antwort.pdf?draft=true").then().statusCode(404);
        as("gruene").get("/anfragen/" + inquiry.id() + "/antwort.docx").then().statusCode(404);
    }
}
