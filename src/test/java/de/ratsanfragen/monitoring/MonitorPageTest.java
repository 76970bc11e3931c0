package de.ratsanfragen.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import de.ratsanfragen.Browser;
import de.ratsanfragen.BrowserTestSupport;
import de.ratsanfragen.DemoInquiries;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The OB office logs in to the deadline monitor in a real browser and filters it; others are turned away. */
class MonitorPageTest extends BrowserTestSupport {

    private void logIn(String user) {
        logInTo("/monitor", user, By.tagName("h1"));
    }

    private static String submitAndTriage(String tag) {
        DemoInquiries.Submitted inquiry = DemoInquiries.submit("Monitor <b>im</b> Browser", tag);
        DemoInquiries.completeOnly("ob", inquiry.id(), Map.of());
        return inquiry.reference();
    }

    private WebElement row(String reference) {
        List<WebElement> rows = browser.findElements(By.cssSelector("#fristen tr[data-reference='" + reference + "']"));
        return rows.isEmpty() ? null : rows.get(0);
    }

    @Test
    void theObOfficeSeesTheDeadlinesAndFiltersByDezernat() {
        String d01 = submitAndTriage("V: D01/ A11");
        String d03 = submitAndTriage("V: D03/ A32");
        logIn("ob");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Fristenmonitor");
        WebElement first = row(d01);
        assertThat(first).isNotNull();
        assertThat(first.getText()).contains("im Plan", "Fraktion BÜNDNIS 90/DIE GRÜNEN", "Monitor <b>im</b> Browser", "0 von 1",
                "in Bearbeitung");
        assertThat(row(d03)).isNotNull();
        for (String light : List.of("UEBERFAELLIG", "BALD_FAELLIG", "IM_PLAN", "OHNE_FRIST")) {
            int shown = browser.findElements(By.cssSelector("#fristen .light." + light.toLowerCase())).size();
            assertThat(browser.findElement(By.cssSelector("#uebersicht [data-light='" + light + "']")).getText())
                    .as(light).startsWith(shown + " ");
        }

        new Select(browser.findElement(By.id("dezernat"))).selectByValue("D01");
        browser.findElement(By.cssSelector("#filter button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("dezernat=D01"));
        assertThat(row(d01)).isNotNull();
        assertThat(row(d03)).as("filtered out").isNull();
        assertThat(browser.findElement(By.cssSelector("#uebersicht [data-light='IM_PLAN']")).getText())
                .isEqualTo(browser.findElements(By.cssSelector("#fristen .light.im_plan")).size() + " im Plan");
        assertThat(new Select(browser.findElement(By.id("dezernat"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("D01");

        // the download is the filtered view, in the page's login session, as Excel reads CSV
        browser.findElement(By.id("export-csv")).click();
        String csv = readDownload(".csv");
        assertThat(csv).startsWith("\uFEFFAmpel;Anfrage;").contains(d01, "Fraktion BÜNDNIS 90/DIE GRÜNEN").doesNotContain(d03);

        row(d01).findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fragen")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith(d01);
        assertThat(browser.findElement(By.cssSelector("#fragen tr[data-number='1']")).getText()).contains("in Bearbeitung", "A11", "(A11)");

        browser.get("http://localhost:" + port + "/monitor?bereich=D01");
        assertThat(browser.findElement(By.id("fehler")).getText()).contains("„bereich“");
    }

    private String readDownload(String suffix) {
        try {
            return java.nio.file.Files.readString(downloaded(suffix), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theStatisticsOfAPeriodAndARefusedPeriod() {
        submitAndTriage("V: D04/ A41");
        logIn("ob");
        browser.findElement(By.linkText("Statistik")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("gesamt")));
        java.time.LocalDate today = java.time.LocalDate.now(de.ratsanfragen.platform.CouncilTime.ZONE);
        assertThat(browser.findElement(By.id("from")).getAttribute("value")).isEqualTo(today.withDayOfYear(1).toString());
        int received = Integer.parseInt(browser.findElement(By.cssSelector("#gesamt tbody td:nth-child(1)")).getText());
        assertThat(received).as("this year's inquiries, this one included").isPositive();
        assertThat(browser.findElement(By.cssSelector("#dezernate tr[data-code='D04']")).getText()).startsWith("D04 – Dezernat 04");

        browser.get("http://localhost:" + port + "/monitor/statistik?from=2026-02-01&to=2026-01-01");
        assertThat(browser.findElement(By.id("fehler")).getText()).contains("vor seinem Beginn");
        assertThat(browser.findElements(By.id("gesamt"))).isEmpty();
    }

    @Test
    void aFactionIsTurnedAwayWithAGermanMessage() {
        logIn("gruene");
        assertThat(browser.findElement(By.id("verboten")).getText()).contains("Bereich Oberbürgermeister");
        assertThat(browser.findElements(By.id("fristen"))).isEmpty();
        // the page's downloads are the OB office's too
        for (String user : List.of("gruene", "a11")) {
            as(user).get("/monitor/fristen.csv").then().statusCode(403).contentType("application/problem+json");
            as(user).get("/monitor/fristen.xlsx").then().statusCode(403);
            as(user).get("/monitor/statistik").then().statusCode(403);
        }
    }
}
