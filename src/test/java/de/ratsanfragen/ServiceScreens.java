package de.ratsanfragen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The service's own pages as the faction, the OB office and the Dezernate use them in the end-to-end walk: the
 * triage workspace, the inquiry page, the review page. Clicks and typing only.
 */
public final class ServiceScreens {

    /** Where the walk's screenshots go, for people to look at. */
    public static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final int port;

    public ServiceScreens(ChromeDriver browser, WebDriverWait wait, int port) {
        this.browser = browser;
        this.wait = wait;
        this.port = port;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Saves what the browser shows, scrolled to {@code element} if given, as {@code target/e2e-screenshots/<name>.png}. */
    public static Path shoot(ChromeDriver browser, String name, By element) {
        if (element != null) {
            browser.executeScript("arguments[0].scrollIntoView({block: 'start'});", browser.findElement(element));
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            return Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void shoot(String name) {
        shoot(browser, name, null);
    }

    public void shoot(String name, By element) {
        shoot(browser, name, element);
    }

    public void logOut() {
        browser.findElement(By.cssSelector("form.logout button")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    // the triage workspace

    /** The row of one item in the workspace's table. */
    public WebElement row(int number) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#fragen tr[data-number='" + number + "']")));
    }

    /** The numbers of the items without routing. */
    public List<Integer> unrouted() {
        return browser.findElements(By.cssSelector("#fragen tr[data-unrouted='true']")).stream()
                .map(row -> Integer.valueOf(row.getAttribute("data-number"))).toList();
    }

    /** The workspace's note after an assignment. */
    public String saved() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("gespeichert"))).getText();
    }

    private static String code(String label) {
        return label.substring(0, label.indexOf(" – ")).strip();
    }

    /** Every routed item with the codes of its units as the workspace shows them: lead, other answering units, consulted. */
    public Map<Integer, List<String>> routedUnits() {
        Map<Integer, List<String>> units = new LinkedHashMap<>();
        for (WebElement row : browser.findElements(By.cssSelector("#fragen tr[data-number]"))) {
            List<String> codes = new ArrayList<>();
            row.findElements(By.cssSelector("td.routing .lead, td.routing .unit")).forEach(unit -> codes.add(code(unit.getText())));
            row.findElements(By.cssSelector("td.routing .consulted")).forEach(consulted -> Arrays.stream(
                    consulted.getText().replaceFirst("^in Abstimmung mit ", "").split(", ")).forEach(unit -> codes.add(code(unit))));
            units.put(Integer.valueOf(row.getAttribute("data-number")), codes);
        }
        return units;
    }

    /** The first item that this unit answers alone. */
    public int onlyItemOf(Map<Integer, List<String>> units, String unit) {
        return units.entrySet().stream().filter(item -> item.getValue().equals(List.of(unit))).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new AssertionError("no item answered by " + unit + " alone: " + units));
    }

    /** In the workspace after triage: chooses the item and gives it a new lead. */
    public void reroute(String id, int number, String lead) {
        browser.get(url("/anfragen/" + id + "/pruefung"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("neu-zuordnen")));
        WebElement box = row(number).findElement(By.id("frage-" + number));
        assertThat(box.isEnabled()).as("Frage %d can be chosen", number).isTrue();
        box.click();
        new Select(browser.findElement(By.id("federfuehrend"))).selectByValue(lead);
        browser.findElement(By.id("zuweisen")).click();
        assertThat(saved()).startsWith("Frage " + number + " zugeordnet");
        assertThat(row(number).findElement(By.cssSelector("td.routing .lead")).getText()).startsWith(lead + " – ");
    }

    // the inquiry page

    /** The id in the address of the inquiry page the browser shows. */
    public String idFromUrl() {
        String url = browser.getCurrentUrl();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** The units (codes) that hold an item in this state, as the OB office's inquiry page names them („… – bei A32, D05“). */
    public Set<String> holders(String id, String state) {
        browser.get(url("/anfragen/" + id));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fragen")));
        Set<String> holders = new LinkedHashSet<>();
        String prefix = state + " – bei ";
        for (WebElement cell : browser.findElements(By.cssSelector("#fragen td.workflow"))) {
            String text = cell.getText().strip();
            if (text.startsWith(prefix)) {
                // „bei Personal- und Organisationsamt (A11), Ausländerbehörde (A32)“: the codes in brackets
                java.util.regex.Matcher code = java.util.regex.Pattern.compile("\\(([A-Za-z0-9]+)\\)(?=, |$)")
                        .matcher(text.substring(prefix.length()));
                while (code.find()) {
                    holders.add(code.group(1));
                }
            }
        }
        return holders;
    }

    /** The address the inquiry page's link „Durchsicht der Antworten“ leads to. */
    public String reviewLink(String id) {
        if (!browser.getCurrentUrl().endsWith("/anfragen/" + id)) {
            browser.get(url("/anfragen/" + id));
        }
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("durchsicht"))).getAttribute("href");
    }

    // the review page

    public WebElement reviewItem(int number) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("frage-" + number)));
    }

    /** „Mitzeichnen“/„Freigeben“ ({@code zustimmen}) or „Angekreuzte Fragen zurückgeben“ ({@code zurueckgeben}); the page's note. */
    public String decide(String decision) {
        browser.findElement(By.id(decision)).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("erledigt"))).getText();
    }

    /** Ticks „zurückgeben“ for the item, writes the comment and sends it to this one unit only. */
    public void sendBack(int number, String comment, String unit) {
        WebElement item = reviewItem(number);
        item.findElement(By.id("zurueck-" + number)).click();
        item.findElement(By.id("kommentar-" + number)).sendKeys(comment);
        for (WebElement box : item.findElements(By.name("einheit-" + number))) {
            if (box.isSelected() != box.getAttribute("value").equals(unit)) {
                box.click();
            }
        }
        assertThat(item.findElements(By.name("einheit-" + number))).filteredOn(WebElement::isSelected)
                .extracting(box -> box.getAttribute("value")).containsExactly(unit);
        assertThat(decide("zurueckgeben")).isEqualTo("Zur Überarbeitung zurückgegeben: Frage " + number + ".");
    }

    /** „Wortlaut ändern“ of one answer: the new wording is saved and shown with the change. */
    public void editAnswer(int number, String wording) {
        reviewItem(number).findElement(By.tagName("summary")).click();
        WebElement text = reviewItem(number).findElement(By.name("text"));
        text.clear();
        text.sendKeys(wording);
        reviewItem(number).findElement(By.cssSelector("form.edit button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("erledigt")));
        assertThat(reviewItem(number).findElement(By.cssSelector("p.answer")).getText()).isEqualTo(wording);
        assertThat(reviewItem(number).findElement(By.cssSelector(".edits")).getText()).contains("von ob", "nachher: " + wording);
    }
}
