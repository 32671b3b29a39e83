package io.calldeck.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.calldeck.connector.exception.GongConflictException;
import io.calldeck.connector.exception.GongConnectionException;
import io.calldeck.connector.exception.GongCursorExpiredException;
import io.calldeck.connector.exception.GongException;
import io.calldeck.connector.exception.GongPermissionException;
import io.calldeck.connector.exception.GongRateLimitException;
import io.calldeck.connector.exception.GongServerException;
import io.calldeck.connector.model.CallDirection;
import io.calldeck.connector.model.CallsFilter;
import io.calldeck.connector.model.NewCall;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Gong's failures become the connector's exceptions, with status, requestId, errors and no secrets. */
class ErrorsTest {

    @RegisterExtension
    static WireMockExtension gong = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private GongCalls calls;

    @BeforeEach
    void connector() {
        calls = GongCalls.create(TestConfigs.gong(gong.baseUrl(), GongConfig.READ_TIMEOUT, "2000"));
    }

    @AfterEach
    void close() {
        calls.close();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    @Test
    void rateLimitCarriesRetryAfterAsADuration() {
        gong.stubFor(get("/v2/calls/1").willReturn(error(429, "{\"requestId\":\"rl\",\"errors\":[\"API request limit exceeded\"]}")
                .withHeader("Retry-After", "17")));

        assertThatThrownBy(() -> calls.getCall("1")).isInstanceOfSatisfying(GongRateLimitException.class, e -> {
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(17));
            assertThat(e.requestId()).contains("rl");
        });
        assertThat(calls.rateBudget().rateLimitedTotal()).isEqualTo(1);
        assertThat(calls.rateBudget().pausedUntil()).isNotNull();
    }

    @Test
    void serverErrorsBackOffEveryRequestUntilGongAnswersAgain() {
        gong.stubFor(get("/v2/calls/1").willReturn(error(503, "{\"requestId\":\"down\",\"errors\":[\"unavailable\"]}")));
        gong.stubFor(get("/v2/calls/2").willReturn(okJson("{\"requestId\":\"up\",\"call\":{\"id\":\"2\"}}")));

        assertThatThrownBy(() -> calls.getCall("1")).isInstanceOf(GongServerException.class);
        assertThat(calls.rateBudget().failuresTotal()).isEqualTo(1);
        assertThat(calls.rateBudget().backoffUntil()).as("the next request waits").isNotNull();

        assertThat(calls.getCall("2").id()).isEqualTo("2");
        assertThat(calls.rateBudget().backoffUntil()).as("an answer ends the backoff").isNull();
    }

    @Test
    void anInteractiveCallDoesNotWaitOutALongRetryAfter() {
        gong.stubFor(get("/v2/calls/1").willReturn(error(429, "{\"requestId\":\"rl\",\"errors\":[\"limit\"]}")
                .withHeader("Retry-After", "3600")));
        assertThatThrownBy(() -> calls.getCall("1")).isInstanceOf(GongRateLimitException.class);

        assertThatThrownBy(() -> calls.getCall("2"))
                .isInstanceOfSatisfying(GongRateLimitException.class, e -> {
                    assertThat(e.requestId()).isEmpty();
                    assertThat(e.retryAfter().orElseThrow()).isGreaterThan(Duration.ofMinutes(59));
                })
                .isInstanceOf(io.calldeck.connector.exception.GongWaitTooLongException.class)
                .hasMessageContaining("Gong rate limit reached, retry after 3600 s");
        gong.verify(1, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
    }

    @Test
    void anInteractiveCallRefusedForTheBackoffAfterFailuresSaysGongIsFailingNotRateLimited() {
        calls.close();
        calls = GongCalls.create(TestConfigs.gong(gong.baseUrl(), GongConfig.READ_TIMEOUT, "2000",
                GongConfig.RETRY_INITIAL_BACKOFF, "60000", GongConfig.RETRY_MAX_BACKOFF, "60000"));
        gong.stubFor(get("/v2/calls/1").willReturn(error(503, "{\"requestId\":\"down\",\"errors\":[\"unavailable\"]}")));
        assertThatThrownBy(() -> calls.getCall("1")).isInstanceOf(GongServerException.class);

        assertThatThrownBy(() -> calls.getCall("2"))
                .isInstanceOfSatisfying(io.calldeck.connector.exception.GongBackingOffException.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.requestId()).isEmpty();
                    assertThat(e.retryAfter().orElseThrow()).isGreaterThan(Duration.ofSeconds(20));
                })
                .isNotInstanceOf(GongRateLimitException.class)
                .hasMessageContaining("Gong is failing, retry after");
        gong.verify(1, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
    }

    @Test
    void statusesMapToTheirExceptions() {
        gong.stubFor(get("/v2/calls/403").willReturn(error(403, "{\"requestId\":\"f\",\"errors\":[\"forbidden\"]}")));
        gong.stubFor(get("/v2/calls/502").willReturn(error(502, "{\"requestId\":\"g\",\"errors\":[\"bad gateway\"]}")));
        gong.stubFor(get("/v2/calls/405").willReturn(error(405, "{\"requestId\":\"h\",\"errors\":[\"method\"]}")));
        gong.stubFor(post("/v2/calls").willReturn(error(409, "{\"requestId\":\"c\",\"errors\":[\"recording is not enabled for the primary user\"]}")));

        assertThatThrownBy(() -> calls.getCall("403")).isInstanceOf(GongPermissionException.class);
        assertThatThrownBy(() -> calls.getCall("502")).isInstanceOfSatisfying(GongServerException.class,
                e -> assertThat(e.status()).isEqualTo(502));
        assertThatThrownBy(() -> calls.getCall("405")).isExactlyInstanceOf(GongException.class);
        assertThatThrownBy(() -> calls.addCall(NewCall.builder("x", OffsetDateTime.now(), "1", CallDirection.INBOUND)
                .party(NewCall.Party.user("1", "r")).build()))
                .isInstanceOf(GongConflictException.class).hasMessageContaining("recording is not enabled");
    }

    @Test
    void anExpiredCursorHasItsOwnException() {
        gong.stubFor(post("/v2/calls/extensive").willReturn(error(400,
                "{\"requestId\":\"ce\",\"errors\":[\"cursor has expired\"]}")));

        assertThatThrownBy(() -> calls.listCallsExtensive(CallsFilter.ofCallIds("1"), null, "old"))
                .isInstanceOf(GongCursorExpiredException.class);
    }

    @Test
    void aNonJsonErrorBodyIsQuoted() {
        gong.stubFor(get("/v2/calls/1").willReturn(aResponse().withStatus(503).withHeader("Content-Type", "text/html")
                .withBody("<html>Service Unavailable</html>")));

        assertThatThrownBy(() -> calls.getCall("1")).isInstanceOf(GongServerException.class)
                .hasMessageContaining("Service Unavailable").hasMessageContaining("HTTP 503");
    }

    @Test
    void droppedConnectionsAndCutBodiesAreConnectionErrors() {
        gong.stubFor(get("/v2/calls/1").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        gong.stubFor(get("/v2/calls/2").willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
        gong.stubFor(get("/v2/calls/3").willReturn(okJson("{\"requestId\":\"x\",\"call\":{\"id\":\"3\"").withStatus(200)));
        gong.stubFor(get("/v2/calls/4").willReturn(okJson("{\"requestId\":\"x\"}").withFixedDelay(4000)));

        assertThatThrownBy(() -> calls.getCall("1")).isInstanceOf(GongConnectionException.class);
        assertThatThrownBy(() -> calls.getCall("2")).isInstanceOf(GongConnectionException.class);
        assertThatThrownBy(() -> calls.getCall("3")).isInstanceOfSatisfying(GongConnectionException.class,
                e -> assertThat(e.status()).isEqualTo(200)).hasMessageContaining("unreadable");
        assertThatThrownBy(() -> calls.getCall("4")).isInstanceOf(GongConnectionException.class);
    }

    @Test
    void aServerThatIsNotThereIsAConnectionError() {
        try (GongCalls nowhere = GongCalls.create(TestConfigs.gong("http://127.0.0.1:9"))) {
            assertThatThrownBy(() -> nowhere.getCall("1")).isInstanceOfSatisfying(GongConnectionException.class,
                    e -> assertThat(e.status()).isZero()).hasMessageContaining("GET /v2/calls/{id}");
        }
    }

    @Test
    void secretsAppearNowhere() {
        gong.stubFor(get("/v2/calls/1").willReturn(error(401, "{\"requestId\":\"a\",\"errors\":[\"Access denied\"]}")));
        GongConfig config = TestConfigs.gong(gong.baseUrl());

        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> calls.getCall("1"));

        assertThat(config.toString()).doesNotContain(TestConfigs.SECRET).doesNotContain(TestConfigs.KEY)
                .contains("access key (hidden)");
        assertThat(config.credentials().orElseThrow().toString()).doesNotContain(TestConfigs.SECRET);
        assertThat(failure.getMessage()).doesNotContain(TestConfigs.SECRET).doesNotContain(TestConfigs.KEY);
        GongConfig bearer = new GongConfig(TestConfigs.of(Map.of(GongConfig.BEARER_TOKEN, "tok-secret-123")));
        assertThat(bearer.toString()).doesNotContain("tok-secret-123").contains("bearer token (hidden)");
    }

    @Test
    void halfAnAccessKeyIsAConfigurationError() {
        assertThatThrownBy(() -> new GongConfig(TestConfigs.of(Map.of(GongConfig.ACCESS_KEY, "k"))))
                .hasMessageContaining("gong.access-key and gong.access-key-secret must be set together");
        assertThatThrownBy(() -> new GongConfig(TestConfigs.of(Map.of(GongConfig.BASE_URL, "ftp://x"))))
                .hasMessageContaining("gong.base-url");
    }
}
