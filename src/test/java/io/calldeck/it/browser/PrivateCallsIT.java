package io.calldeck.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.calldeck.it.ItClient;
import io.calldeck.it.ItServer;
import io.calldeck.it.NoOwn429s;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Private calls ({@code isPrivate}), with the default {@code calldeck.private-calls.visible-to=admin}: admins see
 * them everywhere; a viewer finds none in any list, page, export, comment feed, transcript or JSON answer, and
 * still counts them in talk time per rep.
 */
@ExtendWith(NoOwn429s.class)
class PrivateCallsIT {

    private static final ItClient SERVER = ItServer.CLIENT;
    private static JsonObject privateCall;

    @RegisterExtension
    final BrowserExtension browsers = new BrowserExtension(ItServer.BASE);

    @BeforeAll
    static void aPrivateCall() {
        ItServer.awaitFirstSync();
        privateCall = asAdmin("/api/calls?size=1&sort=-private").getJsonArray("calls").getJsonObject(0);
        assertThat(privateCall.getBoolean("isPrivate")).as("the sandbox has private calls").isTrue();
    }

    private static JsonObject asAdmin(String path) {
        return SERVER.api(path, "admin", ItServer.ADMIN_PASSWORD);
    }

    private static int status(String path, String user, String password) {
        return SERVER.send("GET", path, null, "Authorization", ItClient.basic(user, password)).statusCode();
    }

    @Test
    void theApiListsPrivateCallsForAdminsOnly() {
        long adminTotal = asAdmin("/api/calls?size=1").getJsonNumber("total").longValue();
        long privateTotal = asAdmin("/api/calls?size=500&sort=-private").getJsonArray("calls").stream()
                .filter(c -> c.asJsonObject().getBoolean("isPrivate")).count();
        JsonObject viewer = ItServer.api("/api/calls?size=500&sort=-private");
        assertThat(viewer.getJsonNumber("total").longValue()).isEqualTo(adminTotal - privateTotal);
        assertThat(viewer.getJsonArray("calls")).noneMatch(c -> c.asJsonObject().getBoolean("isPrivate"));

        String id = privateCall.getString("id");
        assertThat(status("/api/calls/" + id, "viewer", ItServer.VIEWER_PASSWORD)).isEqualTo(404);
        assertThat(status("/api/calls/" + id + "/transcript", "viewer", ItServer.VIEWER_PASSWORD)).isEqualTo(404);
        assertThat(status("/api/calls/" + id, "admin", ItServer.ADMIN_PASSWORD)).isEqualTo(200);
        JsonObject transcript = asAdmin("/api/calls/" + id + "/transcript");
        assertThat(transcript.getJsonArray("sentences")).as("private calls' transcripts are not fetched").isEmpty();
        assertThat(transcript.containsKey("fetched")).isFalse();
    }

    @Test
    void theCommentFeedLeavesPrivateCallsOutForViewersAndTalkTimeCountsThemForEveryone() {
        Set<String> privateIds = asAdmin("/api/calls?size=500&sort=-private").getJsonArray("calls").stream()
                .map(JsonValue::asJsonObject).filter(c -> c.getBoolean("isPrivate")).map(c -> c.getString("id"))
                .collect(Collectors.toSet());
        List<String> adminComments = commentedCalls("admin", ItServer.ADMIN_PASSWORD);
        List<String> viewerComments = commentedCalls("viewer", ItServer.VIEWER_PASSWORD);
        assertThat(adminComments).as("admins see comments on private calls").anyMatch(privateIds::contains);
        assertThat(viewerComments).noneMatch(privateIds::contains);
        assertThat(viewerComments).hasSize(adminComments.size() - (int) adminComments.stream()
                .filter(privateIds::contains).count());

        String period = "from=2000-01-01&to=2100-01-01";
        JsonObject viewerTalk = ItServer.api("/api/talk-time?" + period);
        assertThat(viewerTalk).isEqualTo(asAdmin("/api/talk-time?" + period));
        long calls = viewerTalk.getJsonArray("reps").stream().mapToLong(r -> r.asJsonObject().getInt("calls")).sum();
        assertThat(calls).as("talk time counts private calls").isEqualTo(asAdmin("/api/calls?size=1")
                .getJsonNumber("total").longValue());
    }

    /** @return the call of every public comment the user sees, all pages */
    private static List<String> commentedCalls(String user, String password) {
        List<String> calls = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            List<JsonValue> comments = SERVER.api("/api/comments?size=500&from=2000-01-01&page=" + page, user, password)
                    .getJsonArray("comments");
            comments.forEach(c -> calls.add(c.asJsonObject().getString("callId")));
            if (comments.size() < 500) {
                return calls;
            }
        }
    }

    @Test
    void aViewerFindsNoPrivateCallOnThePagesOrInTheExport() throws Exception {
        Browser browser = browsers.get();
        browser.signIn("viewer", ItServer.VIEWER_PASSWORD).go("/calls");
        browser.click(By.xpath("//th[.//span[text()='Private']]"));
        browser.ajaxDone();
        browser.click(By.xpath("//th[.//span[text()='Private']]"));
        browser.ajaxDone();
        assertThat(browser.driver().findElements(By.cssSelector("#table\\:calls_data .cd-pill"))).isEmpty();
        browser.go("/call?id=" + privateCall.getString("id"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isNotEqualTo(privateCall.getString("title"));
        browser.screenshot("viewer-private-call-404");

        browser.go("/calls");
        Path csv = browser.download(By.id("table:calls:csv"), ".csv", Duration.ofSeconds(30));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize((int) ItServer.api("/api/calls?size=1").getJsonNumber("total").longValue() + 1);
        assertThat(lines.subList(1, lines.size())).noneMatch(line -> line.endsWith("\"Yes\""));

        Browser admin = browsers.get();
        admin.driver().manage().deleteAllCookies();
        admin.signIn("admin", ItServer.ADMIN_PASSWORD).go("/call?id=" + privateCall.getString("id"));
        // The call page may still be replacing the page sign-in landed on: wait for its metadata panel.
        assertThat(admin.waitUntil(d -> d.findElements(By.id("metadata")).stream().findFirst().orElse(null)).getText())
                .contains("Private").contains("Yes");
        assertThat(admin.driver().findElement(By.id("transcriptMissing")).getText())
                .contains("private call", "calldeck.sync.transcripts-include-private");
        admin.screenshot("admin-private-call");
    }
}
