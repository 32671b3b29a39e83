package io.calldeck.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.deque.html.axecore.selenium.AxeReporter;
import io.calldeck.it.ItServer;
import io.calldeck.it.NoOwn429s;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every page passes axe-core (WCAG 2.1 A and AA rules) with no serious or critical violation, as the admin sees it
 * (the most controls). Each page's full axe report is saved as {@code target/axe/<page>.json}.
 */
@ExtendWith(NoOwn429s.class)
class AccessibilityIT {

    /** Where the reports go. */
    static final Path REPORTS = Path.of("target", "axe");

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
    void everyPageHasNoSeriousOrCriticalViolation() throws Exception {
        Files.createDirectories(REPORTS);
        Map<String, String> found = new LinkedHashMap<>();
        browser.go("/login");
        check("/login", found);
        browser.signIn("admin", ItServer.ADMIN_PASSWORD); // one session for every page: a sign-in costs seconds
        for (String page : List.of("/calls", "/call", "/talk-time", "/team", "/trackers", "/comments", "/access",
                "/sync")) {
            browser.go(page.equals("/call") ? "/call?id=" + firstCall() : page);
            check(page, found);
        }
        assertThat(found).as("serious or critical axe violations, by page").isEmpty();
    }

    private void check(String page, Map<String, String> found) throws Exception {
        browser.waitUntil(d -> browser.js("return document.readyState").equals("complete"));
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser.driver());
        String name = page.substring(1);
        AxeReporter.writeResultsToJsonFile(REPORTS.resolve(name).toString(), results);
        browser.screenshot("axe-" + name);
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        if (!serious.isEmpty()) {
            found.put(page, serious.stream().map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                            + v.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget()))
                            .collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("; ")));
        }
    }

    private static String firstCall() {
        return ItServer.api("/api/calls?size=1").getJsonArray("calls").getJsonObject(0).getString("id");
    }
}
