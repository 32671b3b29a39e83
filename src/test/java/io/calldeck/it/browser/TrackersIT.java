package io.calldeck.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.calldeck.connector.GongCalls;
import io.calldeck.connector.model.CallsFilter;
import io.calldeck.connector.model.ContentSelector;
import io.calldeck.connector.model.ExtensiveCall;
import io.calldeck.connector.model.Tracker;
import io.calldeck.it.ItCalls;
import io.calldeck.it.ItServer;
import io.calldeck.it.NoOwn429s;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The Trackers page, {@code /api/trackers} and the calls filtered by tracker after the first sync: checked against
 * the sandbox's own extensive calls (read through the connector, as Gong sends them: every tracker on every call,
 * a count of 0 meaning not mentioned).
 */
@ExtendWith(NoOwn429s.class)
class TrackersIT {

    private static final LocalDate TO = LocalDate.now(ZoneOffset.UTC);
    private static final LocalDate FROM = TO.minusDays(9);

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

    private static String period() {
        return "from=" + FROM + "&to=" + TO.plusDays(1);
    }

    @Test
    void eachTrackersCallsAndMentionsAreThoseOfTheSandboxsCallsAndTheCallsFilterListsThem() {
        Set<String> stored = ItCalls.store(ItServer.CLIENT, FROM).keySet();
        List<ExtensiveCall> calls;
        try (GongCalls gong = ItServer.sandboxConnector()) {
            calls = gong.streamCallsExtensive(CallsFilter.between(FROM.atStartOfDay(ZoneOffset.UTC).toInstant(),
                            TO.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()),
                    ContentSelector.builder().trackers().build())
                    .filter(c -> stored.contains(c.metaData().id()) && c.metaData().primaryUserId() != null).toList();
        }
        Map<String, Set<String>> callsById = new HashMap<>();
        Map<String, Long> mentionsById = new HashMap<>();
        boolean zeroCounts = false;
        for (ExtensiveCall call : calls) {
            if (call.content() == null || call.content().trackers() == null) {
                continue;
            }
            for (Tracker tracker : call.content().trackers()) {
                if (tracker.count() == null || tracker.count() == 0) {
                    zeroCounts = true;
                    continue;
                }
                callsById.computeIfAbsent(tracker.id(), k -> new HashSet<>()).add(call.metaData().id());
                mentionsById.merge(tracker.id(), (long) tracker.count(), Long::sum);
            }
        }
        assertThat(zeroCounts).as("the sandbox lists unmentioned trackers with a count of 0, as Gong does").isTrue();
        assertThat(callsById).hasSizeGreaterThan(2);

        List<JsonObject> api = ItServer.api("/api/trackers?" + period()).getJsonArray("trackers").stream()
                .map(JsonValue::asJsonObject).toList();

        assertThat(api).extracting(t -> t.getString("id")).containsExactlyInAnyOrderElementsOf(callsById.keySet());
        for (JsonObject tracker : api) {
            String id = tracker.getString("id");
            assertThat(tracker.getInt("calls")).as("calls of %s", tracker.getString("name"))
                    .isEqualTo(callsById.get(id).size());
            assertThat(tracker.getJsonNumber("mentions").longValue()).isEqualTo(mentionsById.get(id));
            assertThat(tracker.getString("type")).isIn("KEYWORD", "SMART");
        }
        assertThat(api).isSortedAccordingTo((a, b) -> Integer.compare(b.getInt("calls"), a.getInt("calls")));

        String some = api.get(api.size() / 2).getString("id");
        Set<String> listed = ItServer.CLIENT.api("/api/calls?tracker=" + some + "&" + period() + "&size=500",
                        "admin", ItServer.ADMIN_PASSWORD).getJsonArray("calls").stream()
                .map(v -> v.asJsonObject().getString("id")).collect(Collectors.toSet());
        assertThat(listed).as("/api/calls?tracker lists exactly the calls that mention it")
                .isEqualTo(callsById.get(some));
    }

    @Test
    void thePageShowsTheApisTrackersAndLinksToTheCallsThatMentionOne() {
        List<JsonObject> api = ItServer.api("/api/trackers?" + period()).getJsonArray("trackers").stream()
                .map(JsonValue::asJsonObject).toList();
        browser.signIn("viewer", ItServer.VIEWER_PASSWORD).go("/trackers?from=" + FROM + "&to=" + TO);

        List<WebElement> rows = browser.waitUntil(d -> {
            List<WebElement> shown = d.findElements(By.cssSelector("#numbers\\:trackers_data tr[data-ri]"));
            return shown.isEmpty() ? null : shown;
        });
        assertThat(rows).hasSize(api.size());
        Map<String, JsonObject> byName = api.stream().collect(Collectors.toMap(t -> t.getString("name"), t -> t));
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            JsonObject tracker = byName.get(cells.get(0).getText());
            assertThat(tracker).as("a row for %s", cells.get(0).getText()).isNotNull();
            assertThat(cells.get(2).getText()).isEqualTo(Integer.toString(tracker.getInt("calls")));
            assertThat(cells.get(3).getText()).isEqualTo(tracker.getJsonNumber("mentions").toString());
        }
        assertThat(browser.driver().findElement(By.cssSelector(".cd-section-title")).getText())
                .as("the most mentioned tracker is shown per rep and week by default")
                .startsWith(api.get(0).getString("name"));
        browser.waitUntil(d -> browser.js("return window.Chart && Chart.getChart(document.querySelector("
                + "'#repsChart canvas')) ? 1 : 0").equals(1L));
        browser.screenshot("trackers");

        JsonObject second = api.get(1);
        browser.click(By.xpath("//tbody[@id='numbers:trackers_data']/tr[td[1]//a[text()=\"" + second.getString("name")
                + "\"]]/td[3]//a"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/calls"));
        assertThat(browser.driver().getCurrentUrl()).contains("tracker=" + second.getString("id"));
        assertThat(browser.driver().findElement(By.id("filters:trackerFilter")).getText())
                .contains(second.getString("name"));
        long listed = ItServer.api("/api/calls?tracker=" + second.getString("id") + "&" + period() + "&size=1")
                .getJsonNumber("total").longValue();
        assertThat(browser.driver().findElement(By.cssSelector("#table\\:calls .ui-paginator-current")).getText())
                .contains("of " + listed + " calls");
        browser.screenshot("calls-by-tracker");

        browser.click(By.id("filters:clearTracker"));
        browser.waitUntil(d -> !d.getCurrentUrl().contains("tracker="));
        assertThat(browser.driver().findElements(By.id("filters:trackerFilter"))).isEmpty();
    }
}
