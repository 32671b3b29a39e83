package io.calldeck.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.calldeck.connector.GongCalls;
import io.calldeck.connector.model.CallMetaData;
import io.calldeck.connector.model.CallsFilter;
import io.calldeck.it.ft.FaultToleranceApplication;
import io.calldeck.it.ft.FaultToleranceResource;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The connector's MicroProfile Fault Tolerance, where it applies: inside Liberty, on the injected bean of an
 * application that embeds the connector jar alone, against the sandbox and its fault knobs. The application's
 * MP Config tunes the circuit breaker and the backoff down so the test runs in seconds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FaultToleranceIT {

    private static final String TRANSPORT = "io.calldeck.connector.internal.GongTransport";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        File connectorJar = new File(System.getProperty("connector.jar", "target/calldeck-connector.jar"));
        return ShrinkWrap.create(WebArchive.class, "ft-consumer.war")
                .addAsLibrary(ShrinkWrap.createFromZipFile(JavaArchive.class, connectorJar))
                .addClasses(FaultToleranceApplication.class, FaultToleranceResource.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsResource(new StringAsset(String.join("\n",
                        "gong.base-url=" + ItServer.SANDBOX,
                        "gong.access-key=" + ItServer.FT_KEY,
                        "gong.access-key-secret=" + ItServer.FT_SECRET,
                        "gong.retry.initial-backoff-ms=50",
                        "gong.retry.max-backoff-ms=200",
                        TRANSPORT + "/send/CircuitBreaker/requestVolumeThreshold=4",
                        TRANSPORT + "/send/CircuitBreaker/delay=3")), "META-INF/microprofile-config.properties");
    }

    @BeforeAll
    static void synced() {
        ItServer.awaitFirstSync();
    }

    @AfterEach
    void noFaults() {
        ItServer.admin("PUT", "/sandbox/admin/faults", "{\"serverErrorRate\":0,\"rateLimitRate\":0,"
                + "\"retryAfterMinSeconds\":1,\"retryAfterMaxSeconds\":2,\"latencyMillis\":0,\"dropRate\":0,"
                + "\"truncateRate\":0,\"cursorExpiryAfterPages\":0}");
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.toString()).resolve("ft/" + path))
                .timeout(Duration.ofSeconds(120)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void addCallRetriedAfterALostResponseCreatesOneCallNotTwo() throws Exception {
        String rep;
        try (GongCalls gong = ItServer.sandboxConnector()) {
            rep = gong.streamUsers().toList().get(3).id();
        }
        String title = "Lost response " + System.nanoTime();
        long faultsBefore = ItServer.sandboxStat("faultsInjected");
        assertThat(ItServer.admin("POST", "/sandbox/admin/faults/drop-next?count=1", null).statusCode()).isEqualTo(200);

        HttpResponse<String> added = send("POST", "calls?title=" + URLEncoder.encode(title, StandardCharsets.UTF_8)
                + "&clientUniqueId=ft-" + System.nanoTime() + "&primaryUser=" + rep);

        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(ItServer.sandboxStat("faultsInjected")).as("the first answer was dropped").isEqualTo(faultsBefore + 1);
        try (GongCalls gong = ItServer.sandboxConnector()) {
            List<CallMetaData> withTitle = gong.streamCalls(CallsFilter.between(Instant.now().minus(Duration.ofDays(1)),
                    Instant.now().plusSeconds(60))).filter(c -> title.equals(c.title())).toList();
            assertThat(withTitle).extracting(CallMetaData::id).containsExactly(added.body());
        }
    }

    @Test
    void anUploadWhoseAnswerWasLostEndsAsSuccessWithOneRecording() throws Exception {
        String rep;
        try (GongCalls gong = ItServer.sandboxConnector()) {
            rep = gong.streamUsers().toList().get(4).id();
        }
        HttpResponse<String> added = send("POST", "calls?title=Upload+" + System.nanoTime() + "&clientUniqueId=ft-up-"
                + System.nanoTime() + "&primaryUser=" + rep);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        String callId = added.body();
        send("GET", "calls/statuses?endpoint=" + URLEncoder.encode("PUT /v2/calls/{id}/media", StandardCharsets.UTF_8));
        long uploadsBefore = ItServer.sandboxStat("mediaUploads");
        long bytesBefore = ItServer.sandboxStat("mediaBytes");
        assertThat(ItServer.admin("POST", "/sandbox/admin/faults/drop-next?count=1", null).statusCode()).isEqualTo(200);

        HttpResponse<String> uploaded = send("PUT", "calls/" + callId + "/media?bytes=65536");

        assertThat(uploaded.statusCode()).as("the upload, after its answer was lost: %s", uploaded.body())
                .isEqualTo(200);
        assertThat(uploaded.body()).isEqualTo(callId);
        assertThat(ItServer.sandboxStat("mediaUploads") - uploadsBefore).as("recordings Gong keeps").isEqualTo(1);
        assertThat(ItServer.sandboxStat("mediaBytes") - bytesBefore).isEqualTo(65536);
        assertThat(send("GET", "calls/statuses?endpoint=" + URLEncoder.encode("PUT /v2/calls/{id}/media",
                StandardCharsets.UTF_8)).body()).as("what the connector reported: the lost answer, then Gong's 400")
                .isEqualTo("0,400");
    }

    @Test
    void aCircuitOpenedByADeadGongClosesAgainOnceItAnswers() throws Exception {
        String callId;
        try (GongCalls gong = ItServer.sandboxConnector()) {
            callId = gong.streamCalls(CallsFilter.between(Instant.now().minus(Duration.ofDays(30)), Instant.now()))
                    .findFirst().orElseThrow().id();
        }
        assertThat(send("GET", "calls/" + callId).statusCode()).isEqualTo(200);

        ItServer.admin("PUT", "/sandbox/admin/faults", "{\"serverErrorRate\":1,\"rateLimitRate\":0,"
                + "\"retryAfterMinSeconds\":1,\"retryAfterMaxSeconds\":2,\"latencyMillis\":0,\"dropRate\":0,"
                + "\"truncateRate\":0,\"cursorExpiryAfterPages\":0}");
        HttpResponse<String> dead = send("GET", "calls/" + callId);
        assertThat(dead.statusCode()).isEqualTo(502);
        assertThat(dead.body()).startsWith("GongCircuitOpenException").contains("circuit breaker open");
        long requestsWhileOpen = ItServer.sandboxStat("requests");
        assertThat(send("GET", "calls/" + callId).body()).as("an open circuit sends nothing")
                .startsWith("GongCircuitOpenException");
        // One circuit for all of Gong: the sync's reads (background) and other pages' requests are refused with it.
        assertThat(send("GET", "calls/extensive").body()).as("a background page, as the sync reads")
                .startsWith("GongCircuitOpenException").contains("POST /v2/calls/extensive");
        assertThat(send("GET", "calls/users").body()).as("another endpoint, interactive")
                .startsWith("GongCircuitOpenException").contains("GET /v2/users");
        assertThat(ItServer.sandboxStat("requests")).isEqualTo(requestsWhileOpen);

        noFaults();
        Instant deadline = Instant.now().plusSeconds(30);
        HttpResponse<String> answered;
        do {
            ItServer.pause(Duration.ofMillis(500));
            answered = send("GET", "calls/" + callId);
        } while (answered.statusCode() != 200 && Instant.now().isBefore(deadline));
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            assertThat(send("GET", "calls/" + callId).statusCode()).as("the circuit stays closed").isEqualTo(200);
        }
    }
}
