package io.calldeck.it;

import io.calldeck.connector.GongCalls;
import io.calldeck.connector.GongConfig;
import io.calldeck.connector.TestConfigs;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The integration-test server that {@code mvn verify} starts (calldeck-it): its URL, its test-only credentials
 * (from the POM), and small HTTP helpers.
 */
public final class ItServer {

    /** The server's base URL. */
    public static final String BASE = "http://localhost:" + Integer.getInteger("it.http.port", 19080);
    /** The sandbox's Gong API. */
    public static final String SANDBOX = BASE + "/sandbox";
    /** CallDeck's admin password on the IT server. */
    public static final String ADMIN_PASSWORD = System.getProperty("it.admin.password", "it-admin-placeholder");
    /** CallDeck's viewer password on the IT server. */
    public static final String VIEWER_PASSWORD = System.getProperty("it.viewer.password", "it-viewer-placeholder");
    /** The server's own sandbox credential: what CallDeck's sync and pages use (only its access key). */
    public static final String APP_KEY = System.getProperty("it.sandbox.key", "it-app-key");
    /** Its secret. */
    public static final String APP_SECRET = System.getProperty("it.sandbox.secret", "it-app-placeholder");
    /** A sandbox credential for tests (its own rate limit, apart from the server's sync). */
    public static final String TEST_KEY = System.getProperty("it.sandbox.test-key", "it-test-key");
    /** Its secret. */
    public static final String TEST_SECRET = System.getProperty("it.sandbox.test-secret", "it-test-placeholder");

    /** A sandbox credential for the Fault Tolerance ITs' own application. */
    public static final String FT_KEY = System.getProperty("it.sandbox.ft-key", "it-ft-key");
    /** Its secret. */
    public static final String FT_SECRET = System.getProperty("it.sandbox.ft-secret", "it-ft-placeholder");
    /** The sandbox credential that the servers of {@code SeveralServersIT} share: one Gong budget between them. */
    public static final String SHARED_KEY = System.getProperty("it.sandbox.shared-key", "it-shared-key");
    /** Its secret. */
    public static final String SHARED_SECRET = System.getProperty("it.sandbox.shared-secret", "it-shared-placeholder");

    private ItServer() {
    }

    /**
     * @param extra more config keys, in pairs
     * @return a connector that talks to the sandbox with the test credential
     */
    public static GongCalls sandboxConnector(String... extra) {
        String[] all = new String[extra.length + 4];
        all[0] = GongConfig.ACCESS_KEY;
        all[1] = TEST_KEY;
        all[2] = GongConfig.ACCESS_KEY_SECRET;
        all[3] = TEST_SECRET;
        System.arraycopy(extra, 0, all, 4, extra.length);
        java.util.Map<String, String> values = new java.util.HashMap<>();
        values.put(GongConfig.BASE_URL, SANDBOX);
        // Below the sandbox's 3 req/s: each connector made here starts with an empty budget, unaware of requests
        // other test connectors of the same key sent just before, and has no retries (no CDI interceptors).
        values.put(GongConfig.RATE_PER_SECOND, "2");
        for (int i = 0; i + 1 < all.length; i += 2) {
            values.put(all[i], all[i + 1]);
        }
        return GongCalls.create(new GongConfig(TestConfigs.of(values)));
    }

    /** The server as a client sees it. */
    public static final ItClient CLIENT = new ItClient(BASE);

    /**
     * @param user     CallDeck user
     * @param password password
     * @return the Basic header
     */
    public static String basic(String user, String password) {
        return ItClient.basic(user, password);
    }

    /**
     * @param method  HTTP method
     * @param path    path on the server
     * @param headers headers, in pairs
     * @param body    body (JSON unless a Content-Type header says otherwise), or {@code null}
     * @return the response
     */
    public static HttpResponse<String> send(String method, String path, String body, String... headers) {
        return CLIENT.send(method, path, body, headers);
    }

    /**
     * @param path an API path, e.g. {@code /api/calls?size=5}
     * @return the JSON answer, read as the viewer
     */
    public static JsonObject api(String path) {
        return CLIENT.api(path);
    }

    /**
     * @param method HTTP method
     * @param path   a sandbox admin path, e.g. {@code /sandbox/admin/faults}
     * @param body   JSON body, or {@code null}
     * @return the response, sent as the admin
     */
    public static HttpResponse<String> admin(String method, String path, String body) {
        return CLIENT.admin(method, path, body);
    }

    /** Waits (up to three minutes) until a sync has succeeded since the server started. */
    public static void awaitFirstSync() {
        awaitSucceededSync(Duration.ofMinutes(3));
    }

    /**
     * Waits until a sync has succeeded since the server (process) started and none is running.
     *
     * @param timeout how long at most
     * @return the sync's state then ({@code /api/sync})
     */
    public static JsonObject awaitSucceededSync(Duration timeout) {
        return CLIENT.awaitSucceededSync(timeout);
    }

    /** @param duration how long to wait */
    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * @return how many requests of CallDeck's own credential the sandbox refused with 429 since the server started
     *         (a 429 CallDeck caused itself; the faults the sandbox injects are not counted)
     */
    public static long appRateLimited() {
        HttpResponse<String> response = admin("GET", "/sandbox/admin/stats", null);
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject byCredential = reader.readObject().getJsonObject("rateLimitedByCredential");
            return byCredential == null || !byCredential.containsKey(APP_KEY) ? 0
                    : byCredential.getJsonNumber(APP_KEY).longValue();
        }
    }

    /**
     * @param name a counter of the sandbox's admin stats, e.g. {@code mediaBytes}
     * @return its value now
     */
    public static long sandboxStat(String name) {
        return CLIENT.sandboxStat(name);
    }
}
