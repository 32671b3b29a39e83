package io.calldeck.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.calldeck.it.ItServer;
import io.calldeck.it.NoOwn429s;
import io.calldeck.sandbox.data.SalesOrg;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Names and titles from calendar invites and people outside the company, valid but hostile: a rep whose name closes a
 * script element and carries an {@code onerror} handler, a title that is a spreadsheet formula. Every page shows them
 * as text, none runs them, and the export neutralises the formula.
 */
@ExtendWith(NoOwn429s.class)
class HostileTextIT {

    private static JsonObject hostileCall;

    @RegisterExtension
    final BrowserExtension browsers = new BrowserExtension(ItServer.BASE);
    private Browser browser;

    @BeforeAll
    static void find() {
        ItServer.awaitFirstSync();
        hostileCall = ItServer.api("/api/calls?size=500&sort=-started").getJsonArray("calls").stream()
                .map(JsonValue::asJsonObject).filter(c -> c.getString("repName", "").contains("</script>"))
                .findFirst().orElseThrow(() -> new AssertionError("the sandbox's hostile rep has no call"));
    }

    @BeforeEach
    void open() {
        browser = browsers.get().signIn("viewer", ItServer.VIEWER_PASSWORD);
    }

    private void assertNothingRan(String page) {
        assertThat(browser.js("return window.calldeckInjected === undefined")).as("script injected on %s ran", page)
                .isEqualTo(Boolean.TRUE);
        assertThat(browser.driver().findElements(By.cssSelector("img[src='x']"))).as("markup injected on %s", page)
                .isEmpty();
    }

    @Test
    void theRepsNameIsTextOnTheCallsAndCallPages() {
        String rep = hostileCall.getString("primaryUserId");
        browser.go("/calls?rep=" + rep);
        assertThat(browser.driver().findElement(By.id("table:calls")).getText()).contains(SalesOrg.HOSTILE_LAST_NAME);
        assertNothingRan("/calls");
        browser.screenshot("hostile-calls");

        browser.go("/call?id=" + hostileCall.getString("id"));
        assertThat(browser.driver().findElement(By.id("metadata")).getText()).contains(SalesOrg.HOSTILE_LAST_NAME);
        assertThat(browser.driver().findElement(By.id("parties")).getText()).contains(SalesOrg.HOSTILE_LAST_NAME);
        assertNothingRan("/call");
        browser.screenshot("hostile-call");

        browser.go("/comments?from=2000-01-01&rep=" + rep);
        assertNothingRan("/comments");
        browser.screenshot("hostile-comments");
    }

    @Test
    void theTalkTimeChartsLabelTheRepWithTheNameAsItIs() {
        LocalDate to = LocalDate.now(ZoneOffset.UTC);
        browser.go("/talk-time?from=" + to.minusDays(89) + "&to=" + to);
        browser.waitUntil(d -> browser.js("return window.Chart && Chart.getChart(document.querySelector('#totals canvas')) ? 1 : 0").equals(1L));
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) browser.js("return Chart.getChart(document.querySelector('#totals canvas'))"
                + ".data.labels;");
        assertThat(labels).anyMatch(label -> label.endsWith(SalesOrg.HOSTILE_LAST_NAME));
        assertThat(browser.driver().findElement(By.id("numbers")).getText()).contains(SalesOrg.HOSTILE_LAST_NAME);
        assertNothingRan("/talk-time");
        browser.screenshot("hostile-talk-time");
    }

    @Test
    void theTeamPageLabelsTheRepWithTheNameAsItIsAndExportsItAsText() throws Exception {
        LocalDate to = LocalDate.now(ZoneOffset.UTC);
        browser.go("/team?from=" + to.minusDays(89) + "&to=" + to);
        browser.waitUntil(d -> browser.js("return window.Chart && Chart.getChart(document.querySelector("
                + "'[id$=\"stat\"] canvas')) ? 1 : 0").equals(1L));
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) browser.js("return Chart.getChart(document.querySelector("
                + "'[id$=\"stat\"] canvas')).data.labels;");
        assertThat(labels).anyMatch(label -> label.endsWith(SalesOrg.HOSTILE_LAST_NAME));
        assertThat(browser.driver().findElement(By.id("numbers")).getText()).contains(SalesOrg.HOSTILE_LAST_NAME);
        assertNothingRan("/team");
        browser.screenshot("hostile-team");

        browser.go("/trackers?from=" + to.minusDays(89) + "&to=" + to);
        assertNothingRan("/trackers");
    }

    @Test
    void aFormulaTitleIsExportedAsText() throws Exception {
        browser.go("/calls?q=" + URLEncoder.encode("=HYPERLINK", StandardCharsets.UTF_8));
        assertThat(browser.driver().findElement(By.id("table:calls")).getText()).contains("=HYPERLINK(\"https://example.invalid/\"");
        Path csv = browser.download(By.id("table:calls:csv"), ".csv", Duration.ofSeconds(30));
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8).subList(1, 2);
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row).contains("\"'=HYPERLINK(")
                .doesNotContain(",\"=HYPERLINK("));
    }
}
