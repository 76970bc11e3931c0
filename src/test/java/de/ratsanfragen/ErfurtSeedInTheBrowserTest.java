package de.ratsanfragen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import de.ratsanfragen.TasklistScreens.Reply;
import de.ratsanfragen.deadline.DeadlineCalendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13, point 8: the Erfurt inquiry from the faction's upload to its download, through the screens only — the
 * service's pages in one browser, Camunda Tasklist in another, as the people who use them. Nothing moves the process
 * through an API; the REST calls here only check what the screens did (who still has a task, the inquiry's state).
 * Screenshots of the key screens go to {@code target/e2e-screenshots/}.
 */
class ErfurtSeedInTheBrowserTest extends BrowserTestSupport {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Autowired
    DeadlineCalendar calendar;

    private TasklistScreens tasklist;
    private ServiceScreens pages;

    @Override
    protected Duration patience() {
        return Duration.ofSeconds(60);
    }

    @AfterEach
    void closeTasklist() {
        if (tasklist != null) {
            tasklist.browser().quit();
        }
    }

    /** Every clerk's answer says who wrote it for which task, so that the response shows where each text came from. */
    private static Function<String, Reply> answersOf(String user) {
        return name -> Reply.answer("Antwort von " + user.toUpperCase() + " zu " + name.substring(0, name.indexOf(" – ")) + ".");
    }

    @Test
    void theErfurtInquiryGoesFromUploadToDownloadThroughTheScreensOnly() throws IOException {
        wait.pollingEvery(Duration.ofMillis(100));
        pages = new ServiceScreens(browser, wait, port);
        tasklist = new TasklistScreens(Browser.start(), patience(), port);
        try {
            walk();
        } catch (RuntimeException | AssertionError failed) {
            // what both browsers showed when the walk stopped, for the one who reads the failure
            Path failure = Files.createDirectories(Path.of("target", "e2e-failure"));
            Files.writeString(failure.resolve("service.html"), browser.getPageSource());
            Files.writeString(failure.resolve("tasklist.html"), tasklist.browser().getPageSource());
            ServiceScreens.shoot(browser, "../e2e-failure/service", null);
            ServiceScreens.shoot(tasklist.browser(), "../e2e-failure/tasklist", null);
            throw failed;
        }
    }

    private long started;

    private void lap(String step) {
        System.out.printf("Erfurt seed through the screens: %s after %d s%n", step, Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    private void walk() throws IOException {
        started = System.nanoTime();

        // 1. the faction uploads its document, checks the preview and submits
        logInTo("/anfragen", "gruene", By.id("hochladen"));
        Path file = downloads.resolveSibling(downloads.getFileName() + "-anfrage.txt");
        Files.write(file, SeedFiles.seed(SeedFiles.ERFURT_INQUIRY));
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#hochladen button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fragen")));
        assertThat(browser.findElement(By.id("anzahl")).getText()).isEqualTo("55");
        assertThat(browser.findElement(By.cssSelector("#fragen tr[data-number='40']")).getText()).contains("legt der Bereich OB fest");
        browser.findElement(By.id("einreichen")).click();
        String reference = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#eingereicht strong"))).getText();
        pages.logOut();

        lap("upload");
        // 2. the OB office opens the inquiry from the list and triages it in the workspace
        logInTo("/anfragen", "ob", By.id("anfragen"));
        browser.findElement(By.linkText(reference)).click();
        wait.until(ExpectedConditions.urlMatches("/anfragen/[0-9a-f-]{36}$"));
        String id = pages.idFromUrl();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("pruefung"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("zuordnen")));
        assertThat(browser.getCurrentUrl()).endsWith("/anfragen/" + id + "/pruefung");
        List<Integer> unrouted = pages.unrouted();
        assertThat(unrouted).containsExactly(40, 50, 51);
        for (int number : List.of(50, 51)) {
            assertThat(pages.row(number).getText()).contains("Im Dokument: „Beantwortung Gesundheitsamt“", "Vorschlag: A53 – Gesundheitsamt");
        }
        pages.shoot("01-pruefung-vorschlaege");
        browser.findElement(By.id("vorschlaege")).click();
        assertThat(pages.saved()).contains("Fragen 50, 51");
        assertThat(pages.unrouted()).containsExactly(40);
        browser.findElement(By.id("alle-ohne")).click();
        assertThat(browser.findElement(By.id("frage-40")).isSelected()).isTrue();
        new Select(browser.findElement(By.id("federfuehrend"))).selectByValue("BMI");
        browser.findElement(By.id("zuweisen")).click();
        assertThat(pages.saved()).contains("Frage 40 zugeordnet");
        assertThat(pages.unrouted()).isEmpty();
        browser.findElement(By.id("berechnen")).click();
        String type = new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("art")))).getFirstSelectedOption()
                .getAttribute("value");
        LocalDate received = LocalDate.parse(browser.findElement(By.id("eingang")).getText(), GERMAN_DATE);
        String finalDue = calendar.plan(type, received).finalDue().format(GERMAN_DATE);
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("endfrist"))).getText()).isEqualTo(finalDue);
        pages.shoot("02-pruefung-fristen", By.id("frist"));
        browser.findElement(By.id("abschliessen")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("abgeschlossen"))).getText()).contains(finalDue);
        assertThat(state(id)).isEqualTo("IN_PROGRESS");

        lap("triage");
        // the items the special cases take, from the routing the workspace shows after triage
        browser.get(pages.url("/anfragen/" + id + "/pruefung"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("neu-zuordnen")));
        Map<Integer, List<String>> units = pages.routedUnits();
        int moved = pages.onlyItemOf(units, "A17");
        int declined = pages.onlyItemOf(units, "A67");
        int returned = units.entrySet().stream().filter(item -> item.getValue().equals(List.of("A11")))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        int edited = units.entrySet().stream().filter(item -> item.getValue().equals(List.of("BMI")))
                .map(Map.Entry::getKey).findFirst().orElseThrow();

        // 3a. re-routed while in progress: Amt 17 has taken its task and started writing when the OB office moves the item
        tasklist.logIn("a17");
        String name = "Frage " + moved + " beantworten";
        String a17Task = tasklist.card(reference, name);
        tasklist.open(a17Task, tasklist.cards(reference, false).get(a17Task));
        tasklist.claim();
        tasklist.type("Antwort", "Entwurf von Amt 17, noch nicht fertig.");
        tasklist.shoot("03-tasklist-aufgabe");
        pages.reroute(id, moved, "A40");
        tasklist.refreshList();
        tasklist.gone(a17Task);
        assertThat(openTasks("a17", id)).as("the old lead has no task of the item any more").isZero();
        tasklist.logOut();

        lap("re-routing in progress");
        // 3b. a decline: the Garten- und Friedhofsamt is not responsible; the OB office routes the item anew
        String reason = "Die Frage betrifft keine Grünfläche; zuständig ist das Personal- und Organisationsamt.";
        List<String> declinedBy = tasklist.workOff("a67", reference,
                task -> task.startsWith("Frage " + declined + " beantworten ") ? Reply.decline(reason) : answersOf("a67").apply(task));
        assertThat(declinedBy).anyMatch(task -> task.startsWith("Frage " + declined + " beantworten "));
        browser.get(pages.url("/anfragen/" + id + "/pruefung"));
        assertThat(pages.row(declined).findElement(By.cssSelector("td.state")).getText()).isEqualTo("abgegeben, Zuständigkeit wird geklärt");
        pages.reroute(id, declined, "A11");

        lap("decline");
        // 3c. every unit answers its tasks in Tasklist, as long as the OB office's inquiry page names units holding items
        for (Set<String> holders = pages.holders(id, "in Bearbeitung"); !holders.isEmpty(); holders = pages.holders(id, "in Bearbeitung")) {
            holders.forEach(unit -> tasklist.workOff(unit.toLowerCase(), reference, answersOf(unit.toLowerCase())));
        }
        assertThat(state(id)).isEqualTo("IN_SIGN_OFF");
        Set<String> dezernate = pages.holders(id, "in Mitzeichnung");
        assertThat(dezernate).contains("D01").isSubsetOf("D01", "D03", "D04", "D05");
        String previous = "Antwort von A11 zu Frage " + returned + " beantworten.";
        String reviewPage = pages.reviewLink(id);
        pages.logOut();

        lap("answers");
        // 4. sign-off: each Dezernat follows the link in its Tasklist form to the review page; D01 sends one item back
        String comment = "Bitte die Zahl der Beratungsfälle 2025 ergänzen.";
        for (String dezernat : dezernate) {
            String link = tasklist.signOffLink(dezernat.toLowerCase(), reference, dezernat.equals("D01") ? "04-tasklist-mitzeichnung" : null);
            assertThat(link).isEqualTo(reviewPage);
            logInTo(link.substring(link.indexOf("/anfragen/")), dezernat.toLowerCase(), By.id("entscheidung"));
            if (dezernat.equals("D01")) {
                pages.sendBack(returned, comment, "A11");
                pages.shoot("05-durchsicht-zurueckgegeben", By.id("frage-" + returned));
            } else {
                pages.decide("zustimmen");
            }
            pages.logOut();
        }
        tasklist.logIn("a11");
        String rework = tasklist.card(reference, "Frage " + returned + " beantworten");
        tasklist.open(rework, tasklist.cards(reference, false).get(rework));
        tasklist.claim();
        assertThat(tasklist.value("Antwort")).isEqualTo(previous);
        assertThat(tasklist.value("Zur Überarbeitung zurückgegeben – von wem, mit welchem Kommentar")).contains("D01: " + comment);
        String reworked = "Überarbeitet vom Personal- und Organisationsamt: 2025 gab es 312 Beratungsfälle.";
        tasklist.type("Antwort", reworked);
        tasklist.shoot("06-tasklist-ueberarbeitung");
        tasklist.complete(rework);
        tasklist.logOut();
        logInTo(reviewPage.substring(reviewPage.indexOf("/anfragen/")), "d01", By.id("entscheidung"));
        assertThat(pages.reviewItem(returned).findElement(By.cssSelector("p.answer")).getText()).isEqualTo(reworked);
        pages.decide("zustimmen");
        pages.logOut();
        assertThat(state(id)).isEqualTo("IN_APPROVAL");

        lap("sign-off");
        // 5. the OB office corrects the wording of one answer on the review page and releases
        logInTo("/anfragen/" + id, "ob", By.id("fragen"));
        browser.findElement(By.id("durchsicht")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("schritt"))).getText()).isEqualTo("Freigabe");
        String wording = "Das Büro für Migration und Integration berät auch mit externen Beratungsstellen.";
        pages.editAnswer(edited, wording);
        pages.shoot("07-durchsicht-freigabe", By.id("frage-" + edited));
        assertThat(browser.findElement(By.id("zustimmen")).getText()).isEqualTo("Freigeben");
        pages.decide("zustimmen");
        pages.logOut();

        lap("approval");
        // 6. the faction sees its answered inquiry and downloads the response
        logInTo("/anfragen", "gruene", By.id("anfragen"));
        browser.findElement(By.linkText(reference)).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dd.state"))).getText()).isEqualTo("beantwortet");
        pages.shoot("08-anfrage-beantwortet");
        browser.findElement(By.id("antwort-pdf")).click();
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(downloaded(".pdf")))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(wording, reworked).doesNotContain(previous);
        }
        assertThat(state(id)).isEqualTo("RELEASED");
        lap("download");
    }

    /** Assertion only: the inquiry's state (the service's API, never used to act). */
    private static String state(String id) {
        return as("ob").get("/api/inquiries/" + id).then().statusCode(200).extract().path("state");
    }

    /** Assertion only: how many open tasks of the inquiry the user has (engine REST API, never used to act). */
    private static int openTasks(String user, String id) {
        return as(user).get("/engine-rest/task/count?processInstanceBusinessKey=" + id).then().statusCode(200)
                .extract().jsonPath().getInt("count");
    }
}
