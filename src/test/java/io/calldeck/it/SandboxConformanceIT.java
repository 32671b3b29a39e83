package io.calldeck.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.calldeck.connector.GongSchemas;
import io.calldeck.connector.RequestPriority;
import io.calldeck.connector.internal.RateBudget;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every answer of the sandbox's Gong API, for every endpoint and for its errors, validates against Gong's own
 * OpenAPI schemas ({@code ../shared/gong-docs/openapi}; manual CRM associations against the 2025-01 document).
 * Real HTTP against the integration-test server, paced to the sandbox's 3 requests per second.
 */
@ExtendWith(NoOwn429s.class)
class SandboxConformanceIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final RateBudget PACE = new RateBudget(3, 10_000, Duration.ofMillis(60), Clock.systemUTC());
    private static String from;
    private static String to;

    @BeforeAll
    static void window() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        from = now.minus(Duration.ofDays(100)).toString();
        to = now.plus(Duration.ofDays(1)).toString();
    }

    private static HttpResponse<String> call(String method, String path, String body, String auth) {
        try {
            PACE.acquire(RequestPriority.BACKGROUND, null);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ItServer.SANDBOX + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                    .header("Authorization", auth);
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> call(String method, String path, String body) {
        return call(method, path, body, ItServer.basic(ItServer.TEST_KEY, ItServer.TEST_SECRET));
    }

    private static void conforms(HttpResponse<String> response, int status, String schema) {
        conforms(response, status, GongSchemas.CURRENT, schema);
    }

    private static void conforms(HttpResponse<String> response, int status, String document, String schema) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(GongSchemas.strictViolations(document, schema, response.body())).as("%s vs %s (no field the schema does not name)", response.body(), schema)
                .isEmpty();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @Test
    void listAndGetCalls() {
        HttpResponse<String> first = call("GET", "/v2/calls?fromDateTime=" + from + "&toDateTime=" + to, null);
        conforms(first, 200, "CallsResponse");
        JsonObject page = json(first);
        assertThat(page.getJsonObject("records").getInt("totalRecords")).isGreaterThan(100);
        String cursor = page.getJsonObject("records").getString("cursor");
        conforms(call("GET", "/v2/calls?fromDateTime=" + from + "&toDateTime=" + to + "&cursor=" + cursor, null), 200,
                "CallsResponse");
        String id = page.getJsonArray("calls").getJsonObject(0).getString("id");
        conforms(call("GET", "/v2/calls/" + id, null), 200, "SpecificCall");
        conforms(call("GET", "/v2/calls/1234567890123456789", null), 404, "ErrorResponse");
    }

    @Test
    void extensiveWithEveryPartAndWithNone() {
        String everything = "{\"filter\":{\"fromDateTime\":\"" + from + "\",\"toDateTime\":\"" + to + "\"},"
                + "\"contentSelector\":{\"context\":\"Extended\",\"contextTiming\":[\"Now\",\"TimeOfCall\"],"
                + "\"exposedFields\":{\"parties\":true,\"content\":{\"structure\":true,\"topics\":true,\"trackers\":true,"
                + "\"trackerOccurrences\":true,\"pointsOfInterest\":true,\"brief\":true,\"outline\":true,\"highlights\":true,"
                + "\"callOutcome\":true,\"keyPoints\":true},\"interaction\":{\"speakers\":true,\"video\":true,"
                + "\"personInteractionStats\":true,\"questions\":true},\"collaboration\":{\"publicComments\":true},"
                + "\"media\":true}}}";
        HttpResponse<String> full = call("POST", "/v2/calls/extensive", everything);
        conforms(full, 200, "Calls");
        JsonObject firstCall = json(full).getJsonArray("calls").getJsonObject(0);
        assertThat(firstCall.keySet()).contains("metaData", "context", "parties", "content", "interaction",
                "collaboration", "media");
        assertThat(firstCall.getJsonObject("interaction").keySet()).contains("interactionStats", "speakers");

        HttpResponse<String> bare = call("POST", "/v2/calls/extensive",
                "{\"filter\":{\"fromDateTime\":\"" + from + "\",\"toDateTime\":\"" + to + "\"}}");
        conforms(bare, 200, "Calls");
        assertThat(json(bare).getJsonArray("calls").getJsonObject(0).keySet()).containsExactly("metaData");

        conforms(call("POST", "/v2/calls/extensive",
                "{\"filter\":{\"fromDateTime\":\"2001-01-01T00:00:00Z\",\"toDateTime\":\"2001-01-02T00:00:00Z\"}}"), 404,
                "ErrorResponse");
        conforms(call("POST", "/v2/calls/extensive", "{\"filter\":{\"callIds\":[]}}"), 400, "ErrorResponse");
        conforms(call("POST", "/v2/calls/extensive", "not json"), 400, "ErrorResponse");
    }

    @Test
    void transcriptsUsersAccessAndManualCrmAssociations() {
        String id = json(call("GET", "/v2/calls?fromDateTime=" + from + "&toDateTime=" + to, null))
                .getJsonArray("calls").getJsonObject(3).getString("id");
        conforms(call("POST", "/v2/calls/transcript", "{\"filter\":{\"callIds\":[\"" + id + "\"]}}"), 200,
                "CallTranscripts");
        String access = "{\"callAccessList\":[{\"callId\":\"" + id + "\",\"userIds\":[\"1000000000000000001\"]}]}";
        conforms(call("PUT", "/v2/calls/users-access", access), 200, "BaseResponse");
        HttpResponse<String> retrieved = call("POST", "/v2/calls/users-access", "{\"filter\":{\"callIds\":[\"" + id + "\"]}}");
        conforms(retrieved, 200, "CallsAccessDetailsResponse");
        assertThat(retrieved.body()).contains("1000000000000000001");
        conforms(call("DELETE", "/v2/calls/users-access", access), 200, "BaseResponse");
        conforms(call("PUT", "/v2/calls/users-access",
                "{\"callAccessList\":[{\"callId\":\"1234567890123456789\",\"userIds\":[\"1\"]}]}"), 400, "ErrorResponse");
        conforms(call("GET", "/v2/calls/manual-crm-associations", null), 200, GongSchemas.OLDER,
                "ManualAssociationResponse");
    }

    @Test
    void addCallAndUploadItsRecording() throws Exception {
        String user = json(call("GET", "/v2/users", null)).getJsonArray("users").getJsonObject(4).getString("id");
        String body = "{\"clientUniqueId\":\"conformance-" + System.nanoTime() + "\",\"actualStart\":\""
                + Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS) + "\",\"direction\":\"Outbound\","
                + "\"primaryUser\":\"" + user + "\",\"parties\":[{\"userId\":\"" + user + "\",\"name\":\"Rep\"}],"
                + "\"title\":\"Conformance call\",\"duration\":61.5}";
        HttpResponse<String> added = call("POST", "/v2/calls", body);
        conforms(added, 200, "NewCallAddingResponse");
        String callId = json(added).getString("callId");
        String boundary = "b" + System.nanoTime();
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"mediaFile\"; filename=\"c.wav\""
                + "\r\nContent-Type: audio/wav\r\n\r\nRIFF-not-really-audio\r\n--" + boundary + "--\r\n";
        PACE.acquire(RequestPriority.BACKGROUND, null);
        HttpResponse<String> uploaded = HTTP.send(HttpRequest.newBuilder(URI.create(ItServer.SANDBOX + "/v2/calls/" + callId + "/media"))
                .PUT(HttpRequest.BodyPublishers.ofString(multipart))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", ItServer.basic(ItServer.TEST_KEY, ItServer.TEST_SECRET)).build(),
                HttpResponse.BodyHandlers.ofString());
        conforms(uploaded, 201, "NewCallRecordingResponse");
    }

    @Test
    void authenticationAndRateLimitErrors() throws Exception {
        conforms(call("GET", "/v2/calls/1", null, ItServer.basic(ItServer.TEST_KEY, "wrong-secret")), 401, "ErrorResponse");
        HttpResponse<String> limited = null;
        for (int i = 0; i < 10 && limited == null; i++) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ItServer.SANDBOX + "/v2/workspaces"))
                    .header("Authorization", ItServer.basic(ItServer.TEST_KEY, ItServer.TEST_SECRET)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 429) {
                limited = response;
            }
        }
        assertThat(limited).as("a burst of 10 requests passes the 3 per second limit").isNotNull();
        conforms(limited, 429, "ErrorResponse");
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isBetween(1, 2));
        ItServer.pause(Duration.ofMillis(1100));
    }
}
