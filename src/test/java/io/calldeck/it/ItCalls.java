package io.calldeck.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.calldeck.connector.GongCalls;
import io.calldeck.connector.model.CallMetaData;
import io.calldeck.connector.model.CallTranscript;
import io.calldeck.connector.model.CallsFilter;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.logging.Logger;

/**
 * What the reliability tests compare: a server's stored calls against the test server's sandbox (ids and content),
 * and a server's sync runs.
 */
public final class ItCalls {

    private static final Logger LOG = Logger.getLogger(ItCalls.class.getName());

    private ItCalls() {
    }

    /** @return the backfill's first day: what the Sync page proposes (90 days ago, UTC) */
    public static LocalDate backfillFrom() {
        return LocalDate.now(ZoneOffset.UTC).minusDays(90);
    }

    private static String fingerprint(String title, Instant started, long duration, String rep, String direction,
                                      String scope, String system, boolean isPrivate) {
        return String.join("|", title, started.toString(), Long.toString(duration), rep, direction, scope, system,
                Boolean.toString(isPrivate));
    }

    /**
     * @param server the CallDeck server
     * @param from   first day (UTC)
     * @return the store's calls started since {@code from}, by id, as the server's API serves them to an admin
     */
    public static Map<String, String> store(ItClient server, LocalDate from) {
        Map<String, String> calls = new HashMap<>();
        for (int page = 0; ; page++) {
            // As the admin: the store's every call, private ones too (a viewer's list leaves those out).
            JsonObject answer = server.api("/api/calls?from=" + from + "&sort=started&size=500&page=" + page,
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

    /**
     * @param from first day (UTC)
     * @return the test server's sandbox's calls started since {@code from}, by id, read through the connector
     */
    public static Map<String, String> sandbox(LocalDate from) {
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

    /**
     * @param callIds calls of the test server's sandbox
     * @return those of {@code callIds} whose transcript Gong has published, in the given order: the sandbox, like
     *         Gong, answers an empty transcript for up to hours after a call (asked with the test's own credential)
     */
    public static List<String> withPublishedTranscript(List<String> callIds) {
        if (callIds.isEmpty()) {
            return List.of();
        }
        try (GongCalls gong = ItServer.sandboxConnector()) {
            Set<String> withLines = gong.streamTranscripts(CallsFilter.ofCallIds(callIds.toArray(String[]::new)))
                    .filter(t -> t.transcript() != null && !t.transcript().isEmpty())
                    .map(CallTranscript::callId)
                    .collect(Collectors.toSet());
            return callIds.stream().filter(withLines::contains).toList();
        }
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    /**
     * @param calls calls by id, as {@link #store} and {@link #sandbox} give them
     * @return the first 16 hex digits of a SHA-256 over them (ids and content), for the log
     */
    public static String checksum(Map<String, String> calls) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            calls.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> sha.update(
                    (e.getKey() + "=" + e.getValue() + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param server the CallDeck server
     * @return its sync's last runs, newest first ({@code /api/sync/runs})
     */
    public static List<JsonObject> runs(ItClient server) {
        return server.api("/api/sync/runs?limit=100").getJsonArray("runs").stream().map(JsonValue::asJsonObject)
                .toList();
    }

    /**
     * @param server the CallDeck server
     * @param runId  a run of its store
     * @return the run as the server reports it now
     */
    public static JsonObject run(ItClient server, long runId) {
        return runs(server).stream().filter(r -> r.getJsonNumber("id").longValue() == runId).findFirst()
                .orElseThrow(() -> new AssertionError("run " + runId + " is not in the run history"));
    }

    /**
     * Waits until run {@code runId} has ended (succeeded, or failed), and returns it.
     *
     * @param server  the CallDeck server asked (it may be restarting: it is asked again until the timeout)
     * @param runId   the run
     * @param timeout how long at most
     * @return the run, ended
     */
    public static JsonObject awaitRun(ItClient server, long runId, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        JsonObject run = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                run = run(server, runId);
                if (!run.getString("status").equals("RUNNING") && !run.getString("status").equals("WAITING")) {
                    return run;
                }
            } catch (RuntimeException notUpYet) {
                LOG.fine(() -> "server not answering yet: " + notUpYet);
            }
            ItServer.pause(Duration.ofMillis(500));
        }
        throw new AssertionError("run " + runId + " has not ended after " + timeout + ": " + run);
    }

    /**
     * Starts a backfill from the Sync page, as an admin would, with the date the page proposes.
     *
     * @param admin a browser signed in as an admin
     * @return the new run's id, once the server reports it running
     * @throws AssertionError when no new run is running within 30 seconds
     */
    public static long startBackfill(io.calldeck.it.browser.Browser admin) {
        JsonObject before = ItServer.api("/api/sync");
        Long previous = before.containsKey("runId") ? before.getJsonNumber("runId").longValue() : null;
        admin.go("/sync");
        admin.waitUntil(d -> !d.findElements(org.openqa.selenium.By.id("sync:backfill")).isEmpty());
        admin.driver().findElement(org.openqa.selenium.By.id("sync:backfill")).click();
        admin.ajaxDone();
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            JsonObject state = ItServer.api("/api/sync");
            if (state.getBoolean("running") && state.containsKey("runId")
                    && !Long.valueOf(state.getJsonNumber("runId").longValue()).equals(previous)) {
                return state.getJsonNumber("runId").longValue();
            }
            ItServer.pause(Duration.ofMillis(200));
        }
        admin.screenshot("FAILED-backfill-not-started");
        throw new AssertionError("the backfill did not start: " + ItServer.api("/api/sync"));
    }
}
