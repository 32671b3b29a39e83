package io.calldeck.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.calldeck.connector.GongCalls;
import io.calldeck.connector.GongConfig;
import io.calldeck.connector.GongDocs;
import io.calldeck.connector.TestConfigs;
import io.calldeck.connector.model.CallMetaData;
import io.calldeck.connector.model.CallsFilter;
import io.calldeck.it.browser.Browser;
import io.calldeck.it.browser.BrowserExtension;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * CallDeck on Gongs it did not write, as an administrator meets them: a second CallDeck server is started on its own
 * sandbox, then pointed at "another Gong" (the test server's sandbox, reached over HTTP with a key whose app has
 * only {@code api:calls:read:extensive}), then at a third Gong, then at recorded Gong calls, then back at its own
 * sandbox. Each time its store holds exactly that Gong's calls: every call is stored without the directory's scopes,
 * pages say what Gong did not allow, another Gong is refused until the store is cleared, and the recorded calls all
 * arrive. The sandbox's late publication reaches the store through the refresh and the transcript retry.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealGongTenantIT {

    private static final String SCOPED_KEY = System.getProperty("it.sandbox.scoped-key", "it-scoped-key");
    private static final String SCOPED_SECRET = System.getProperty("it.sandbox.scoped-secret", "it-scoped-placeholder");
    private static final int WINDOW_DAYS = 10;
    /** The second server's database password (its H2 stores are made with it at the first start). */
    private static final String DB_PASSWORD = "it-db-placeholder-2nd";

    private static SecondServer second;
    private static Set<String> ownSandboxCalls;

    @RegisterExtension
    final BrowserExtension browsers = new BrowserExtension(SecondServer.BASE);

    @BeforeAll
    static void create() {
        ItServer.awaitFirstSync();
        second = SecondServer.create();
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
    }

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        env.put("CALLDECK_ADMIN_PASSWORD", ItServer.ADMIN_PASSWORD);
        env.put("CALLDECK_VIEWER_PASSWORD", ItServer.VIEWER_PASSWORD);
        env.put("CALLDECK_DB_PASSWORD", DB_PASSWORD);
        // A failing Gong is given up on in seconds, not minutes (retries back off up to 1 s, not 30 s).
        env.put("GONG_RETRY_MAX_BACKOFF_MS", "1000");
        return env;
    }

    /** The test server's sandbox as "another Gong": a real HTTP Gong the second server did not write. */
    private static Map<String, String> otherGong(String key, String secret, String... more) {
        Map<String, String> env = env(more);
        env.put("GONG_BASE_URL", ItServer.SANDBOX);
        env.put("GONG_ACCESS_KEY", key);
        env.put("GONG_ACCESS_KEY_SECRET", secret);
        env.put("CALLDECK_SYNC_BACKFILL_DAYS", Integer.toString(WINDOW_DAYS));
        return env;
    }

    private static GongCalls connector(String sandbox) {
        return GongCalls.create(new GongConfig(TestConfigs.of(Map.of(GongConfig.BASE_URL, sandbox,
                GongConfig.ACCESS_KEY, ItServer.TEST_KEY, GongConfig.ACCESS_KEY_SECRET, ItServer.TEST_SECRET,
                GongConfig.RATE_PER_SECOND, "2"))));
    }

    /** @return the ids of every call the second server's store serves on {@code /api/calls} (as the admin) */
    private static Set<String> storedCalls() {
        Set<String> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            List<JsonValue> calls = second.client().api("/api/calls?size=500&sort=started&page=" + page, "admin",
                    ItServer.ADMIN_PASSWORD).getJsonArray("calls");
            calls.forEach(c -> assertThat(ids.add(c.asJsonObject().getString("id"))).isTrue());
            if (calls.size() < 500) {
                return ids;
            }
        }
    }

    /** Waits for a run that started after {@code since} to succeed. */
    private static JsonObject awaitSync(Instant since) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            JsonObject sync = second.client().api("/api/sync");
            if (!sync.getBoolean("running") && sync.containsKey("lastSuccess")
                    && Instant.parse(sync.getString("lastSuccess")).isAfter(since)) {
                return sync;
            }
            ItServer.pause(Duration.ofMillis(500));
        }
        throw new AssertionError("no sync succeeded on the second server: " + second.client().api("/api/sync"));
    }

    private Browser admin() {
        return browsers.get().signIn("admin", ItServer.ADMIN_PASSWORD);
    }

    private static void click(Browser browser, String id) {
        browser.waitUntil(d -> !d.findElements(By.id(id)).isEmpty());
        browser.driver().findElement(By.id(id)).click();
        browser.ajaxDone();
    }

    @Test
    @Order(1)
    void onItsOwnSandboxTheStoreHoldsExactlyTheSandboxsCalls() {
        Instant started = Instant.now();
        second.start(env("CALLDECK_TRANSCRIPTS_RETRY_MINUTES", "0"));
        awaitSync(started);
        try (GongCalls gong = connector(SecondServer.BASE + "/sandbox")) {
            ownSandboxCalls = new TreeSet<>(gong.streamCalls(CallsFilter.between(Instant.now().minus(Duration.ofDays(91)),
                    Instant.now().plusSeconds(1))).map(CallMetaData::id).toList());
        }
        assertThat(ownSandboxCalls).hasSizeGreaterThan(400);
        assertThat(storedCalls()).isEqualTo(ownSandboxCalls);
        assertThat(Files.exists(second.data().resolve("sandbox.mv.db"))).as("the sandbox's own store file").isTrue();
    }

    @Test
    @Order(2)
    void aCommentPostedEditedOrDeletedOnAnOlderCallArrivesWithTheRefreshNotTheLookBack() {
        ItClient b = second.client();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        JsonObject old = b.api("/api/calls?size=1&sort=-started&to=" + now.minusDays(12).toLocalDate(), "admin",
                ItServer.ADMIN_PASSWORD).getJsonArray("calls").getJsonObject(0);
        String callId = old.getString("id");
        String rep = old.getString("primaryUserId");
        HttpResponse<String> posted = b.admin("POST", "/sandbox/admin/calls/" + callId + "/comments",
                "{\"commenterUserId\":\"" + rep + "\",\"comment\":\"Posted two weeks later\",\"audioStartTime\":30}");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        String commentId = ItClient.json(posted.body()).getString("id");

        Browser browser = admin();
        browser.go("/sync");
        Instant syncStarted = Instant.now();
        click(browser, "sync:syncNow");
        awaitSync(syncStarted);
        assertThat(comments(callId)).as("the look-back re-reads only the last 3 days").doesNotContain(commentId);

        Instant refreshStarted = Instant.now();
        click(browser, "sync:refresh");
        JsonObject refreshed = awaitSync(refreshStarted);
        assertThat(comments(callId)).contains(commentId);
        assertThat(refreshed.getJsonNumber("lastRefreshRequests").longValue()).as("the refresh's cost").isPositive();
        browser.go("/sync");
        assertThat(browser.driver().findElement(By.id("sync:lastRefresh")).getText()).contains("requests");
        browser.screenshot("second-sync-refreshed");

        assertThat(b.admin("DELETE", "/sandbox/admin/calls/" + callId + "/comments/" + commentId, null).statusCode())
                .isEqualTo(204);
        Instant again = Instant.now();
        click(browser, "sync:refresh");
        awaitSync(again);
        assertThat(comments(callId)).as("a comment Gong no longer returns is removed").doesNotContain(commentId);
    }

    private static List<String> comments(String callId) {
        return second.client().api("/api/calls/" + callId, "admin", ItServer.ADMIN_PASSWORD)
                .getJsonArray("publicComments").stream().map(c -> c.asJsonObject().getString("id")).toList();
    }

    @Test
    @Order(3)
    void aTranscriptGongHadNotMadeYetIsThereWhenThePageIsOpenedAgainLater() {
        ItClient b = second.client();
        // Move the sandbox's clock back to 100 minutes after one of the last days' calls ended: Gong has listed it
        // then (within 95 minutes) but may not have transcribed it yet (15 minutes to 4 hours after listing).
        List<JsonObject> recent = b.api("/api/calls?size=100&sort=-started&from="
                + OffsetDateTime.now(ZoneOffset.UTC).minusDays(6).toLocalDate(), "admin", ItServer.ADMIN_PASSWORD)
                .getJsonArray("calls").stream().map(JsonValue::asJsonObject)
                .filter(c -> !c.getBoolean("isPrivate")).toList(); // private calls' transcripts are not fetched
        String callId = null;
        Instant ended = null;
        try (GongCalls gong = connector(SecondServer.BASE + "/sandbox")) {
            for (JsonObject call : recent) {
                Instant end = OffsetDateTime.parse(call.getString("started")).toInstant()
                        .plusSeconds(call.getJsonNumber("duration").longValue());
                setSandboxClock(end.plus(Duration.ofMinutes(100)));
                boolean untranscribed = gong.streamTranscripts(CallsFilter.ofCallIds(call.getString("id")))
                        .allMatch(t -> t.transcript().isEmpty());
                if (untranscribed) {
                    callId = call.getString("id");
                    ended = end;
                    break;
                }
            }
        }
        assertThat(callId).as("a call Gong had listed but not transcribed, at some moment").isNotNull();
        Browser browser = admin();
        browser.go("/call?id=" + callId);
        assertThat(browser.driver().findElement(By.id("transcriptMissing")).getText())
                .contains("Gong has no transcript for this call yet");

        setSandboxClock(ended.plus(Duration.ofHours(6)));
        browser.go("/call?id=" + callId);
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#transcript .cd-line")).isEmpty());
        browser.screenshot("second-call-transcript-later");
        JsonObject transcript = b.api("/api/calls/" + callId + "/transcript", "admin", ItServer.ADMIN_PASSWORD);
        assertThat(transcript.getString("callId")).isEqualTo(callId);
        assertThat(transcript.getJsonArray("sentences")).isNotEmpty().allSatisfy(s -> {
            assertThat(s.asJsonObject().getJsonNumber("end").longValue())
                    .isGreaterThan(s.asJsonObject().getJsonNumber("start").longValue());
            assertThat(s.asJsonObject().getString("text")).isNotBlank();
        });
        assertThat(transcript.getString("fetched")).isNotBlank();
    }

    private static void setSandboxClock(Instant now) {
        HttpResponse<String> moved = second.client().admin("PUT", "/sandbox/admin/clock", "{\"now\":\"" + now + "\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    }

    /** @return the other Gong's calls since the store's earliest call, after checking that one is recent enough */
    private static Set<String> otherGongCallsSinceTheEarliestStored() {
        OffsetDateTime from = OffsetDateTime.parse(second.client().api("/api/calls?size=1&sort=started", "admin",
                ItServer.ADMIN_PASSWORD).getJsonArray("calls").getJsonObject(0).getString("started"));
        assertThat(from.toInstant()).as("the first backfill reads %d days", WINDOW_DAYS)
                .isAfter(Instant.now().minus(Duration.ofDays(WINDOW_DAYS)).minusSeconds(300))
                .isBefore(Instant.now().minus(Duration.ofDays(WINDOW_DAYS - 2)));
        // The test's own connector shares the sandbox credential with the server under test, but not its budget:
        // like any second client of one Gong key, it can be answered 429, and then waits Gong's Retry-After.
        for (int attempt = 1; ; attempt++) {
            try (GongCalls gong = ItServer.sandboxConnector()) {
                return new TreeSet<>(gong.streamCalls(CallsFilter.between(from.toInstant(),
                        Instant.now().plusSeconds(1))).map(CallMetaData::id).toList());
            } catch (io.calldeck.connector.exception.GongRateLimitException e) {
                if (attempt == 3) {
                    throw e;
                }
                try {
                    Thread.sleep(e.retryAfter().orElse(Duration.ofSeconds(2)).toMillis() + 100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    @Test
    @Order(4)
    void withOnlyTheExtensiveScopeEveryCallOfTheOtherGongIsStoredAndPagesSayWhatGongRefused() {
        second.stop();
        Instant started = Instant.now();
        second.start(otherGong(SCOPED_KEY, SCOPED_SECRET));
        JsonObject sync = awaitSync(started);

        Set<String> expected = otherGongCallsSinceTheEarliestStored();
        Set<String> stored = storedCalls();
        assertThat(stored).as("the other Gong's calls, none of the sandbox's own").isEqualTo(expected)
                .doesNotContainAnyElementsOf(ownSandboxCalls);
        assertThat(sync.getJsonArray("warnings")).extracting(w -> w.asJsonObject().getString("read"))
                .containsExactlyInAnyOrder("GET /v2/users", "GET /v2/workspaces");
        assertThat(sync.getJsonArray("warnings")).allSatisfy(w -> assertThat(w.asJsonObject().getString("message"))
                .contains("HTTP 401", "You don't have permission to use 'api:"));
        assertThat(second.client().api("/api/calls?size=500", "admin", ItServer.ADMIN_PASSWORD).getJsonArray("calls"))
                .allSatisfy(c -> assertThat(c.asJsonObject().getString("repName", "")).as("named by the call's parties")
                        .isNotBlank());

        String callId = stored.iterator().next();
        HttpResponse<String> transcript = second.client().send("GET", "/api/calls/" + callId + "/transcript", null,
                "Authorization", ItClient.basic("admin", ItServer.ADMIN_PASSWORD));
        assertThat(transcript.statusCode()).isEqualTo(502);
        assertThat(transcript.body()).contains("Gong did not allow", "api:calls:read:transcript");

        Browser browser = admin();
        browser.go("/sync");
        assertThat(browser.driver().findElement(By.id("warnings")).getText()).contains("GET /v2/users",
                "api:users:read", "GET /v2/workspaces", "api:workspaces:read");
        browser.screenshot("second-sync-scoped");
        browser.go("/call?id=" + callId);
        assertThat(browser.driver().findElement(By.id("transcriptForm:transcriptError")).getText())
                .contains("Gong did not allow reading this call's transcript", "api:calls:read:transcript");
        assertThat(browser.driver().findElement(By.id("accessForm:accessError")).getText())
                .contains("Gong did not allow", "api:call-user-access:read");
        click(browser, "recordingForm:getRecording");
        browser.waitUntil(d -> !d.findElements(By.id("recordingForm:recordingError")).isEmpty());
        assertThat(browser.driver().findElement(By.id("recordingForm:recordingError")).getText())
                .contains("Gong did not allow", "api:calls:read:media-url");
        assertThat(browser.driver().findElement(By.id("parties")).getText()).as("the rest of the page works")
                .isNotBlank();
        assertThat(browser.driver().findElements(By.cssSelector("#talk .cd-bar"))).isNotEmpty();
        browser.screenshot("second-call-scoped");

        browser.go("/calls");
        browser.driver().findElement(By.linkText("Call access")).click();
        browser.waitUntil(d -> !d.findElements(By.id("access:calls")).isEmpty());
        browser.driver().findElement(By.id("access:calls")).sendKeys(callId);
        click(browser, "access:current");
        browser.waitUntil(d -> !d.findElements(By.id("access:gongError")).isEmpty());
        assertThat(browser.driver().findElement(By.id("access:gongError")).getText())
                .contains("Gong did not allow reading call access", "api:call-user-access:read");
        browser.screenshot("second-access-scoped");
    }

    @Test
    @Order(5)
    void aThirdGongIsRefusedEverywhereUntilTheStoreIsCleared() {
        Set<String> before = storedCalls();
        second.stop();
        second.start(otherGong(ItServer.TEST_KEY, ItServer.TEST_SECRET));

        HttpResponse<String> ready = second.client().send("GET", "/health/ready", null);
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).contains("store-gong", "does not sync", "calldeck.store.on-gong-change");
        ItServer.pause(Duration.ofSeconds(5));
        assertThat(storedCalls()).as("nothing synced, nothing mixed").isEqualTo(before);
        assertThat(second.messages()).contains("CallDeck does not sync: its store holds the calls of Gong at");
        Browser browser = admin();
        for (String page : List.of("/calls", "/sync", "/talk-time")) {
            browser.go(page);
            assertThat(browser.driver().findElement(By.id("storeRefusal")).getText()).as(page)
                    .contains("CallDeck does not sync", "calldeck.store.on-gong-change=clear");
        }
        browser.screenshot("second-store-refused");

        second.stop();
        Instant started = Instant.now();
        second.start(otherGong(ItServer.TEST_KEY, ItServer.TEST_SECRET, "CALLDECK_STORE_ON_GONG_CHANGE", "clear"));
        JsonObject sync = awaitSync(started);
        assertThat(second.client().send("GET", "/health/ready", null).statusCode()).isEqualTo(200);
        assertThat(sync.getJsonArray("warnings")).as("this key's app has every scope").isEmpty();
        assertThat(storedCalls()).as("emptied, then synced from this Gong").isEqualTo(otherGongCallsSinceTheEarliestStored());
    }

    /** @return the ids of every call in Gong's recorded responses, read here from the files themselves */
    private static Set<String> recordedCallIds(Path recorded) throws IOException {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.list(recorded)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonValue value = jakarta.json.Json.createReader(new java.io.StringReader(Files.readString(file)))
                        .readValue();
                if (!(value instanceof JsonObject object)) {
                    continue;
                }
                if (object.containsKey("calls")) {
                    for (JsonValue call : object.getJsonArray("calls")) {
                        JsonObject c = call.asJsonObject();
                        ids.add(c.containsKey("metaData") ? c.getJsonObject("metaData").getString("id")
                                : c.getString("id"));
                    }
                } else if (object.containsKey("call")) {
                    ids.add(object.getJsonObject("call").getString("id"));
                }
            }
        }
        return ids;
    }

    @Test
    @Order(6)
    void recordedGongCallsAllReachTheStoreAndPages() throws IOException {
        Path recorded = GongDocs.dir().resolve("recorded");
        Set<String> expected = recordedCallIds(recorded);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(200);
        second.stop();
        Instant started = Instant.now();
        second.start(env("CALLDECK_SANDBOX_DATASET", recorded.toAbsolutePath().toString()));
        awaitSync(started);

        assertThat(storedCalls()).as("every recorded call, and nothing else").isEqualTo(expected);
        assertThat(second.messages()).contains("Moved the recorded calls", "weeks later");
        Browser browser = admin();
        browser.go("/calls");
        assertThat(browser.driver().findElement(By.cssSelector("#table\\:calls .ui-paginator-current")).getText())
                .endsWith("of " + expected.size() + " calls");
        browser.screenshot("second-recorded-calls");
    }

    @Test
    @Order(7)
    void backOnItsSandboxTheDemoIsBack() {
        second.stop();
        Instant started = Instant.now();
        second.start(env());
        awaitSync(started);
        assertThat(storedCalls()).isEqualTo(ownSandboxCalls);
    }

    @Test
    @Order(8)
    void noSecretIsInAnyLogPageOrApiAnswerAfterGongRefusedAndFailed() throws IOException {
        // Gong's 401s came in phase 4 (a key without scopes); now a failing Gong: every request answered 5xx.
        ItClient b = second.client();
        assertThat(b.admin("PUT", "/sandbox/admin/faults", "{\"serverErrorRate\":1,\"rateLimitRate\":0,"
                + "\"retryAfterMinSeconds\":1,\"retryAfterMaxSeconds\":2,\"latencyMillis\":0,\"dropRate\":0,"
                + "\"truncateRate\":0,\"cursorExpiryAfterPages\":0}").statusCode()).isEqualTo(200);
        Browser browser = admin();
        try {
            browser.go("/sync");
            click(browser, "sync:syncNow");
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            while (!b.api("/api/sync").containsKey("lastError") && Instant.now().isBefore(deadline)) {
                ItServer.pause(Duration.ofMillis(500));
            }
            assertThat(b.api("/api/sync").getString("lastError", "")).as("the run failed on Gong").isNotEmpty();
            // Gong is down, the store is not: CallDeck stays in the load balancer, and says what is wrong.
            assertThat(b.send("GET", "/health/ready", null).statusCode()).as("readiness with Gong down").isEqualTo(200);
            JsonObject gongCheck = jakarta.json.Json.createReader(new java.io.StringReader(b.send("GET", "/health", null)
                    .body())).readObject().getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                    .filter(c -> c.getString("name").equals("gong")).findFirst().orElseThrow();
            assertThat(gongCheck.getString("status")).isEqualTo("UP");
            assertThat(gongCheck.getJsonObject("data").getBoolean("reachable")).as("%s", gongCheck).isFalse();
            assertThat(gongCheck.getJsonObject("data").containsKey("unreachableSince")).isTrue();
            assertThat(b.send("GET", "/health/live", null).statusCode()).isEqualTo(200);
            browser.go("/calls");
            assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("Gong unreachable since");
            assertThat(browser.driver().findElements(By.cssSelector("#table\\:calls_data tr[data-rk]"))).isNotEmpty();
        } finally {
            b.admin("PUT", "/sandbox/admin/faults", "{\"serverErrorRate\":0,\"rateLimitRate\":0,"
                    + "\"retryAfterMinSeconds\":1,\"retryAfterMaxSeconds\":2,\"latencyMillis\":0,\"dropRate\":0,"
                    + "\"truncateRate\":0,\"cursorExpiryAfterPages\":0}");
        }

        String callId = storedCalls().iterator().next();
        StringBuilder seen = new StringBuilder();
        for (String page : List.of("/calls", "/call?id=" + callId, "/talk-time", "/team", "/trackers", "/comments",
                "/access", "/sync")) {
            browser.go(page);
            seen.append("\n== page ").append(page).append('\n').append(browser.driver().getPageSource());
        }
        browser.go("/calls");
        browser.driver().findElement(By.linkText("Sign out")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/login"));
        seen.append("\n== page /login\n").append(browser.driver().getPageSource());
        for (String api : List.of("/api/calls?size=5", "/api/calls/" + callId, "/api/calls/" + callId + "/transcript",
                "/api/talk-time", "/api/team", "/api/trackers", "/api/comments", "/api/sync", "/api/sync/runs", "/health", "/health/ready",
                "/metrics", "/openapi")) {
            HttpResponse<String> answer = b.send("GET", api, null, "Authorization",
                    ItClient.basic("admin", ItServer.ADMIN_PASSWORD));
            seen.append("\n== ").append(api).append(' ').append(answer.statusCode()).append('\n').append(answer.body());
        }
        StringBuilder logs = new StringBuilder();
        List<Path> files;
        try (Stream<Path> all = Files.walk(second.logs())) {
            files = all.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            logs.append("\n== ").append(file.getFileName()).append('\n').append(Files.readString(file,
                    java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        assertThat(files).as("the logs searched").anySatisfy(f -> assertThat(f.getFileName().toString())
                .isEqualTo("messages.log")).anySatisfy(f -> assertThat(f.getFileName().toString()).isEqualTo("trace.log"));
        assertThat(logs.toString()).as("the logs hold the run's failure").contains("Calls sync failed");

        Map<String, String> secrets = new java.util.LinkedHashMap<>();
        secrets.put("admin password", ItServer.ADMIN_PASSWORD);
        secrets.put("viewer password", ItServer.VIEWER_PASSWORD);
        secrets.put("database password", DB_PASSWORD);
        secrets.put("its sandbox's secret", ItServer.APP_SECRET);
        secrets.put("the scoped key's secret", SCOPED_SECRET);
        secrets.put("the third Gong's secret", ItServer.TEST_SECRET);
        for (String[] basic : List.of(new String[] {ItServer.APP_KEY, ItServer.APP_SECRET},
                new String[] {SCOPED_KEY, SCOPED_SECRET}, new String[] {ItServer.TEST_KEY, ItServer.TEST_SECRET},
                new String[] {"admin", ItServer.ADMIN_PASSWORD})) {
            secrets.put("Basic " + basic[0], ItClient.basic(basic[0], basic[1]).substring("Basic ".length()));
        }
        String everything = seen + "\n" + logs;
        Map<String, Integer> hits = new java.util.TreeMap<>();
        secrets.forEach((what, secret) -> {
            int n = 0;
            for (int at = everything.indexOf(secret); at >= 0; at = everything.indexOf(secret, at + 1)) {
                n++;
            }
            hits.put(what, n);
        });
        System.out.println("Secrets searched in " + files.size() + " log files (" + logs.length() + " chars), 7 pages"
                + " and 11 API answers (" + seen.length() + " chars): " + hits);
        assertThat(hits).as("where each secret appears").allSatisfy((what, n) -> assertThat(n).as(what).isZero());
    }

    @Test
    @Order(9)
    void generatedPasswordsAreShownOnTheConsoleOnlyNeverInMessagesLog() {
        second.stop();
        second.deleteData();
        Map<String, String> noPasswords = new HashMap<>();
        second.start(noPasswords);

        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("sign-in user '(admin|viewer)' with this generated"
                + " password:\\s+(\\S{20})").matcher(second.console());
        Map<String, String> generated = new HashMap<>();
        while (shown.find()) {
            generated.put(shown.group(1), shown.group(2));
        }
        assertThat(generated).as("shown once on the console (console.log, the server runs in the background)")
                .containsOnlyKeys("admin", "viewer");
        String messages = second.messages();
        assertThat(messages).contains("generated password, shown on the server's console only");
        generated.values().forEach(password -> assertThat(messages).doesNotContain(password));
        assertThat(second.client().api("/api/sync", "admin", generated.get("admin"))).isNotNull();
    }
}
