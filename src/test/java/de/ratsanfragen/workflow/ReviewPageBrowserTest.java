package de.ratsanfragen.workflow;

import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.complete;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.onlyTask;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.state;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.submit;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.tasks;
import static de.ratsanfragen.workflow.InquiryProcessScenarioTest.triage;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import de.ratsanfragen.BrowserTestSupport;
import de.ratsanfragen.workflow.InquiryProcessScenarioTest.Submitted;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Issue 13, point 4 in a real browser: the Dezernat returns one item with its comment, the OB office edits one answer. */
class ReviewPageBrowserTest extends BrowserTestSupport {

    private WebElement item(int number) {
        return browser.findElement(By.id("frage-" + number));
    }

    @Test
    void theDezernatReturnsOneItemAndTheObOfficeChangesTheWordingOfAnother() {
        Submitted inquiry = submit("V: D01/ A11", "V: D01/ A17");
        triage(inquiry);
        complete("a11", onlyTask("a11", inquiry), Map.of("answer", "Knapp.")).then().statusCode(204);
        complete("a17", onlyTask("a17", inquiry), Map.of("answer", "Antwort von Amt 17 mit Tippfeher.")).then().statusCode(204);
        String page = "/anfragen/" + inquiry.id() + "/durchsicht";

        logInTo(page, "d01", By.id("frage-1"));
        assertThat(item(2).getText()).contains("Antwort von Amt 17 mit Tippfeher.");
        item(1).findElement(By.name("zurueck")).click();
        item(1).findElement(By.name("kommentar-1")).sendKeys("Bitte ausführlicher.");
        browser.findElement(By.id("zurueckgeben")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("erledigt")));
        assertThat(browser.findElement(By.id("erledigt")).getText()).isEqualTo("Zur Überarbeitung zurückgegeben: Frage 1.");

        Map<String, Object> rework = onlyTask("a11", inquiry);
        assertThat(ReviewScenarioTest.formValue("a11", rework, "answer")).isEqualTo("Knapp.");
        assertThat(ReviewScenarioTest.formValue("a11", rework, "reworkComment")).isEqualTo("D01: Bitte ausführlicher.");
        complete("a11", rework, Map.of("answer", "Ausführlich.")).then().statusCode(204);
        complete("d01", onlyTask("d01", inquiry), Map.of("approved", true)).then().statusCode(204);
        assertThat(state(inquiry)).isEqualTo("IN_APPROVAL");

        browser.findElement(By.cssSelector("form.logout button")).click();
        logInTo(page, "ob", By.id("frage-2"));
        item(2).findElement(By.tagName("summary")).click();
        WebElement text = item(2).findElement(By.name("text"));
        text.clear();
        text.sendKeys("Antwort von Amt 17 ohne Tippfehler.");
        item(2).findElement(By.cssSelector("form.edit button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("erledigt")));
        assertThat(item(2).findElement(By.cssSelector("p.answer")).getText()).isEqualTo("Antwort von Amt 17 ohne Tippfehler.");
        assertThat(item(2).findElement(By.cssSelector(".edits")).getText())
                .contains("von ob", "vorher: Antwort von Amt 17 mit Tippfeher.", "nachher: Antwort von Amt 17 ohne Tippfehler.");
        assertThat(tasks("a17", inquiry)).isEmpty();
    }
}
