package io.calldeck.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.calldeck.it.ItCalls;
import io.calldeck.it.ItServer;
import io.calldeck.it.NoOwn429s;
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
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard as a sales manager uses it, in Debian's headless Chromium, on the sandbox's data after the
 * first sync: the calls table (filter, sort, page, CSV export), a call, the talk-time charts, and call access
 * given and removed. Every test saves a screenshot in {@code target/screenshots}.
 */
@ExtendWith(NoOwn429s.class)
class DashboardIT {

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

    private static List<String> apiIds(String query) {
        return ItServer.api("/api/calls?" + query).getJsonArray("calls").stream()
                .map(v -> v.asJsonObject().getString("id")).toList();
    }

    private List<String> tableIds() {
        return browser.driver().findElements(By.cssSelector("#table\\:calls_data tr[data-rk]")).stream()
                .map(row -> row.getAttribute("data-rk")).toList();
    }

    private String report() {
        return browser.driver().findElement(By.cssSelector("#table\\:calls .ui-paginator-current")).getText();
    }

    @Test
    void callsFilteredByDateRepAndDirectionMatchTheStore() {
        JsonObject someCall = ItServer.api("/api/calls?size=1&sort=-started&direction=Conference").getJsonArray("calls")
                .getJsonObject(0);
        String rep = someCall.getString("primaryUserId");
        LocalDate day = LocalDate.parse(someCall.getString("started").substring(0, 10));
        LocalDate from = day.minusDays(20);
        // The viewer, as the API below: admins see private calls too, viewers do not.
        browser.signIn("viewer", ItServer.VIEWER_PASSWORD)
                .go("/calls?from=" + from + "&to=" + day + "&rep=" + rep + "&dir=Conference,Outbound");

        String api = "from=" + from + "&to=" + day.plusDays(1) + "&rep=" + rep + "&direction=Conference&direction=Outbound"
                + "&size=25&sort=-started";
        long total = ItServer.api("/api/calls?" + api).getJsonNumber("total").longValue();
        assertThat(total).isPositive();
        assertThat(report()).endsWith("of " + total + " calls");
        assertThat(tableIds()).containsExactlyElementsOf(apiIds(api));
        browser.screenshot("calls-filtered");
    }

    @Test
    void theFilterBarWritesItsCriteriaIntoTheUrl() {
        browser.signIn("viewer", ItServer.VIEWER_PASSWORD).go("/calls");
        WebElement title = browser.driver().findElement(By.id("filters:q"));
        // a space must reach the criteria as typed: the URL encodes it once, never twice
        title.sendKeys("Pricing Review");
        browser.driver().findElement(By.id("filters:apply")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("q=Pricing"));
        assertThat(browser.driver().getCurrentUrl()).contains("q=Pricing+Review");
        assertThat(browser.driver().findElement(By.id("filters:q")).getAttribute("value"))
                .as("the search box shows what was typed").isEqualTo("Pricing Review");

        long total = ItServer.api("/api/calls?q=Pricing+Review&size=1").getJsonNumber("total").longValue();
        assertThat(total).isPositive();
        assertThat(report()).endsWith("of " + total + " calls");
        assertThat(browser.driver().findElements(By.cssSelector("#table\\:calls_data td.cd-title-cell a")).get(0).getText())
                .containsIgnoringCase("pricing review");
        browser.screenshot("calls-title-filter");
    }

    @Test
    void sortingAndPagingFollowTheStore() {
        browser.signIn("viewer", ItServer.VIEWER_PASSWORD).go("/calls");
        By duration = By.xpath("//th[.//span[text()='Duration']]");
        browser.waitUntil(d -> !d.findElements(duration).isEmpty()); // the page may still be replacing sign-in's
        browser.driver().findElement(duration).click();
        browser.ajaxDone();
        browser.waitUntil(d -> tableIds().equals(apiIds("sort=duration&size=25")));

        browser.driver().findElement(By.cssSelector("#table\\:calls .ui-paginator-next")).click();
        browser.ajaxDone();
        browser.waitUntil(d -> report().startsWith("26–50"));
        assertThat(tableIds()).containsExactlyElementsOf(apiIds("sort=duration&size=25&page=1"));
        browser.screenshot("calls-sorted-page-2");
    }

    @Test
    void csvExportHoldsExactlyTheFilteredCalls() throws Exception {
        browser.signIn("viewer", ItServer.VIEWER_PASSWORD).go("/calls?dir=Inbound");
        Path csv = browser.download(By.id("table:calls:csv"), ".csv", Duration.ofSeconds(30));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        long total = ItServer.api("/api/calls?direction=Inbound&size=1").getJsonNumber("total").longValue();
        assertThat(lines.get(0)).contains("Started").contains("Title").contains("Rep");
        assertThat(lines).hasSize((int) total + 1);
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).contains("Inbound"));
        browser.screenshot("calls-export");
    }

    @Test
    void excelExportHoldsExactlyTheFilteredCallsInTheTablesOrder() throws Exception {
        browser.signIn("viewer", ItServer.VIEWER_PASSWORD).go("/calls?dir=Outbound");
        Path xlsx = browser.download(By.id("table:calls:xlsx"), ".xlsx", Duration.ofSeconds(30));
        List<String> titles = new java.util.ArrayList<>();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
            org.apache.poi.ss.usermodel.Row header = sheet.getRow(0);
            int title = -1;
            int direction = -1;
            for (org.apache.poi.ss.usermodel.Cell cell : header) {
                title = "Title".equals(cell.getStringCellValue()) ? cell.getColumnIndex() : title;
                direction = "Direction".equals(cell.getStringCellValue()) ? cell.getColumnIndex() : direction;
            }
            assertThat(title).as("the Title column").isNotNegative();
            assertThat(direction).as("the Direction column").isNotNegative();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                assertThat(row.getCell(direction).getStringCellValue()).isEqualTo("Outbound");
                titles.add(row.getCell(title).getStringCellValue());
            }
        }
        List<jakarta.json.JsonObject> api = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            List<jakarta.json.JsonObject> read = ItServer.api("/api/calls?direction=Outbound&size=500&page=" + page)
                    .getJsonArray("calls").getValuesAs(jakarta.json.JsonObject.class);
            api.addAll(read);
            if (read.size() < 500) {
                break;
            }
        }
        assertThat(api).as("more outbound calls than one read of the export (500)").hasSizeGreaterThan(500);
        assertThat(titles).containsExactlyElementsOf(api.stream()
                .map(c -> io.calldeck.dashboard.SpreadsheetText.neutralize(c.getString("title"))).toList());
    }

    @Test
    void aCallShowsPartiesTalkTimeCommentsAsTextAndItsTranscript() {
        String callId = callWithAScriptComment();
        browser.signIn("viewer", ItServer.VIEWER_PASSWORD).go("/call?id=" + callId);

        assertThat(browser.driver().findElement(By.id("parties")).getText()).contains("Company").contains("Others");
        assertThat(browser.driver().findElements(By.cssSelector("#talk .cd-bar"))).isNotEmpty();
        String comments = browser.driver().findElement(By.id("comments")).getText();
        assertThat(comments).contains("<script>alert('xss')</script>");
        assertThat(browser.driver().findElements(By.cssSelector("#comments script"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#transcript .cd-line"))).hasSizeGreaterThan(3);
        browser.screenshot("call");
    }

    private static String callWithAScriptComment() {
        JsonObject comments = ItServer.api("/api/comments?size=500&from=2000-01-01");
        List<String> withMarkup = comments.getJsonArray("comments").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("comment").contains("<script>")).map(c -> c.getString("callId"))
                .distinct().toList();
        assertThat(withMarkup).as("calls with a comment carrying markup").isNotEmpty();
        // Gong publishes a transcript hours after the call; the page can show lines only once it has.
        return ItCalls.withPublishedTranscript(withMarkup).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no call with markup in a comment has a published transcript: "
                        + withMarkup));
    }

    @Test
    void talkTimeChartsShowThePerRepSumsOfTheApi() {
        LocalDate to = LocalDate.now(ZoneOffset.UTC);
        LocalDate from = to.minusDays(29);
        browser.signIn("viewer", ItServer.VIEWER_PASSWORD).go("/talk-time?from=" + from + "&to=" + to);
        browser.waitUntil(d -> browser.js("return window.Chart && Chart.getChart(document.querySelector('#totals canvas')) ? 1 : 0").equals(1L));

        @SuppressWarnings("unchecked")
        Map<String, Object> chart = (Map<String, Object>) browser.js("var c = Chart.getChart(document.querySelector('#totals canvas'));"
                + " return {labels: c.data.labels, data: c.data.datasets[0].data};");
        List<?> labels = (List<?>) chart.get("labels");
        List<?> hours = (List<?>) chart.get("data");
        String query = "from=" + URLEncoder.encode(from.atStartOfDay().atOffset(ZoneOffset.UTC).toString(), StandardCharsets.UTF_8)
                + "&to=" + URLEncoder.encode(to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC).toString(), StandardCharsets.UTF_8);
        Map<String, Double> api = ItServer.api("/api/talk-time?" + query).getJsonArray("reps").stream()
                .map(JsonValue::asJsonObject).collect(Collectors.toMap(r -> r.getString("name"),
                        r -> Math.round(r.getJsonNumber("talkTimeSeconds").doubleValue() / 36.0) / 100.0));
        assertThat(labels).hasSize(api.size());
        for (int i = 0; i < labels.size(); i++) {
            assertThat(((Number) hours.get(i)).doubleValue()).as("talk time of %s", labels.get(i))
                    .isEqualTo(api.get((String) labels.get(i)));
        }
        Object offset = browser.js("var c = Chart.getChart(document.querySelector('#ratios canvas'));"
                + " c.update('none'); var line = c.getDatasetMeta(1).data; var at = c.scales.x.getPixelForValue(43);"
                + " return Math.max.apply(null, line.map(function (p) { return Math.abs(p.x - at); }));");
        assertThat(offset).isNotNull();
        assertThat(((Number) offset).doubleValue()).as("the benchmark line stands at 43 %% on the bars' scale")
                .isLessThan(1.0);
        browser.screenshot("talk-time");
    }

    @Test
    void anAdminGivesAccessSeesItAndTheAuditLogThenRevokesIt() {
        String callId = ItServer.api("/api/calls?size=1&sort=-started").getJsonArray("calls").getJsonObject(0).getString("id");
        browser.signIn("admin", ItServer.ADMIN_PASSWORD).go("/calls");
        browser.driver().findElement(By.linkText("Call access")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/access"));

        change(callId, "Give access");
        assertThat(browser.driver().findElement(By.id("access:outcomes")).getText()).contains("Applied");
        browser.driver().findElement(By.id("access:current")).click();
        browser.ajaxDone();
        String granted = browser.driver().findElement(By.id("access:currentTable")).getText();
        assertThat(granted).doesNotContain("(nobody)");
        String audit = browser.driver().findElement(By.id("auditForm:audit")).getText();
        assertThat(audit).contains("GIVE").contains("SUCCEEDED").contains(callId);
        browser.screenshot("access-given");

        change(callId, "Remove access");
        browser.driver().findElement(By.id("access:current")).click();
        browser.ajaxDone();
        assertThat(browser.driver().findElement(By.id("access:currentTable")).getText()).contains("(nobody)");
        assertThat(browser.driver().findElement(By.id("auditForm:audit")).getText()).contains("REMOVE");
        browser.screenshot("access-removed");
    }

    @Test
    void callsSelectedOnTheCallsPageOpenCallAccessAndSoDoesABookmark() {
        browser.signIn("admin", ItServer.ADMIN_PASSWORD).go("/calls");
        List<String> ids = browser.waitUntil(d -> tableIds().size() >= 2 ? tableIds().subList(0, 2) : null);
        for (String id : ids) {
            browser.driver().findElement(By.cssSelector("#table\\:calls_data tr[data-rk='" + id + "'] .ui-chkbox-box")).click();
            browser.ajaxDone();
        }
        browser.driver().findElement(By.id("table:calls:access")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/access"));
        assertThat(browser.waitUntil(d -> d.findElements(By.id("access:calls")).stream().findFirst()
                        .map(e -> e.getAttribute("value")).orElse(null)).lines().toList())
                .containsExactlyElementsOf(ids);

        browser.go("/access?calls=" + ids.get(0));
        // the page that was open may still be in the window for a moment: wait for the bookmark's
        assertThat(browser.waitUntil(d -> d.findElements(By.id("access:calls")).stream()
                        .map(e -> e.getAttribute("value")).filter(v -> v != null && v.trim().equals(ids.get(0)))
                        .findFirst().orElse(null)).lines().toList())
                .as("a bookmark opens the page with its calls; only the confirmed postback changes anything")
                .containsExactly(ids.get(0));
        browser.screenshot("access-bookmark");
    }

    private void change(String callId, String action) {
        WebElement calls = browser.driver().findElement(By.id("access:calls"));
        calls.clear();
        calls.sendKeys(callId);
        if (browser.driver().findElements(By.cssSelector("#access\\:users .ui-autocomplete-token")).isEmpty()) {
            WebElement users = browser.driver().findElement(By.id("access:users_input"));
            users.sendKeys("a");
            browser.waitUntil(d -> !d.findElements(By.cssSelector(".ui-autocomplete-panel li.ui-autocomplete-item")).isEmpty()
                    && d.findElements(By.cssSelector(".ui-autocomplete-panel li.ui-autocomplete-item")).get(0).isDisplayed());
            browser.driver().findElements(By.cssSelector(".ui-autocomplete-panel li.ui-autocomplete-item")).get(0).click();
            browser.ajaxDone();
        }
        browser.driver().findElement(By.xpath("//*[@id='access:action']//label[text()='" + action + "']")).click();
        browser.driver().findElement(By.id("access:preview")).click();
        browser.ajaxDone();
        browser.click(By.id("access:confirm"));
        browser.click(By.id("confirmYes"));
        browser.ajaxDone();
        browser.waitUntil(d -> !d.findElements(By.id("access:outcomes")).isEmpty()
                && !d.findElement(By.id("confirmYes")).isDisplayed());
    }
}
