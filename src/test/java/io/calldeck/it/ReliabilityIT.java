package io.calldeck.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.calldeck.connector.GongCalls;
import io.calldeck.connector.model.CallMetaData;
import io.calldeck.connector.model.CallsFilter;
import io.calldeck.it.browser.Browser;
import io.calldeck.it.browser.BrowserExtension;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The sync's guarantees, proven on the integration-test server (its sandbox holds 5,000 calls, a month of a
 * 50-rep team): an admin starts a backfill on the Sync page, as a person would, while the sandbox answers cleanly,
 * then with every fault Gong is known for, then while the server is killed; each time the store ends holding
 * exactly the sandbox's calls, and nothing was sent before a {@code Retry-After} had passed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReliabilityIT {

    private static final Logger LOG = Logger.getLogger(ReliabilityIT.class.getName());
    private static final String NO_FAULTS = "{\"serverErrorRate\":0,\"rateLimitRate\":0,\"retryAfterMinSeconds\":1,"
            + "\"retryAfterMaxSeconds\":2,\"latencyMillis\":0,\"dropRate\":0,\"truncateRate\":0,"
            + "\"cursorExpiryAfterPages\":0}";

    @RegisterExtension
    final BrowserExtension browsers = new BrowserExtension(ItServer.BASE);

    @BeforeAll
    static void synced() {
        ItServer.awaitFirstSync();
    }

    @AfterEach
    void noFaults() {
        ItServer.admin("PUT", "/sandbox/admin/faults", NO_FAULTS);
    }

    /** The backfill's first day: what the Sync page proposes (90 days ago, UTC). */
    private static LocalDate backfillFrom() {
        return LocalDate.now(ZoneOffset.UTC).minusDays(90);
    }

    /** Starts a backfill from the Sync page and returns when the server reports it running. */
    private long startBackfill() {
        Long before = runId();
        Browser browser = browsers.get();
        if (!browser.driver().getCurrentUrl().startsWith(ItServer.BASE) || browser.driver().getCurrentUrl().contains("/login")) {
            browser.signIn("admin", ItServer.ADMIN_PASSWORD);
        }
        browser.go("/sync");
        browser.waitUntil(d -> !d.findElements(By.id("sync:backfill")).isEmpty());
        browser.driver().findElement(By.id("sync:backfill")).click();
        browser.ajaxDone();
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            JsonObject state = ItServer.api("/api/sync");
            if (state.getBoolean("running") && state.containsKey("runId")
                    && !Long.valueOf(state.getJsonNumber("runId").longValue()).equals(before)) {
                return state.getJsonNumber("runId").longValue();
            }
            ItServer.pause(Duration.ofMillis(200));
        }
        browser.screenshot("FAILED-backfill-not-started");
        throw new AssertionError("the backfill did not start: " + ItServer.api("/api/sync"));
    }

    private static Long runId() {
        JsonObject state = ItServer.api("/api/sync");
        return state.containsKey("runId") ? state.getJsonNumber("runId").longValue() : null;
    }

    /** Waits until no run is going on, and returns the sync's state then. */
    private static JsonObject awaitIdle(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            JsonObject state = ItServer.api("/api/sync");
            if (!state.getBoolean("running")) {
                return state;
            }
            ItServer.pause(Duration.ofMillis(500));
        }
        throw new AssertionError("the sync still runs after " + timeout + ": " + ItServer.api("/api/sync"));
    }

    private static String fingerprint(String title, Instant started, long duration, String rep, String direction,
                                      String scope, String system, boolean isPrivate) {
        return String.join("|", title, started.toString(), Long.toString(duration), rep, direction, scope, system,
                Boolean.toString(isPrivate));
    }

    /** @return the store's calls started since {@code from}, by id, as the API serves them to an admin */
    private static Map<String, String> storeCalls(LocalDate from) {
        Map<String, String> calls = new HashMap<>();
        for (int page = 0; ; page++) {
            // As the admin: the store's every call, private ones too (a viewer's list leaves those out).
            JsonObject answer = ItServer.CLIENT.api("/api/calls?from=" + from + "&sort=started&size=500&page=" + page,
                    "admin", ItServer.ADMIN_PASSWORD);
            List<JsonValue> items = answer.getJsonArray("calls");
            for (JsonValue item : items) {
                JsonObject c = item.asJsonObject();
                String previous = calls.put(c.getString("id"), fingerprint(c.getString("title", ""),
                        OffsetDateTime.parse(c.getString("started")).toInstant(), c.getJsonNumber("duration").longValue(),
                        c.getString("primaryUserId", ""), c.getString("direction", ""), c.getString("scope", ""),
                        c.getString("system", ""), c.getBoolean("isPrivate", false)));
                assertThat(previous).as("call %s listed twice by the store", c.getString("id")).isNull();
            }
            if (items.size() < 500) {
                return calls;
            }
        }
    }

    /** @return the sandbox's calls started since {@code from}, by id, read through the connector */
    private static Map<String, String> sandboxCalls(LocalDate from) {
        Map<String, String> calls = new HashMap<>();
        try (GongCalls gong = ItServer.sandboxConnector()) {
            gong.streamCalls(CallsFilter.between(from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    Instant.now().plusSeconds(1))).forEach((CallMetaData c) -> calls.put(c.id(), fingerprint(
                    c.title() == null ? "" : c.title(), c.started().toInstant(), c.duration() == null ? 0 : c.duration(),
                    nonNull(c.primaryUserId()), nonNull(c.direction()), nonNull(c.scope()), nonNull(c.system()),
                    Boolean.TRUE.equals(c.isPrivate()))));
        }
        return calls;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    @Test
    @Order(1)
    void aSyncAtGongsRateGetsNo429sWhileInteractiveCallsAnswerInUnderTwoSeconds() {
        ItServer.admin("POST", "/sandbox/admin/limits/reset", null);
        long rateLimitedBefore = ItServer.sandboxStat("rateLimited");
        long earlyBefore = ItServer.sandboxStat("earlyRequests");
        List<String> callIds = new ArrayList<>(storeCalls(LocalDate.now(ZoneOffset.UTC).minusDays(7)).keySet());
        Browser browser = browsers.get();
        // The same admin session starts the backfill; one call page first, so that what is timed below is the
        // page and its Gong requests, not the browser's first download of the page's scripts and styles.
        browser.signIn("admin", ItServer.ADMIN_PASSWORD).go("/call?id=" + callIds.get(callIds.size() - 1));
        Instant started = Instant.now();

        startBackfill();
        List<Long> pageMillis = new ArrayList<>();
        for (int i = 0; i < 4 && ItServer.api("/api/sync").getBoolean("running"); i++) {
            long begin = System.nanoTime();
            browser.go("/call?id=" + callIds.get(i));
            browser.waitUntil(d -> !d.findElements(By.cssSelector("#transcript .cd-line, #transcript .cd-muted")).isEmpty());
            pageMillis.add(Duration.ofNanos(System.nanoTime() - begin).toMillis());
        }
        JsonObject done = awaitIdle(Duration.ofMinutes(5));
        Duration took = Duration.between(started, Instant.now());

        assertThat(done.containsKey("lastError")).as("the run ended without error: %s", done).isFalse();
        // A whole page in the browser (its Gong requests, the store, rendering) on a shared 2-core machine: the
        // interactive Gong requests inside it go ahead of the sync's, so the pages stay near a second.
        assertThat(pageMillis).as("call pages opened during the sync (transcript fetched from Gong)").isNotEmpty()
                .allSatisfy(ms -> assertThat(ms).isLessThan(3000));
        assertThat(pageMillis.stream().sorted().toList().get(pageMillis.size() / 2)).as("median page").isLessThan(2000);
        assertThat(ItServer.sandboxStat("rateLimited") - rateLimitedBefore).as("429s from the sandbox's 3 req/s limit")
                .isZero();
        assertThat(ItServer.sandboxStat("earlyRequests") - earlyBefore).isZero();
        assertThat(ItServer.appRateLimited()).as("CallDeck's own 429s since the server started").isZero();
        assertThat(storeCalls(backfillFrom())).isEqualTo(sandboxCalls(backfillFrom()));
        System.out.println("Backfill of " + done.getJsonNumber("callsStored") + " stored calls at 3 req/s: " + took.toMillis()
                + " ms, 0 429s; call pages during it: " + pageMillis + " ms");
    }

    @Test
    @Order(2)
    void aSyncThroughGongsBadMinutesEndsWithExactlyTheSandboxsCalls() {
        long faultsBefore = ItServer.sandboxStat("faultsInjected");
        long earlyBefore = ItServer.sandboxStat("earlyRequests");
        assertThat(ItServer.admin("PUT", "/sandbox/admin/faults", "{\"serverErrorRate\":0.10,\"rateLimitRate\":0.05,"
                + "\"retryAfterMinSeconds\":1,\"retryAfterMaxSeconds\":2,\"latencyMillis\":0,\"dropRate\":0.02,"
                + "\"truncateRate\":0.01,\"cursorExpiryAfterPages\":20}").statusCode()).isEqualTo(200);
        Instant started = Instant.now();

        startBackfill();
        JsonObject done = awaitIdle(Duration.ofMinutes(8));
        Duration took = Duration.between(started, Instant.now());
        long faults = ItServer.sandboxStat("faultsInjected") - faultsBefore;
        noFaults();

        assertThat(done.containsKey("lastError")).as("the run ended without error: %s", done).isFalse();
        assertThat(faults).as("faults injected during the run").isGreaterThan(3);
        assertThat(ItServer.sandboxStat("earlyRequests") - earlyBefore)
                .as("requests sent before a Retry-After had passed").isZero();
        Map<String, String> store = storeCalls(backfillFrom());
        assertThat(store).isEqualTo(sandboxCalls(backfillFrom()));
        System.out.println("Backfill of " + store.size() + " calls through " + faults + " injected faults: "
                + took.toMillis() + " ms");
    }

    @Test
    @Order(3)
    void aServerKilledInTheMiddleOfASyncResumesItWithNoGapAndNoDuplicate() throws Exception {
        startBackfill();
        Instant deadline = Instant.now().plusSeconds(60);
        while (ItServer.api("/api/sync").getInt("pages") < 10 && Instant.now().isBefore(deadline)) {
            ItServer.pause(Duration.ofMillis(200));
        }
        int pagesBeforeKill = ItServer.api("/api/sync").getInt("pages");
        assertThat(pagesBeforeKill).as("pages committed before the kill").isGreaterThanOrEqualTo(10);

        ProcessHandle server = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("ws-server.jar") && c.contains("calldeck-it"))
                        .orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no calldeck-it server process found"));
        server.destroyForcibly();
        server.onExit().get();
        restartServer();

        JsonObject done = ItServer.awaitSucceededSync(Duration.ofMinutes(5)); // the new process resumes the run
        assertThat(done.containsKey("lastError")).as("the resumed run ended without error: %s", done).isFalse();
        assertThat(ItServer.appRateLimited()).as("429s from a cold start that resumed a sync").isZero();
        long requestsAfterRestart = ItServer.sandboxStat("requests");
        Map<String, String> store = storeCalls(backfillFrom());
        Map<String, String> sandbox = sandboxCalls(backfillFrom());
        assertThat(store).as("every call of the sandbox is stored, as the sandbox has it").containsAllEntriesOf(sandbox);
        System.out.println("Killed after " + pagesBeforeKill + " pages; after the restart the sync resumed and the sandbox"
                + " answered " + requestsAfterRestart + " requests (a full backfill reads 50 pages); store "
                + store.size() + " calls, sandbox " + sandbox.size());
    }

    private static void restartServer() throws IOException, InterruptedException {
        Path wlp = Path.of(System.getProperty("it.liberty.dir", "target/liberty/wlp"));
        Process start = new ProcessBuilder(wlp.resolve("bin/server").toString(), "start", "calldeck-it")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(start.waitFor()).as("server start exit code").isZero();
        Instant deadline = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (ItServer.send("GET", "/health/ready", null).statusCode() != 404) {
                    ItServer.api("/api/sync");
                    return;
                }
            } catch (RuntimeException | AssertionError notYet) {
                LOG.fine(() -> "server not ready yet: " + notYet);
            }
            ItServer.pause(Duration.ofSeconds(1));
        }
        throw new AssertionError("calldeck-it did not come back within 3 minutes");
    }
}
