package io.calldeck.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * HTTP to one CallDeck server of the integration tests, signed in with its test-only users: its JSON API, its
 * sandbox's admin endpoints, its health.
 *
 * @param base the server's base URL, e.g. {@code http://localhost:19080}
 */
public record ItClient(String base) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /**
     * @param user     CallDeck user
     * @param password password
     * @return the Basic header
     */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param method  HTTP method
     * @param path    path on the server
     * @param body    body (JSON unless a Content-Type header says otherwise), or {@code null}
     * @param headers headers, in pairs
     * @return the response
     */
    public HttpResponse<String> send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        boolean typed = false;
        for (int i = 0; i + 1 < headers.length; i += 2) {
            typed |= "Content-Type".equalsIgnoreCase(headers[i]);
        }
        if (body != null && !typed) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param path an API path, e.g. {@code /api/calls?size=5}
     * @return the JSON answer, read as the viewer
     */
    public JsonObject api(String path) {
        return api(path, "viewer", ItServer.VIEWER_PASSWORD);
    }

    /**
     * @param path     an API path
     * @param user     CallDeck user
     * @param password password
     * @return the JSON answer (200 required)
     */
    public JsonObject api(String path, String user, String password) {
        HttpResponse<String> response = send("GET", path, null, "Authorization", basic(user, password));
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + base + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json(response.body());
    }

    /**
     * @param text JSON
     * @return it, parsed
     */
    public static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    /**
     * @param method HTTP method
     * @param path   a sandbox admin path, e.g. {@code /sandbox/admin/faults}
     * @param body   JSON body, or {@code null}
     * @return the response, sent as the admin
     */
    public HttpResponse<String> admin(String method, String path, String body) {
        return send(method, path, body, "Authorization", basic("admin", ItServer.ADMIN_PASSWORD),
                "X-Requested-By", "calldeck-it");
    }

    /**
     * Waits until a sync has succeeded since the server (process) started and none is running.
     *
     * @param timeout how long at most
     * @return the sync's state then ({@code /api/sync})
     */
    public JsonObject awaitSucceededSync(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            JsonObject sync = api("/api/sync");
            if (sync.containsKey("lastSuccess") && !sync.getBoolean("running")) { // JSON-B leaves nulls out
                return sync;
            }
            ItServer.pause(Duration.ofMillis(500));
        }
        throw new AssertionError("No sync succeeded on " + base + " within " + timeout + ": " + api("/api/sync"));
    }

    /**
     * @param name a counter of the sandbox's admin stats, e.g. {@code mediaBytes}
     * @return its value now
     */
    public long sandboxStat(String name) {
        return json(admin("GET", "/sandbox/admin/stats", null).body()).getJsonNumber(name).longValue();
    }
}
