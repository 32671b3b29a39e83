package io.calldeck.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.calldeck.it.browser.Browser;
import io.calldeck.it.browser.BrowserExtension;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
 * 50-rep team): an admin starts a backfill on the Sync page, as a person would, while the sandbox answers cleanly;
 * then, into an emptied store, with every fault Gong is known for until the server is killed in the middle of it;
 * each time the store ends holding exactly the sandbox's calls, and nothing was sent before a {@code Retry-After} had
 * passed.
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

    /** Starts a backfill from the Sync page and returns when the server reports it running. */
    private long startBackfill() {
        Browser browser = browsers.get();
        browser.go("/login");
        browser.driver().manage().deleteAllCookies(); // a restarted server has forgotten earlier sessions
        return ItCalls.startBackfill(browser.signIn("admin", ItServer.ADMIN_PASSWORD));
    }

    @Test
    @Order(1)
    void aSyncAtGongsRateGetsNo429sWhileCallPagesFetchTheirTranscripts() {
        ItServer.admin("POST", "/sandbox/admin/limits/reset", null);
        long rateLimitedBefore = ItServer.sandboxStat("rateLimited");
        long earlyBefore = ItServer.sandboxStat("earlyRequests");
        List<String> callIds = new ArrayList<>(ItCalls.store(ItServer.CLIENT,
                LocalDate.now(ZoneOffset.UTC).minusDays(7)).keySet());
        Browser browser = browsers.get();
        browser.signIn("admin", ItServer.ADMIN_PASSWORD).go("/call?id=" + callIds.get(callIds.size() - 1));
        Instant started = Instant.now();

        long runId = startBackfill();
        List<Long> pageMillis = new ArrayList<>();
        for (int i = 0; i < 4 && ItServer.api("/api/sync").getBoolean("running"); i++) {
            long begin = System.nanoTime();
            browser.go("/call?id=" + callIds.get(i));
            // The transcript's own lines (Gong's sentences), fetched from Gong while the sync runs. The bound is
            // functional (Browser's wait), not a performance target: page times are the benchmark's.
            browser.waitUntil(d -> !d.findElements(By.cssSelector("#transcript .cd-line")).isEmpty());
            pageMillis.add(Duration.ofNanos(System.nanoTime() - begin).toMillis());
        }
        JsonObject run = ItCalls.awaitRun(ItServer.CLIENT, runId, Duration.ofMinutes(5));
        Duration took = Duration.between(started, Instant.now());

        assertThat(run.getString("status")).as("run %s: %s", runId, run).isEqualTo("SUCCEEDED");
        assertThat(pageMillis).as("call pages opened during the sync showed their transcript").isNotEmpty();
        assertThat(ItServer.sandboxStat("rateLimited") - rateLimitedBefore).as("429s from the sandbox's 3 req/s limit")
                .isZero();
        assertThat(ItServer.sandboxStat("earlyRequests") - earlyBefore).isZero();
        assertThat(ItServer.appRateLimited()).as("CallDeck's own 429s since the server started").isZero();
        assertThat(ItCalls.store(ItServer.CLIENT, ItCalls.backfillFrom()))
                .isEqualTo(ItCalls.sandbox(ItCalls.backfillFrom()));
        fullBackfillRequests = run.getInt("requests");
        System.out.println("Backfill run " + runId + " of " + run.getInt("calls") + " calls at 3 req/s: "
                + took.toMillis() + " ms, " + fullBackfillRequests + " requests, 0 429s; call pages with their"
                + " transcript during it: " + pageMillis + " ms");
    }

    @Test
    @Order(2)
    void aSyncThroughGongsBadMinutesKilledMidRunResumesThatRunAndEndsWithExactlyTheSandboxsCalls() throws Exception {
        restart(true, true);
        assertThat(ItCalls.store(ItServer.CLIENT, ItCalls.backfillFrom())).as("the store after emptying it").isEmpty();
        assertThat(ItServer.admin("PUT", "/sandbox/admin/faults", "{\"serverErrorRate\":0.15,\"rateLimitRate\":0.08,"
                + "\"retryAfterMinSeconds\":1,\"retryAfterMaxSeconds\":2,\"latencyMillis\":0,\"dropRate\":0.03,"
                + "\"truncateRate\":0.03,\"cursorExpiryAfterPages\":6}").statusCode()).isEqualTo(200);

        long runId = startBackfill();
        Instant deadline = Instant.now().plusSeconds(180);
        // The faults are random (about 3 requests in 10): the kill waits for 12 pages and for more than 3 of them, so
        // that the run has been through Gong's bad minutes whatever the draw.
        while ((ItServer.api("/api/sync").getInt("pages") < 12 || ItServer.sandboxStat("faultsInjected") <= 3)
                && Instant.now().isBefore(deadline)) {
            ItServer.pause(Duration.ofMillis(200));
        }
        JsonObject beforeKill = ItServer.api("/api/sync");
        int pagesBeforeKill = beforeKill.getInt("pages");
        assertThat(pagesBeforeKill).as("pages committed before the kill").isGreaterThanOrEqualTo(12);
        long requestsBeforeKill = ItServer.sandboxStat("requests");
        long faults = ItServer.sandboxStat("faultsInjected");
        long early = ItServer.sandboxStat("earlyRequests");
        int cursorRestarts = ItCalls.run(ItServer.CLIENT, runId).getInt("cursorRestarts");
        assertThat(faults).as("faults injected before the kill").isGreaterThan(3);
        assertThat(ItCalls.run(ItServer.CLIENT, runId).getString("status")).as("run %s at the kill", runId)
                .isEqualTo("RUNNING");
        assertThat(early).as("requests sent before a Retry-After had passed").isZero();
        assertThat(cursorRestarts).as("the cursor Gong expired after 6 pages, restarted from the last committed call")
                .isGreaterThanOrEqualTo(1);

        ProcessHandle server = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("ws-server.jar") && c.contains("calldeck-it"))
                        .orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no calldeck-it server process found"));
        server.destroyForcibly();
        server.onExit().get();
        Instant killed = Instant.now();
        start(); // as configured: the start-up sync resumes what the store says is running; the sandbox, which lives
                 // in the killed process, starts again without faults and with its counters at zero

        JsonObject run = ItCalls.awaitRun(ItServer.CLIENT, runId, Duration.ofMinutes(5));
        Duration resumedIn = Duration.between(killed, Instant.parse(run.getString("finished")));
        assertThat(run.getString("status")).as("the killed run %s, resumed: %s", runId, run).isEqualTo("SUCCEEDED");
        List<JsonObject> later = ItCalls.runs(ItServer.CLIENT).stream()
                .filter(r -> r.getJsonNumber("id").longValue() > runId).toList();
        assertThat(later).as("runs started while run %s was unfinished", runId).allSatisfy(r -> assertThat(
                Instant.parse(r.getString("started"))).isAfterOrEqualTo(Instant.parse(run.getString("finished"))));
        long requestsAfterRestart = ItServer.sandboxStat("requests");
        int full = fullBackfillRequests > 0 ? fullBackfillRequests : 50;
        assertThat(requestsAfterRestart).as("requests after the restart, against a full backfill's %d", full)
                .isLessThan(full);
        assertThat(ItServer.appRateLimited()).as("429s from a cold start that resumed a sync").isZero();
        Map<String, String> store = ItCalls.store(ItServer.CLIENT, ItCalls.backfillFrom());
        Map<String, String> sandbox = ItCalls.sandbox(ItCalls.backfillFrom());
        assertThat(store).as("every call of the sandbox stored once, as the sandbox has it, and nothing else")
                .isEqualTo(sandbox);
        System.out.println("Backfill run " + runId + " into an empty store through " + faults + " injected faults and "
                + cursorRestarts + " cursor restarts, killed after " + pagesBeforeKill + " pages (" + requestsBeforeKill
                + " requests); resumed and finished " + resumedIn.toSeconds() + " s after the kill with "
                + requestsAfterRestart + " requests (a full backfill: " + full + "); store " + store.size()
                + " calls, checksum " + ItCalls.checksum(store) + " = sandbox " + ItCalls.checksum(sandbox));
    }

    private static int fullBackfillRequests;

    private static final Path SERVER = Path.of(System.getProperty("it.liberty.dir", "target/liberty/wlp"))
            .resolve("usr/servers/calldeck-it");

    /**
     * Stops the server cleanly and starts it again.
     *
     * @param emptyStore      delete its store first (the H2 files: CallDeck's and the sandbox's own)
     * @param holdStartupSync start it without its start-up sync (a day's delay), so that the test starts the run
     */
    private static void restart(boolean emptyStore, boolean holdStartupSync) {
        run("stop");
        if (emptyStore) {
            try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(SERVER.resolve("data"))) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".db")).toList()) {
                    java.nio.file.Files.delete(file);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        Path options = SERVER.resolve("jvm.options");
        try {
            String original = java.nio.file.Files.readString(options);
            if (holdStartupSync) {
                java.nio.file.Files.writeString(options, original.replaceAll(
                        "-Dcalldeck\\.sync\\.initial-delay-seconds=\\d+", "-Dcalldeck.sync.initial-delay-seconds=86400"));
            }
            try {
                start();
            } finally {
                java.nio.file.Files.writeString(options, original);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void run(String command) {
        try {
            Process process = new ProcessBuilder(SERVER.getParent().getParent().getParent().resolve("bin/server")
                    .toString(), command, "calldeck-it").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(process.waitFor()).as("server %s exit code", command).isZero();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts the server and waits until it answers. */
    private static void start() {
        run("start");
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
