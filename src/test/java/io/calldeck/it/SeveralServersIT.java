package io.calldeck.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.calldeck.it.browser.Browser;
import io.calldeck.store.TestDatabase;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * Two CallDeck servers on one emptied PostgreSQL store, both talking to the test server's sandbox with one credential
 * at Gong's 3 requests per second, HTTP sessions in the store ({@code CALLDECK_SESSIONS=database}) and a 16-second
 * sync lease: one budget between them, one syncer, a takeover from the checkpoint when the syncer dies, sessions that
 * survive the server they were made on, and both servers ready while Gong is down.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralServersIT {

    private static final Duration LEASE = Duration.ofSeconds(16);
    private static final String NO_FAULTS = "{\"serverErrorRate\":0,\"rateLimitRate\":0,\"retryAfterMinSeconds\":1,"
            + "\"retryAfterMaxSeconds\":2,\"latencyMillis\":0,\"dropRate\":0,\"truncateRate\":0,"
            + "\"cursorExpiryAfterPages\":0}";
    private static TestDatabase.Opened store;
    private static SecondServer a;
    private static SecondServer b;

    @BeforeAll
    static void twoServersOnOneEmptiedPostgresStore() {
        ItServer.awaitFirstSync();
        store = TestDatabase.POSTGRESQL.open(); // emptied and migrated; skipped (or failed in CI) without PostgreSQL
        store.close();
        a = SecondServer.create("calldeck-it-a", 2);
        b = SecondServer.create("calldeck-it-b", 3);
        for (SecondServer server : List.of(a, b)) {
            // No start-up sync: the test starts the backfill on the Sync page, once both serve.
            server.jvmOption("calldeck.sync.initial-delay-seconds", "86400");
        }
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> a.start(env(a)));
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> b.start(env(b)));
        first.join();
        second.join();
    }

    @AfterAll
    static void stop() {
        ItServer.admin("PUT", "/sandbox/admin/faults", NO_FAULTS);
        for (SecondServer server : new SecondServer[] {a, b}) {
            if (server != null) {
                server.close();
            }
        }
    }

    private static Map<String, String> env(SecondServer server) {
        Map<String, String> env = new HashMap<>();
        env.put("CALLDECK_DB_URL", store.url());
        env.put("CALLDECK_DB_USER", store.user());
        env.put("CALLDECK_DB_PASSWORD", store.password());
        env.put("CALLDECK_SESSIONS", "database");
        env.put("CALLDECK_SYNC_NODE_ID", server.name());
        env.put("CALLDECK_SYNC_LEASE_SECONDS", Long.toString(LEASE.toSeconds()));
        env.put("CALLDECK_ADMIN_PASSWORD", ItServer.ADMIN_PASSWORD);
        env.put("CALLDECK_VIEWER_PASSWORD", ItServer.VIEWER_PASSWORD);
        env.put("GONG_BASE_URL", ItServer.SANDBOX);
        env.put("GONG_ACCESS_KEY", ItServer.SHARED_KEY);
        env.put("GONG_ACCESS_KEY_SECRET", ItServer.SHARED_SECRET);
        // A dead Gong is given up on in seconds (retries back off up to 1 s, not 30 s).
        env.put("GONG_RETRY_MAX_BACKOFF_MS", "1000");
        return env;
    }

    /** @return how many requests of the shared credential the sandbox refused for its 3 req/s (or daily) limit */
    private static long sharedCredentialRateLimited() {
        JsonObject byCredential = ItClient.json(ItServer.admin("GET", "/sandbox/admin/stats", null).body())
                .getJsonObject("rateLimitedByCredential");
        return byCredential == null || !byCredential.containsKey(ItServer.SHARED_KEY) ? 0
                : byCredential.getJsonNumber(ItServer.SHARED_KEY).longValue();
    }

    /** Opens a call page and waits for its transcript's lines, which the page fetches from Gong (interactive). */
    private static void openCallWithTranscript(Browser browser, String base, String callId) {
        browser.driver().get(base + "/call?id=" + callId);
        try {
            browser.waitUntil(d -> !d.findElements(By.cssSelector("#transcript .cd-line")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("FAILED-SeveralServersIT-call-" + callId);
            throw e;
        }
    }

    /** Starts a backfill on a server's Sync page, as its admin would, and returns the run's id. */
    private static long startBackfill(Browser browser, ItClient server) {
        browser.go("/sync");
        browser.waitUntil(d -> !d.findElements(By.id("sync:backfill")).isEmpty());
        browser.click(By.id("sync:backfill"));
        browser.ajaxDone();
        return awaitRunningRun(server);
    }

    @Test
    @Order(1)
    void aBackfillOnOneServerWhileBothServeCallPagesStaysWithinOneGongBudget() {
        assertThat(sharedCredentialRateLimited()).isZero();
        for (SecondServer server : List.of(a, b)) {
            // Both started at once on an empty store and created the built-in users; no password hash in any log.
            assertThat(allLogs(server)).as("%s's logs and FFDC", server.name()).contains("CWWKF0011I")
                    .doesNotContain("PBKDF2WithHmac");
        }
        try (Browser onA = Browser.open(a.base()); Browser onB = Browser.open(b.base())) {
            onA.signIn("admin", ItServer.ADMIN_PASSWORD);
            onB.signIn("admin", ItServer.ADMIN_PASSWORD);
            long runId = startBackfill(onA, a.client());
            assertThat(ItCalls.run(a.client(), runId).getString("node")).isEqualTo(a.name());

            // Both servers' users open call pages (transcripts from Gong, interactive) while server A syncs.
            List<String> callIds = awaitStoredCalls(b.client(), 10);
            int pagesOnA = 0;
            int pagesOnB = 0;
            for (int i = 0; i < callIds.size() && ItCalls.run(b.client(), runId).getString("status").equals("RUNNING");
                 i++) {
                if (i % 2 == 0) {
                    openCallWithTranscript(onB, b.base(), callIds.get(i));
                    pagesOnB++;
                } else {
                    openCallWithTranscript(onA, a.base(), callIds.get(i));
                    pagesOnA++;
                }
            }
            JsonObject run = ItCalls.awaitRun(b.client(), runId, Duration.ofMinutes(5));

            assertThat(run.getString("status")).as("run %s: %s", runId, run).isEqualTo("SUCCEEDED");
            assertThat(pagesOnA).as("call pages on A during the run").isPositive();
            assertThat(pagesOnB).as("call pages on B during the run").isPositive();
            assertThat(sharedCredentialRateLimited()).as("429s for the shared credential, both servers together")
                    .isZero();
            Map<String, String> stored = ItCalls.store(b.client(), ItCalls.backfillFrom());
            Map<String, String> sandbox = ItCalls.sandbox(ItCalls.backfillFrom());
            assertThat(stored.size()).isGreaterThanOrEqualTo(3000);
            assertThat(stored).as("the store, filled by A, read through B").isEqualTo(sandbox);
            // The day's count is the company's: B, which sent only transcript requests, counts A's sync too.
            JsonObject budgetOnA = a.client().api("/api/sync");
            JsonObject budgetOnB = b.client().api("/api/sync");
            assertThat(budgetOnB.getBoolean("budgetOfAllServers")).as("B's budget counts every server").isTrue();
            assertThat(budgetOnB.getInt("requestsUsedToday")).as("requests used today, on B")
                    .isGreaterThanOrEqualTo(run.getInt("requests"))
                    .isEqualTo(budgetOnA.getInt("requestsUsedToday"));
            System.out.println("Two servers, one PostgreSQL store, one credential at 3 req/s: backfill run " + runId
                    + " of " + stored.size() + " calls on A, " + run.getInt("requests") + " requests, with " + pagesOnA
                    + " call pages on A and " + pagesOnB + " on B during it: 0 429s");
        }
    }

    @Test
    @Order(2)
    void withGongDeadBothServersStayReadyServeTheirStoreAndSaySo() {
        assertThat(ItServer.admin("PUT", "/sandbox/admin/faults", "{\"serverErrorRate\":1.0,\"rateLimitRate\":0,"
                + "\"retryAfterMinSeconds\":1,\"retryAfterMaxSeconds\":2,\"latencyMillis\":0,\"dropRate\":0,"
                + "\"truncateRate\":0,\"cursorExpiryAfterPages\":0}").statusCode()).isEqualTo(200);
        try (Browser onB = Browser.open(b.base())) {
            onB.signIn("admin", ItServer.ADMIN_PASSWORD).go("/sync");
            long before = ItCalls.runs(b.client()).get(0).getJsonNumber("id").longValue();
            onB.click(By.id("sync:syncNow"));
            onB.ajaxDone();
            long failedRun = awaitRunAfter(b.client(), before);
            JsonObject run = ItCalls.awaitRun(b.client(), failedRun, Duration.ofMinutes(3));
            assertThat(run.getString("status")).as("the run against a dead Gong: %s", run).isEqualTo("FAILED");

            for (SecondServer server : List.of(a, b)) {
                HttpResponse<String> ready = server.client().send("GET", "/health/ready", null);
                assertThat(ready.statusCode()).as("%s ready while Gong is dead: %s", server.name(), ready.body())
                        .isEqualTo(200);
                try (Browser browser = Browser.open(server.base())) {
                    browser.signIn("viewer", ItServer.VIEWER_PASSWORD).go("/calls");
                    // The banner comes from the shared run history: A did not run the failed sync, yet says so too.
                    browser.waitUntil(d -> d.getPageSource().contains("Gong unreachable since"));
                    assertThat(browser.driver().findElements(By.cssSelector("#table\\:calls_data tr[data-ri]")))
                            .as("%s serves its store", server.name()).isNotEmpty();
                    browser.screenshot("several-servers-gong-dead-" + server.name());
                }
            }
        } finally {
            ItServer.admin("PUT", "/sandbox/admin/faults", NO_FAULTS);
        }
    }

    @Test
    @Order(4)
    void theSharedBudgetGotNo429s() {
        assertThat(sharedCredentialRateLimited()).as("429s for the shared credential, both servers together").isZero();
    }

    /** Empties the store's Gong data (its calls and all that hangs on them), keeping the run history. */
    private static void emptyTheStoresCalls() throws java.sql.SQLException {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(store.url(), store.user(), store.password());
             java.sql.Statement sql = db.createStatement()) {
            sql.execute("TRUNCATE gong_call, call_party, call_speaker, call_interaction_stat, call_topic, call_tracker,"
                    + " call_key_point, call_comment, call_crm_object, transcript_sentence, rep_daily_stats,"
                    + " tracker_daily_mentions CASCADE");
        }
    }

    @Test
    @Order(3)
    void theSyncerKilledMidRunIsTakenOverFromItsCheckpointAndItsUsersGoOnThroughTheOther() throws Exception {
        emptyTheStoresCalls();
        assertThat(ItCalls.store(b.client(), ItCalls.backfillFrom())).as("the store after emptying it").isEmpty();
        // The user reaches server A through the load balancer.
        try (ItLoadBalancer balancer = new ItLoadBalancer(SecondServer.HTTP_PORT + 3, a.base());
             Browser onA = Browser.open(balancer.base()); Browser second = Browser.open(balancer.base())) {
            onA.signIn("admin", ItServer.ADMIN_PASSWORD);
            second.signIn("admin", ItServer.ADMIN_PASSWORD);
            long runId = startBackfill(onA, a.client());
            assertThat(ItCalls.run(b.client(), runId).getString("node")).isEqualTo(a.name());
            Instant deadline = Instant.now().plusSeconds(90);
            while (ItCalls.run(b.client(), runId).getInt("pages") < 15 && Instant.now().isBefore(deadline)) {
                ItServer.pause(Duration.ofMillis(200));
            }
            JsonObject beforeKill = ItCalls.run(b.client(), runId);
            assertThat(beforeKill.getString("status")).as("run %s before the kill", runId).isEqualTo("RUNNING");
            int pagesBeforeKill = beforeKill.getInt("pages");
            onA.go("/calls");
            By firstHeader = By.cssSelector("#table\\:calls th.ui-sortable-column");
            awaitCallsTable(onA, firstHeader, "through the load balancer, on A");
            String callsTitle = onA.driver().getTitle();

            a.kill();
            Instant killed = Instant.now();
            balancer.pointAt(b.base());

            // The load balancer now sends both users to server B, which reads their sessions from the store: no new
            // sign-in. The second user's first request on B opens a page; its first postback re-sorts the table.
            second.go("/calls");
            awaitCallsTable(second, firstHeader, "the second user's first page on B");
            String newestOnB = firstStarted(second);
            assertThat(sortOnce(second, firstHeader)).as("the first postback on the first page B rendered").isFalse();
            assertThat(firstStarted(second)).as("that page re-sorted: oldest call first").isNotEqualTo(newestOnB);
            // The first user clicks on the page A rendered. B has its view state but cannot have its view-scoped
            // backing bean (README, "Running several servers"): B reopens that page, says the click was not applied,
            // and shows the table whole.
            onA.js("window.calldeckBeforeFailover = true; return true");
            onA.click(firstHeader);
            onA.waitUntil(d -> onA.js("return window.calldeckBeforeFailover === undefined"
                    + " && document.readyState === 'complete'"));
            onA.waitUntil(d -> d.getPageSource().contains("your last click was not applied"));
            assertThat(onA.driver().getCurrentUrl()).as("the page reopened on B").endsWith("/calls")
                    .doesNotContain("/login");
            awaitCallsTable(onA, firstHeader, "reopened on B after the failover");
            assertThat(onA.driver().findElements(By.cssSelector("#table\\:calls_data tr[data-ri]")))
                    .as("call rows on the page reopened on B").hasSize(25);
            onA.screenshot("several-servers-postback-after-failover");
            String newestFirst = firstStarted(onA);
            assertThat(sortOnce(onA, firstHeader)).as("a postback on the reopened page").isFalse();
            assertThat(firstStarted(onA)).as("the table re-sorted on B: oldest call first").isNotEqualTo(newestFirst);
            // The next page B renders, and its postbacks, work too.
            onA.go("/calls");
            assertThat(onA.driver().getCurrentUrl()).as("the session made on A, used on B").doesNotContain("/login");
            awaitCallsTable(onA, firstHeader, "through the load balancer, on B after the failover");
            assertThat(onA.driver().getTitle()).as("the Calls page on B").isEqualTo(callsTitle);
            String onB = firstStarted(onA);
            assertThat(sortOnce(onA, firstHeader)).as("a postback on a page B rendered").isFalse();
            assertThat(firstStarted(onA)).as("the table B rendered re-sorted").isNotEqualTo(onB);
            assertThat(b.messages()).as("B reading the sessions A persisted")
                    .doesNotContain("SESN0051E").doesNotContain("ClassNotFoundException")
                    .doesNotContain("ViewExpiredException");
            onA.go("/sync");
            assertThat(onA.driver().getCurrentUrl()).as("the session made on A, on B").endsWith("/sync");
            onA.screenshot("several-servers-session-after-failover");

            Instant takenOver = awaitNode(b.client(), runId, b.name(), Duration.ofMinutes(2));
            JsonObject run = ItCalls.awaitRun(b.client(), runId, Duration.ofMinutes(5));
            Duration takeover = Duration.between(killed, takenOver);

            assertThat(run.getString("status")).as("run %s: %s", runId, run).isEqualTo("SUCCEEDED");
            assertThat(run.getString("node")).isEqualTo(b.name());
            assertThat(run.getInt("pages")).isGreaterThan(pagesBeforeKill);
            // A renews the lease every quarter of it: B cannot have taken it before three quarters had passed.
            assertThat(takeover).as("takeover after the kill").isGreaterThanOrEqualTo(LEASE.multipliedBy(3).dividedBy(4)
                    .minusSeconds(1)).isLessThanOrEqualTo(LEASE.plus(LEASE.dividedBy(2)).plusSeconds(15));
            assertThat(ItCalls.runs(b.client())).as("the run history: no run beside or after the one taken over")
                    .allSatisfy(r -> assertThat(r.getJsonNumber("id").longValue()).isLessThanOrEqualTo(runId))
                    .filteredOn(r -> r.getJsonNumber("id").longValue() < runId)
                    .allSatisfy(r -> assertThat(Instant.parse(r.getString("finished")))
                            .isBeforeOrEqualTo(Instant.parse(run.getString("started"))));
            System.out.println("429s for the shared credential since the servers started: "
                    + sharedCredentialRateLimited());
            Map<String, String> stored = ItCalls.store(b.client(), ItCalls.backfillFrom());
            Map<String, String> sandbox = ItCalls.sandbox(ItCalls.backfillFrom());
            assertThat(stored).as("the emptied store after the takeover: every call once, as the sandbox has it")
                    .isEqualTo(sandbox);
            for (SecondServer server : List.of(a, b)) {
                assertThat(server.messages()).as("%s wrote every session to the store", server.name())
                        .doesNotContain("SESN0040E").doesNotContain("NotSerializableException")
                        .as("%s let the session made on the other server through", server.name())
                        .doesNotContain("SESN0008E");
            }
            System.out.println("Two servers, one PostgreSQL store: backfill run " + runId + " into the emptied store,"
                    + " A killed after " + pagesBeforeKill + " pages, B took the run over " + takeover.toMillis()
                    + " ms later (lease " + LEASE.toSeconds() + " s) and finished it: " + run.getInt("pages")
                    + " pages, " + stored.size() + " calls, store checksum " + ItCalls.checksum(stored) + " = sandbox "
                    + ItCalls.checksum(sandbox) + "; the user signed in through A went on through B");
        }
    }

    /** @return every file in the server's logs folder (messages, trace, console, FFDC), one after another */
    private static String allLogs(SecondServer server) {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(server.logs())) {
            StringBuilder text = new StringBuilder();
            for (java.nio.file.Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                text.append(java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            return text.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void awaitCallsTable(Browser browser, By header, String where) {
        try {
            browser.waitUntil(d -> !d.findElements(header).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("FAILED-several-servers-calls");
            throw new AssertionError("the Calls page " + where + " did not show its table: "
                    + browser.driver().getCurrentUrl(), e);
        }
    }

    /**
     * Sorts the calls table by its first column (a postback) and waits for the answer.
     *
     * @return whether CallDeck showed "Something went wrong" for it
     */
    private static boolean sortOnce(Browser browser, By header) {
        String before = sortState(browser, header);
        browser.click(header);
        browser.ajaxDone();
        browser.waitUntil(d -> !before.equals(sortState(browser, header)));
        assertThat(browser.driver().getCurrentUrl()).as("after a postback").doesNotContain("/login");
        return Boolean.TRUE.equals(browser.js("return PF('failed').isVisible()"));
    }

    /** @return the Started cell of the calls table's first row */
    private static String firstStarted(Browser browser) {
        return browser.driver().findElement(By.cssSelector("#table\\:calls_data tr[data-ri] td:nth-child(2)"))
                .getText();
    }

    /** @return how the column header shows its sort (PrimeFaces' aria-sort and active state) */
    private static String sortState(Browser browser, By header) {
        org.openqa.selenium.WebElement th = browser.driver().findElement(header);
        return th.getAttribute("aria-sort") + "|" + th.getAttribute("class");
    }

    private static long awaitRunningRun(ItClient server) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            List<JsonObject> runs = ItCalls.runs(server);
            if (!runs.isEmpty() && runs.get(0).getString("status").equals("RUNNING")) {
                return runs.get(0).getJsonNumber("id").longValue();
            }
            ItServer.pause(Duration.ofMillis(200));
        }
        throw new AssertionError("no run started on " + server + ": " + ItCalls.runs(server));
    }

    private static long awaitRunAfter(ItClient server, long previous) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            long newest = ItCalls.runs(server).get(0).getJsonNumber("id").longValue();
            if (newest > previous) {
                return newest;
            }
            ItServer.pause(Duration.ofMillis(200));
        }
        throw new AssertionError("no run after " + previous + " started");
    }

    /**
     * @return {@code count} stored calls, not private, whose transcript Gong has published: the sandbox, like Gong,
     *         answers an empty transcript for up to hours after a call, so the newest calls may have none yet (asked
     *         with the test's own credential, outside the servers' shared budget)
     */
    private static List<String> awaitStoredCalls(ItClient server, int count) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            List<String> stored = new ArrayList<>();
            server.api("/api/calls?size=" + (count * 4), "admin", ItServer.ADMIN_PASSWORD).getJsonArray("calls")
                    .stream().map(JsonValue::asJsonObject)
                    .filter(c -> !c.getBoolean("isPrivate", false)) // CallDeck fetches no private call's transcript
                    .forEach(c -> stored.add(c.getString("id")));
            if (stored.size() >= count) {
                List<String> transcribed = ItCalls.withPublishedTranscript(stored);
                if (transcribed.size() >= count) {
                    return transcribed.subList(0, count);
                }
            }
            ItServer.pause(Duration.ofMillis(500));
        }
        throw new AssertionError("fewer than " + count + " stored calls with a transcript after a minute");
    }

    /** @return when run {@code runId} was first seen held by {@code node} */
    private static Instant awaitNode(ItClient server, long runId, String node, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            JsonObject run = ItCalls.run(server, runId);
            if (node.equals(run.getString("node", ""))) {
                return Instant.now();
            }
            ItServer.pause(Duration.ofMillis(200));
        }
        throw new AssertionError("run " + runId + " was not taken over by " + node + " within " + timeout + ": "
                + ItCalls.run(server, runId));
    }
}
