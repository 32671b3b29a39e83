package io.calldeck.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.calldeck.it.ItServer;
import io.calldeck.it.NoOwn429s;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a viewer cannot do, by the page, by URL or by a forged postback, and what every answer carries: a viewer
 * sees no admin action, gets 403 on call access, and a forged "sync now" changes nothing; the API and the
 * sandbox's admin endpoints need the right credentials.
 */
@ExtendWith(NoOwn429s.class)
class SecurityIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @RegisterExtension
    final BrowserExtension browsers = new BrowserExtension(ItServer.BASE);

    @BeforeAll
    static void synced() {
        ItServer.awaitFirstSync();
    }

    private static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    @Test
    void aViewerSeesNoAdminActionAndGets403OnCallAccessByPageUrlOrPost() {
        Browser browser = browsers.get();
        browser.signIn("viewer", ItServer.VIEWER_PASSWORD).go("/calls");
        assertThat(browser.driver().findElements(By.linkText("Call access"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("table:calls:access"))).isEmpty();
        browser.go("/sync");
        assertThat(browser.driver().findElements(By.id("sync:syncNow"))).isEmpty();
        browser.go("/access");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        browser.screenshot("viewer-access-403");

        String cookie = "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        assertThat(ItServer.send("GET", "/access", null, "Cookie", cookie).statusCode()).isEqualTo(403);
        HttpResponse<String> post = ItServer.send("POST", "/access", null, "Cookie", cookie);
        assertThat(post.statusCode()).isEqualTo(403);
    }

    @Test
    void aForgedSyncNowPostbackFromAViewerChangesNothing() {
        Browser browser = browsers.get();
        browser.signIn("viewer", ItServer.VIEWER_PASSWORD).go("/sync");
        String cookie = "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        Matcher viewState = VIEW_STATE.matcher(browser.driver().getPageSource());
        assertThat(viewState.find()).as("the sync page's ViewState").isTrue();
        ItServer.pause(Duration.ofSeconds(1)); // what the page's own loading sent has arrived
        String runsBefore = ItServer.api("/api/sync/runs?limit=100").toString();
        long requestsBefore = ItServer.sandboxStat("requests");

        HttpResponse<String> forged = ItServer.send("POST", "/sync", form("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "sync:syncNow",
                        "jakarta.faces.partial.execute", "@all", "sync:syncNow", "sync:syncNow", "sync", "sync",
                        "sync_SUBMIT", "1", "jakarta.faces.ViewState", viewState.group(1)), "Cookie", cookie,
                "Content-Type", "application/x-www-form-urlencoded", "Faces-Request", "partial/ajax");
        ItServer.pause(Duration.ofSeconds(2));

        assertThat(forged.statusCode()).as("a viewer's postback of an admin-only control").isEqualTo(403);
        assertThat(ItServer.api("/api/sync").getBoolean("running")).isFalse();
        assertThat(ItServer.api("/api/sync/runs?limit=100").toString()).as("the run history").isEqualTo(runsBefore);
        assertThat(ItServer.sandboxStat("requests")).as("requests Gong received").isEqualTo(requestsBefore);

        // The page itself still works for the viewer: its live status (the poll) is not an admin control.
        browser.go("/sync");
        assertThat(browser.driver().findElements(By.id("sync:syncNow"))).isEmpty();
        assertThat(browser.driver().findElement(By.id("sync:stored")).getText()).isNotBlank();
    }

    @Test
    void theApiAndTheSandboxAdminNeedTheRightCredentials() {
        HttpResponse<String> anonymous = ItServer.send("GET", "/api/calls", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(ItServer.send("GET", "/api/calls", null, "Authorization", ItServer.basic("viewer", "not-the-password"))
                .statusCode()).isEqualTo(401);
        assertThat(ItServer.send("GET", "/sandbox/admin/stats", null, "Authorization",
                ItServer.basic("viewer", ItServer.VIEWER_PASSWORD)).statusCode()).isEqualTo(403);
        assertThat(ItServer.admin("GET", "/sandbox/admin/stats", null).statusCode()).isEqualTo(200);
        HttpResponse<String> wrongKey = ItServer.send("GET", "/sandbox/v2/calls", null, "Authorization",
                ItServer.basic("some-key", "some-secret"));
        assertThat(wrongKey.statusCode()).isEqualTo(401);
        assertThat(wrongKey.body()).contains("\"requestId\"").contains("\"errors\"");
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        HttpResponse<String> login = ItServer.send("GET", "/login", null);
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().allValues("Content-Security-Policy")).anySatisfy(csp ->
                assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
    }
}
