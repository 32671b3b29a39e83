package io.calldeck.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.calldeck.connector.GongCalls;
import io.calldeck.connector.model.CallsFilter;
import io.calldeck.connector.model.ContentSelector;
import io.calldeck.connector.model.ExtensiveCall;
import io.calldeck.connector.model.InteractionStat;
import io.calldeck.it.ItCalls;
import io.calldeck.it.ItServer;
import io.calldeck.it.NoOwn429s;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The Team page and {@code /api/team} after the first sync: each rep's means checked against the same means
 * computed from the sandbox's own extensive calls (read through the connector, as Gong would send them), and the
 * page's table, charts and CSV against the API.
 */
@ExtendWith(NoOwn429s.class)
class TeamIT {

    private static final LocalDate TO = LocalDate.now(ZoneOffset.UTC);
    private static final LocalDate FROM = TO.minusDays(13);

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

    private static Map<String, JsonObject> apiReps(String query) {
        return ItServer.api("/api/team?" + query).getJsonArray("reps").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(r -> r.getString("userId"), r -> r));
    }

    private static String period() {
        return "from=" + FROM + "&to=" + TO.plusDays(1);
    }

    @Test
    void eachRepsMeansAreGongsHostStatsAveragedOverTheCallsTheyHosted() {
        Set<String> stored = ItCalls.store(ItServer.CLIENT, FROM).keySet();
        List<ExtensiveCall> calls;
        try (GongCalls gong = ItServer.sandboxConnector()) {
            calls = gong.streamCallsExtensive(CallsFilter.between(FROM.atStartOfDay(ZoneOffset.UTC).toInstant(),
                            TO.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()),
                    ContentSelector.builder().personInteractionStats().questions().build())
                    .filter(c -> stored.contains(c.metaData().id()) && c.metaData().primaryUserId() != null).toList();
        }
        Map<String, List<ExtensiveCall>> byRep = calls.stream()
                .collect(Collectors.groupingBy(c -> c.metaData().primaryUserId()));
        assertThat(byRep).as("reps with calls in the period").hasSizeGreaterThan(2);

        Map<String, JsonObject> api = apiReps(period());

        assertThat(api.keySet()).containsExactlyInAnyOrderElementsOf(byRep.keySet());
        byRep.forEach((rep, own) -> {
            JsonObject row = api.get(rep);
            assertThat(row.getInt("calls")).as("calls of %s", rep).isEqualTo(own.size());
            assertMean(row, "talkRatio", own, c -> stat(c, InteractionStat.TALK_RATIO));
            assertMean(row, "longestMonologueSeconds", own, c -> stat(c, InteractionStat.LONGEST_MONOLOGUE));
            assertMean(row, "longestCustomerStorySeconds", own, c -> stat(c, InteractionStat.LONGEST_CUSTOMER_STORY));
            assertMean(row, "interactivity", own, c -> stat(c, InteractionStat.INTERACTIVITY));
            assertMean(row, "patienceSeconds", own, c -> stat(c, InteractionStat.PATIENCE));
            assertMean(row, "companyQuestions", own, c -> questions(c, true));
            assertMean(row, "nonCompanyQuestions", own, c -> questions(c, false));
        });
    }

    private static void assertMean(JsonObject row, String field, List<ExtensiveCall> calls,
                                   Function<ExtensiveCall, Double> value) {
        java.util.OptionalDouble expected = calls.stream().map(value).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).average();
        if (expected.isEmpty()) { // none of the rep's calls carries it: Gong sent no stats for them
            assertThat(row.isNull(field)).as("%s of %s", field, row.getString("userId")).isTrue();
        } else {
            assertThat(row.getJsonNumber(field).doubleValue()).as("%s of %s", field, row.getString("userId"))
                    .isCloseTo(expected.getAsDouble(), within(1e-6));
        }
    }

    private static Double stat(ExtensiveCall call, String name) {
        if (call.interaction() == null || call.interaction().interactionStats() == null) {
            return null;
        }
        return call.interaction().interactionStats().stream().filter(s -> name.equals(s.name()))
                .map(InteractionStat::value).findFirst().orElse(null);
    }

    private static Double questions(ExtensiveCall call, boolean company) {
        if (call.interaction() == null || call.interaction().questions() == null) {
            return null;
        }
        Integer count = company ? call.interaction().questions().companyCount()
                : call.interaction().questions().nonCompanyCount();
        return count == null ? null : count.doubleValue();
    }

    @Test
    void theTableChartsAndCsvShowTheApisNumbersAndEachRepLinksToTheirCalls() throws Exception {
        Map<String, JsonObject> api = apiReps(period());
        browser.signIn("viewer", ItServer.VIEWER_PASSWORD).go("/team?from=" + FROM + "&to=" + TO);

        List<WebElement> rows = browser.waitUntil(d -> {
            List<WebElement> shown = d.findElements(By.cssSelector("#numbers\\:reps_data tr[data-ri]"));
            return shown.isEmpty() ? null : shown;
        });
        assertThat(rows).hasSize(api.size());
        Map<String, JsonObject> byName = api.values().stream().collect(Collectors.toMap(r -> r.getString("name"), r -> r));
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            JsonObject rep = byName.get(cells.get(0).getText());
            assertThat(rep).as("a row for %s", cells.get(0).getText()).isNotNull();
            assertThat(cells.get(1).getText()).isEqualTo(Integer.toString(rep.getInt("calls")));
            assertThat(cells.get(2).getText()).as("talk ratio of %s", rep.getString("name"))
                    .isEqualTo(Math.round(rep.getJsonNumber("talkRatio").doubleValue() * 100) + "%");
        }

        browser.waitUntil(d -> browser.js("return window.Chart && Chart.getChart(document.querySelector("
                + "'[id$=\"stat\"] canvas')) ? 1 : 0").equals(1L));
        @SuppressWarnings("unchecked")
        Map<String, Object> chart = (Map<String, Object>) browser.js("var c = Chart.getChart(document.querySelector("
                + "'[id$=\"stat\"] canvas')); return {labels: c.data.labels, data: c.data.datasets[0].data,"
                + " median: c.data.datasets[1].data[0], reference: c.data.datasets[2].data[0]};");
        List<?> labels = (List<?>) chart.get("labels");
        List<?> values = (List<?>) chart.get("data");
        Map<String, Double> ratios = api.values().stream().collect(Collectors.toMap(r -> r.getString("name"),
                r -> Math.round(r.getJsonNumber("talkRatio").doubleValue() * 1000) / 10.0));
        assertThat(labels).hasSize(api.size());
        for (int i = 0; i < labels.size(); i++) {
            assertThat(((Number) values.get(i)).doubleValue()).as("talk ratio bar of %s", labels.get(i))
                    .isEqualTo(ratios.get((String) labels.get(i)));
        }
        double[] sorted = api.values().stream().mapToDouble(r -> r.getJsonNumber("talkRatio").doubleValue()).sorted()
                .toArray();
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        assertThat(((Number) chart.get("median")).doubleValue()).isEqualTo(Math.round(median * 1000) / 10.0);
        assertThat(((Number) chart.get("reference")).doubleValue()).as("Gong's reference").isEqualTo(43.0);
        browser.screenshot("team");

        Path csv = browser.download(By.id("numbers:reps:csv"), ".csv", Duration.ofSeconds(30));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).contains("Rep").contains("Talk ratio").contains("Longest monologue");
        // CSV doubles a name's quotes; the last line is the table's footer (the team's medians)
        assertThat(lines.subList(1, lines.size()).stream().filter(l -> !l.startsWith("\"Team median\"")))
                .hasSize(api.size())
                .allSatisfy(l -> assertThat(api.values()).anyMatch(r -> l.startsWith("\""
                        + r.getString("name").replace("\"", "\"\"") + "\",\"" + r.getInt("calls") + "\",")));

        String name = browser.driver().findElement(By.cssSelector("#numbers\\:reps_data tr[data-ri='0'] td a")).getText();
        String rep = byName.get(name).getString("userId");
        browser.click(By.cssSelector("#numbers\\:reps_data tr[data-ri='0'] td a"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/calls"));
        assertThat(browser.driver().getCurrentUrl()).contains("rep=" + rep).contains("from=" + FROM)
                .contains("to=" + TO);
        long listed = ItServer.api("/api/calls?rep=" + rep + "&" + period() + "&size=1").getJsonNumber("total")
                .longValue();
        assertThat(browser.driver().findElement(By.cssSelector("#table\\:calls .ui-paginator-current")).getText())
                .contains("of " + listed + " calls");
    }

    @Test
    void theApiNamesAMalformedParameter() {
        HttpResponse<String> scope = ItServer.send("GET", "/api/team?scope=Everyone", null,
                "Authorization", ItServer.basic("viewer", ItServer.VIEWER_PASSWORD));
        assertThat(scope.statusCode()).isEqualTo(400);
        assertThat(scope.body()).contains("scope");
        HttpResponse<String> from = ItServer.send("GET", "/api/team?from=yesterday", null,
                "Authorization", ItServer.basic("viewer", ItServer.VIEWER_PASSWORD));
        assertThat(from.statusCode()).isEqualTo(400);
        assertThat(from.body()).contains("from");
    }
}
