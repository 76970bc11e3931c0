package de.ratsanfragen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Tasklist as a unit's clerk uses it, in German: log in, open a task card, „Diese Aufgabe übernehmen“, fill
 * the form-js fields found by their labels, „Abschließen“, log out. Only clicks and typing; the task's id is read
 * from the card's link ({@code #/?task=…}) so that a user's tasks are opened one after the other without loading
 * Tasklist again.
 */
public final class TasklistScreens {

    /** What a clerk puts into a task's form: an answer, or „nicht zuständig“ with its reason. */
    public record Reply(String text, String declineReason) {

        public static Reply answer(String text) {
            return new Reply(text, null);
        }

        public static Reply decline(String reason) {
            return new Reply(null, reason);
        }
    }

    private static final Pattern TASK_ID = Pattern.compile("task=([0-9a-fA-F-]+)");
    /** The labels of the field a unit writes its text into, by kind of task (answer, contribution, comment). */
    private static final List<String> TEXT_LABELS = List.of("Antwort", "Beitrag", "Stellungnahme");

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final String home;

    public TasklistScreens(ChromeDriver browser, Duration patience, int port) {
        this.browser = browser;
        // a short polling interval: the walk waits several times for every one of some eighty tasks
        this.wait = new WebDriverWait(browser, patience, Duration.ofMillis(100));
        this.home = "http://localhost:" + port + "/camunda/app/tasklist/default/";
    }

    public ChromeDriver browser() {
        return browser;
    }

    public void logIn(String user) {
        browser.get(home);
        // Tasklist's login form may be rendered anew while it is typed into (after a logout): each field is
        // filled until it holds what was typed, then the form is sent
        By username = By.cssSelector("input[ng-model='username']");
        By password = By.cssSelector("input[ng-model='password']");
        wait.until(driver -> {
            type(username, user);
            type(password, ServiceTestSupport.DEMO_PASSWORD);
            return user.equals(driver.findElement(username).getAttribute("value"))
                    && ServiceTestSupport.DEMO_PASSWORD.equals(driver.findElement(password).getAttribute("value"));
        });
        browser.findElement(By.cssSelector("form[name='signinForm'] button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filters")));
    }

    private void type(By field, String text) {
        wait.until(driver -> {
            try {
                WebElement input = driver.findElement(field);
                if (!input.isDisplayed() || !input.isEnabled()) {
                    return false;
                }
                input.clear();
                input.sendKeys(text);
                return text.equals(driver.findElement(field).getAttribute("value"));
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.ElementNotInteractableException e) {
                return false;
            }
        });
    }

    /** A click on the filter „Meine Aufgaben“: Tasklist reads the list anew. */
    public void refreshList() {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'task-filters')]//a[contains(normalize-space(.),'Meine Aufgaben')]"))).click();
    }

    public void shoot(String name) {
        ServiceScreens.shoot(browser, name, null);
    }

    /**
     * Logs in as the Dezernat, opens its sign-off task and returns the address of the review page its form links to
     * (the screen saved as {@code shot} if given).
     */
    public String signOffLink(String user, String reference, String shot) {
        logIn(user);
        String task = card(reference, "Antworten mitzeichnen");
        open(task, cards(reference, false).get(task));
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[contains(@class,'fjs-form')]//a[normalize-space(.)='Durchsicht öffnen']")));
        String href = link.getAttribute("href");
        if (shot != null) {
            shoot(shot);
        }
        logOut();
        return href;
    }

    /** „Abmelden“ in the user menu of Tasklist's header. */
    public void logOut() {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".account .dropdown-toggle"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.logout a"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[ng-model='username']")));
    }

    private static By cardLinks(String reference) {
        return By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')][contains(normalize-space(.),'" + reference
                + "')]//h4/a[contains(@href,'task=')]");
    }

    /**
     * The task cards of this inquiry in the list, by id with the task's name; waits for at least one when
     * {@code atLeastOne}, else for the list to have loaded (cards or Tasklist's „no task“ notice).
     */
    public Map<String, String> cards(String reference, boolean atLeastOne) {
        if (atLeastOne) {
            wait.until(ExpectedConditions.visibilityOfElementLocated(cardLinks(reference)));
        } else {
            wait.until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.tasks-list li.task")),
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-tasks] .well"))));
        }
        Map<String, String> cards = new LinkedHashMap<>();
        for (WebElement link : browser.findElements(cardLinks(reference))) {
            Matcher id = TASK_ID.matcher(link.getAttribute("href"));
            if (id.find()) {
                cards.put(id.group(1), link.getText().strip());
            }
        }
        return cards;
    }

    /** The id of the card whose task name starts with {@code name} („Frage 12 beantworten“). */
    public String card(String reference, String name) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(cardLinks(reference)));
        return wait.until(driver -> cards(reference, false).entrySet().stream().filter(card -> card.getValue().startsWith(name + " "))
                .map(Map.Entry::getKey).findFirst().orElse(null));
    }

    /** Waits until the task's card has left the list. */
    public void gone(String taskId) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".tasks-list .task a[href*='task=" + taskId + "']")));
    }

    /** Opens the task by its card's address ({@code #/?task=…}) and waits until the task view shows its name. */
    public void open(String taskId, String name) {
        browser.get(home + "#/?task=" + taskId);
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".names h2.task"), name));
    }

    /** „Diese Aufgabe übernehmen“, and waits until the form is there again for the assignee. */
    public void claim() {
        WebElement claim = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim")));
        assertThat(claim.getText()).isEqualTo("Diese Aufgabe übernehmen");
        claim.click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    }

    private static By field(String label, String exactOrStart) {
        String match = "exact".equals(exactOrStart) ? "normalize-space(.)='" + label + "'" : "starts-with(normalize-space(.),'" + label + "')";
        return By.xpath("//div[contains(concat(' ',normalize-space(@class),' '),' fjs-form-field ')][.//label[" + match
                + "]]//*[self::textarea or self::input]");
    }

    /** The element scrolled to the middle of the window, clear of Tasklist's footer. */
    private WebElement centre(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return element;
    }

    /** The form field with this label (form-js), once it is enabled. */
    public WebElement field(String label) {
        return wait.until(driver -> {
            List<WebElement> found = driver.findElements(field(label, "exact"));
            return found.isEmpty() || !found.get(0).isEnabled() ? null : found.get(0);
        });
    }

    /** The value of the form field with this label (a read-only one too). */
    public String value(String label) {
        return wait.until(driver -> {
            try {
                List<WebElement> found = driver.findElements(field(label, "exact"));
                return found.isEmpty() ? null : found.get(0).getAttribute("value");
            } catch (StaleElementReferenceException rendered) {
                return null;
            }
        });
    }

    /**
     * Types into the field with this label, replacing what it held (retries while form-js renders anew), and leaves it
     * with the tab key: form-js takes a typed text into the form's data only after a pause or when the field loses focus.
     */
    public void type(String label, String text) {
        wait.until(driver -> {
            try {
                WebElement field = centre(field(label));
                field.clear();
                field.sendKeys(text);
                field.sendKeys(org.openqa.selenium.Keys.TAB);
                return text.equals(field.getAttribute("value"));
            } catch (StaleElementReferenceException rendered) {
                return false;
            }
        });
    }

    /** Ticks the checkbox whose label starts with {@code label}. */
    public void tick(String label) {
        wait.until(driver -> {
            try {
                WebElement box = driver.findElement(field(label, "start"));
                if (!box.isSelected()) {
                    centre(box).click();
                }
                return box.isSelected();
            } catch (org.openqa.selenium.NoSuchElementException | StaleElementReferenceException
                     | org.openqa.selenium.ElementClickInterceptedException rendered) {
                return false;
            }
        });
    }

    /**
     * „Abschließen“ (found and clicked in one script: Tasklist renders the form anew once the task is claimed, and
     * the claim's notice may lie over the button), then waits until the task's card has left the list.
     */
    public void complete(String taskId) {
        wait.until(driver -> Boolean.TRUE.equals(browser.executeScript(
                "const b = [...document.querySelectorAll('button')].find(e => e.textContent.trim() === 'Abschließen' && !e.disabled);"
                        + " if (b) { b.click(); return true; } return false;")));
        gone(taskId);
    }

    /** Claims the open task, writes the reply into its text field (or declines it) and completes it. */
    public void reply(String taskId, Reply reply) {
        claim();
        if (reply.declineReason() != null) {
            tick("Nicht zuständig");
            type("Begründung (warum nicht zuständig, wer stattdessen?)", reply.declineReason());
        } else {
            String label = wait.until(driver -> TEXT_LABELS.stream()
                    .filter(candidate -> !driver.findElements(field(candidate, "exact")).isEmpty()).findFirst().orElse(null));
            type(label, reply.text());
        }
        complete(taskId);
    }

    /**
     * Logs in as the user, answers every task card of the inquiry in the list (the reply chosen from the task's
     * name), opening them one after the other until the list holds none, and logs out.
     *
     * @return the names of the tasks completed
     */
    public List<String> workOff(String user, String reference, Function<String, Reply> replies) {
        logIn(user);
        List<String> done = new ArrayList<>();
        for (Map<String, String> cards = cards(reference, true); !cards.isEmpty(); cards = cards(reference, false)) {
            cards.forEach((id, name) -> {
                long begun = System.nanoTime();
                open(id, name);
                reply(id, replies.apply(name));
                done.add(name);
                System.out.printf("Tasklist: %s done by %s in %d ms%n", name, user, (System.nanoTime() - begun) / 1_000_000);
            });
        }
        logOut();
        return done;
    }
}
