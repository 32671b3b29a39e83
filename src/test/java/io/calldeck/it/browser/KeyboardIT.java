package io.calldeck.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.calldeck.it.ItServer;
import io.calldeck.it.NoOwn429s;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The dashboard from the keyboard alone, as a manager who does not use a mouse: every control is reached with Tab
 * (never clicked, never focused by script), a period is typed into the date field, a form is sent with Enter, a
 * table is sorted with Enter on its column header, a call opens with Enter on its link, and a confirmation dialog
 * takes its focus, closes on Escape without sending anything and confirms with Enter on "Yes".
 */
@ExtendWith(NoOwn429s.class)
class KeyboardIT {

    private static final LocalDate TO = LocalDate.now(ZoneOffset.UTC);
    private static final LocalDate FROM = TO.minusDays(9);
    /** Tab presses after which a control counts as unreachable. */
    private static final int MAX_TABS = 80;

    @RegisterExtension
    final BrowserExtension browsers = new BrowserExtension(ItServer.BASE);
    private Browser browser;

    @BeforeAll
    static void synced() {
        ItServer.awaitFirstSync();
    }

    @BeforeEach
    void open() {
        browser = browsers.get();
    }

    @Test
    void aPeriodIsTypedIntoTheTeamPageAndItsTableSortedFromTheKeyboard() {
        browser.signIn("viewer", ItServer.VIEWER_PASSWORD).go("/team");

        WebElement range = tabTo(e -> "filters:range_input".equals(e.getAttribute("id")), "the period field");
        selectAll();
        keys(FROM + " to " + TO);
        assertThat(range.getAttribute("value")).isEqualTo(FROM + " to " + TO);
        keys(Keys.ENTER);
        browser.waitUntil(d -> d.getCurrentUrl().contains("from=" + FROM) && d.getCurrentUrl().contains("to=" + TO));
        List<JsonObject> reps = ItServer.api("/api/team?from=" + FROM + "&to=" + TO.plusDays(1))
                .getJsonArray("reps").stream().map(JsonValue::asJsonObject).toList();
        assertThat(reps).isNotEmpty();
        assertThat(teamCalls()).as("the typed period's reps, as the API counts them")
                .containsExactlyInAnyOrderElementsOf(reps.stream().map(r -> r.getInt("calls")).toList());

        tabTo(e -> "th".equals(e.getTagName()) && e.getText().trim().startsWith("Calls"), "the Calls column header");
        keys(Keys.ENTER);
        browser.ajaxDone();
        // PrimeFaces marks the header at once and replaces the rows when its Ajax answer lands: wait for both
        String direction = browser.waitUntil(d -> {
            String sort = header("Calls").getAttribute("aria-sort");
            return ("ascending".equals(sort) || "descending".equals(sort)) && sorted(teamCalls(), sort) ? sort : null;
        });
        // Enter again reverses it; the header keeps the focus
        assertThat(browser.driver().switchTo().activeElement().getText().trim()).startsWith("Calls");
        keys(Keys.ENTER);
        browser.ajaxDone();
        String reversed = "ascending".equals(direction) ? "descending" : "ascending";
        browser.waitUntil(d -> reversed.equals(header("Calls").getAttribute("aria-sort")) && sorted(teamCalls(), reversed));
        browser.screenshot("keyboard-team-sorted");
    }

    @Test
    void theTalkTimeAndTrackersTablesSortFromTheKeyboard() {
        browser.signIn("viewer", ItServer.VIEWER_PASSWORD);
        for (String[] page : new String[][] {{"/talk-time", "Calls", "2", "numbers"},
                {"/trackers", "Mentions", "4", "trackers"}}) {
            browser.go(page[0]);
            tabTo(e -> "th".equals(e.getTagName()) && e.getText().trim().startsWith(page[1]), page[1] + " on " + page[0]);
            keys(Keys.ENTER);
            browser.ajaxDone();
            By column = By.xpath("//*[substring(@id, string-length(@id) - " + (page[3].length() - 1) + ") = '" + page[3]
                    + "']//th[starts-with(normalize-space(.), '" + page[1] + "')]");
            By cells = By.cssSelector("[id$='" + page[3] + "_data'] tr[data-ri] td:nth-child(" + page[2] + ")");
            browser.waitUntil(d -> {
                String sort = d.findElement(column).getAttribute("aria-sort");
                List<Integer> values = d.findElements(cells).stream()
                        .map(td -> Integer.parseInt(td.getText().trim().replace(",", ""))).toList();
                return ("ascending".equals(sort) || "descending".equals(sort)) && sorted(values, sort) ? sort : null;
            });
            assertThat(browser.driver().findElements(By.cssSelector(".ui-dialog")).stream().filter(WebElement::isDisplayed))
                    .as("no error dialog on %s", page[0]).isEmpty();
        }
    }

    @Test
    void callsAreFilteredSortedAndOpenedFromTheKeyboard() {
        browser.signIn("viewer", ItServer.VIEWER_PASSWORD).go("/calls");

        tabTo(e -> "filters:range_input".equals(e.getAttribute("id")), "the Started field");
        keys(FROM + " to " + TO);
        tabTo(e -> "filters:q".equals(e.getAttribute("id")), "the title field");
        keys("a", Keys.ENTER);
        browser.waitUntil(d -> d.getCurrentUrl().contains("q=a") && d.getCurrentUrl().contains("from=" + FROM));
        String api = "from=" + FROM + "&to=" + TO.plusDays(1) + "&q=a";
        long total = ItServer.api("/api/calls?" + api + "&size=1").getJsonNumber("total").longValue();
        assertThat(total).isPositive();
        assertThat(browser.driver().findElement(By.cssSelector("#table\\:calls .ui-paginator-current")).getText())
                .endsWith("of " + total + " calls");

        tabTo(e -> "th".equals(e.getTagName()) && e.getText().trim().startsWith("Duration"), "the Duration header");
        keys(Keys.ENTER);
        browser.ajaxDone();
        List<String> expected = ItServer.api("/api/calls?" + api + "&sort=duration&size=25").getJsonArray("calls")
                .stream().map(c -> c.asJsonObject().getString("id")).toList();
        browser.waitUntil(d -> tableIds().equals(expected) ? Boolean.TRUE : null);

        WebElement link = tabTo(e -> "a".equals(e.getTagName())
                && e.findElements(By.xpath("ancestor::td[contains(@class,'cd-title-cell')]")).size() == 1,
                "the first call's title");
        assertThat(link.findElement(By.xpath("ancestor::tr")).getAttribute("data-rk")).isEqualTo(expected.get(0));
        keys(Keys.ENTER);
        browser.waitUntil(d -> d.getCurrentUrl().contains("/call?id=" + expected.get(0)));
        browser.screenshot("keyboard-call");
    }

    @Test
    void theConfirmationDialogTakesTheFocusClosesOnEscapeAndConfirmsWithEnter() {
        List<JsonValue> recent = ItServer.api("/api/calls?size=3&sort=-started").getJsonArray("calls");
        String callId = recent.get(recent.size() - 1).asJsonObject().getString("id");
        browser.signIn("admin", ItServer.ADMIN_PASSWORD).go("/access");

        tabTo(e -> "access:calls".equals(e.getAttribute("id")), "the call ids field");
        keys(callId);
        tabTo(e -> "access:users_input".equals(e.getAttribute("id")), "the users field");
        keys("a");
        browser.waitUntil(d -> d.findElements(By.cssSelector(".ui-autocomplete-panel li.ui-autocomplete-item")).stream()
                .anyMatch(WebElement::isDisplayed));
        keys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.ajaxDone();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#access\\:users .ui-autocomplete-token")).isEmpty());
        tabTo(e -> "access:preview".equals(e.getAttribute("id")), "Preview");
        keys(Keys.ENTER);
        browser.ajaxDone();

        tabTo(e -> "access:confirm".equals(e.getAttribute("id")), "the confirm button");
        keys(Keys.ENTER);
        browser.animationsDone();
        WebElement dialog = browser.waitUntil(d -> d.findElements(By.cssSelector(".ui-confirm-dialog")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(dialog.getText()).containsPattern("Give access for \\d+ user\\(s\\) on 1 call\\(s\\) in Gong\\?");
        assertThat(focusInDialog()).as("the open dialog holds the focus").isTrue();
        keys(Keys.ESCAPE);
        browser.animationsDone();
        browser.waitUntil(d -> !dialog.isDisplayed());
        browser.ajaxDone();
        assertThat(browser.driver().findElements(By.id("access:outcomes")))
                .as("Escape sends nothing to Gong").isEmpty();

        // the focus returns to the button that opened the dialog once its fade has ended
        browser.waitUntil(d -> "access:confirm".equals(d.switchTo().activeElement().getAttribute("id")));
        keys(Keys.ENTER);
        browser.animationsDone();
        browser.waitUntil(d -> dialog.isDisplayed());
        tabTo(e -> "confirmYes".equals(e.getAttribute("id")), "Yes");
        keys(Keys.ENTER);
        browser.ajaxDone();
        WebElement outcomes = browser.waitUntil(d -> d.findElements(By.id("access:outcomes")).stream().findFirst()
                .orElse(null));
        assertThat(outcomes.getText()).contains(callId).contains("Applied");
        browser.screenshot("keyboard-access-applied");

        // Leave the call as it was: remove the access again, still from the keyboard.
        tabTo(e -> "radio".equals(e.getAttribute("type")) && e.getAttribute("id") != null
                && e.getAttribute("id").startsWith("access:action"), "the Change choice", true);
        keys(Keys.ARROW_DOWN);
        tabTo(e -> "access:preview".equals(e.getAttribute("id")), "Preview");
        keys(Keys.ENTER);
        browser.ajaxDone();
        browser.waitUntil(d -> d.findElements(By.id("access:confirm")).stream()
                .anyMatch(b -> b.getText().startsWith("Remove")));
        tabTo(e -> "access:confirm".equals(e.getAttribute("id")), "the confirm button");
        keys(Keys.ENTER);
        browser.animationsDone();
        browser.waitUntil(d -> d.findElements(By.cssSelector(".ui-confirm-dialog")).stream().anyMatch(WebElement::isDisplayed));
        tabTo(e -> "confirmYes".equals(e.getAttribute("id")), "Yes");
        keys(Keys.ENTER);
        browser.ajaxDone();
        browser.waitUntil(d -> d.findElements(By.id("access:outcomes")).stream()
                .anyMatch(o -> o.getText().contains("Applied")) && !d.findElement(By.id("confirmYes")).isDisplayed());
    }

    /** Presses the keys on whatever holds the focus, as a keyboard does. */
    private void keys(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    /** Ctrl+A: selects the focused field's text, so what is typed next replaces it. */
    private void selectAll() {
        new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
    }

    private WebElement tabTo(Predicate<WebElement> wanted, String what) {
        return tabTo(wanted, what, false);
    }

    /**
     * Presses Tab (or Shift+Tab, {@code backwards}) until the focused element is the one wanted.
     *
     * @throws AssertionError when it is not reached within {@link #MAX_TABS} presses
     */
    private WebElement tabTo(Predicate<WebElement> wanted, String what, boolean backwards) {
        for (int i = 0; i < MAX_TABS; i++) {
            WebElement focused = browser.driver().switchTo().activeElement();
            if (wanted.test(focused)) {
                return focused;
            }
            Actions press = new Actions(browser.driver());
            if (backwards) {
                press.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            } else {
                press.sendKeys(Keys.TAB).perform();
            }
        }
        throw new AssertionError(what + " is not reached with the keyboard within " + MAX_TABS + " presses");
    }

    private boolean focusInDialog() {
        return Boolean.TRUE.equals(browser.js(
                "return document.querySelector('.ui-confirm-dialog').contains(document.activeElement);"));
    }

    private WebElement header(String text) {
        return browser.driver().findElement(By.xpath("//*[@id='numbers:reps']//th[starts-with(normalize-space(.), '"
                + text + "')]"));
    }

    private List<Integer> teamCalls() {
        return browser.driver().findElements(By.cssSelector("#numbers\\:reps_data tr[data-ri] td:nth-child(2)"))
                .stream().map(td -> Integer.parseInt(td.getText().trim())).toList();
    }

    private static boolean sorted(List<Integer> values, String direction) {
        List<Integer> ascending = values.stream().sorted().toList();
        return values.size() > 1 && values.equals("ascending".equals(direction) ? ascending
                : ascending.stream().sorted(java.util.Comparator.reverseOrder()).toList());
    }

    private List<String> tableIds() {
        return browser.driver().findElements(By.cssSelector("#table\\:calls_data tr[data-rk]")).stream()
                .map(r -> r.getAttribute("data-rk")).toList();
    }
}
