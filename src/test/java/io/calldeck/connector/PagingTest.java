package io.calldeck.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.calldeck.connector.model.CallMetaData;
import io.calldeck.connector.model.CallsFilter;
import io.calldeck.connector.model.ContentSelector;
import io.calldeck.connector.model.ExtensiveCall;
import io.calldeck.connector.model.ExtensiveCallsPage;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Cursor paging: GET cursors in the query, POST cursors in the body, lazy fetching, the end, the empty 404. */
class PagingTest {

    @RegisterExtension
    static WireMockExtension gong = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final CallsFilter RANGE = CallsFilter.between(Instant.parse("2024-11-01T00:00:00Z"),
            Instant.parse("2024-12-01T00:00:00Z"));

    private GongCalls calls;

    @BeforeEach
    void connector() {
        calls = GongCalls.create(TestConfigs.gong(gong.baseUrl()));
    }

    @AfterEach
    void close() {
        calls.close();
    }

    private static String extensivePage(int pageNumber, int firstId, int count, int total, String cursor) {
        String items = IntStream.range(firstId, firstId + count)
                .mapToObj(id -> "{\"metaData\":{\"id\":\"" + id + "\"}}").collect(Collectors.joining(","));
        return "{\"requestId\":\"p" + pageNumber + "\",\"records\":{\"totalRecords\":" + total + ",\"currentPageSize\":"
                + count + ",\"currentPageNumber\":" + pageNumber
                + (cursor == null ? "" : ",\"cursor\":\"" + cursor + "\"") + "},\"calls\":[" + items + "]}";
    }

    @Test
    void extensiveStreamFollowsBodyCursorsUntilNoneIsLeft() {
        gong.stubFor(post("/v2/calls/extensive").withRequestBody(matchingJsonPath("$.cursor", com.github.tomakehurst.wiremock.client.WireMock.absent()))
                .willReturn(okJson(extensivePage(0, 1, 100, 250, "c1"))));
        gong.stubFor(post("/v2/calls/extensive").withRequestBody(matchingJsonPath("$.cursor", equalTo("c1")))
                .willReturn(okJson(extensivePage(1, 101, 100, 250, "c2"))));
        gong.stubFor(post("/v2/calls/extensive").withRequestBody(matchingJsonPath("$.cursor", equalTo("c2")))
                .willReturn(okJson(extensivePage(2, 201, 50, 250, null))));

        List<String> ids = calls.streamCallsExtensive(RANGE, ContentSelector.builder().parties().build())
                .map(call -> call.metaData().id()).toList();

        assertThat(ids).hasSize(250).startsWith("1", "2").endsWith("250").doesNotHaveDuplicates();
        gong.verify(3, postRequestedFor(urlPathEqualTo("/v2/calls/extensive")));
        gong.verify(postRequestedFor(urlPathEqualTo("/v2/calls/extensive")).withRequestBody(equalToJson(
                "{\"cursor\":\"c2\",\"filter\":{\"fromDateTime\":\"2024-11-01T00:00:00Z\",\"toDateTime\":\"2024-12-01T00:00:00Z\"},"
                        + "\"contentSelector\":{\"exposedFields\":{\"parties\":true}}}")));
    }

    @Test
    void pagesAreFetchedOnlyWhenTheConsumerGetsThere() {
        gong.stubFor(post("/v2/calls/extensive").withRequestBody(matchingJsonPath("$.cursor", com.github.tomakehurst.wiremock.client.WireMock.absent()))
                .willReturn(okJson(extensivePage(0, 1, 100, 300, "c1"))));
        gong.stubFor(post("/v2/calls/extensive").withRequestBody(matchingJsonPath("$.cursor", equalTo("c1")))
                .willReturn(okJson(extensivePage(1, 101, 100, 300, "c2"))));

        try (Stream<ExtensiveCall> stream = calls.streamCallsExtensive(RANGE, null)) {
            gong.verify(0, postRequestedFor(urlPathEqualTo("/v2/calls/extensive")));
            Iterator<ExtensiveCall> iterator = stream.iterator();
            for (int i = 0; i < 100; i++) {
                iterator.next();
            }
            gong.verify(1, postRequestedFor(urlPathEqualTo("/v2/calls/extensive")));
            iterator.next();
            gong.verify(2, postRequestedFor(urlPathEqualTo("/v2/calls/extensive")));
        }
    }

    @Test
    void pagesStreamExposesRecordsForCheckpoints() {
        gong.stubFor(post("/v2/calls/extensive").withRequestBody(matchingJsonPath("$.cursor", com.github.tomakehurst.wiremock.client.WireMock.absent()))
                .willReturn(okJson(extensivePage(0, 1, 2, 3, "c1"))));
        gong.stubFor(post("/v2/calls/extensive").withRequestBody(matchingJsonPath("$.cursor", equalTo("c1")))
                .willReturn(okJson(extensivePage(1, 3, 1, 3, null))));

        List<ExtensiveCallsPage> pages = calls.callsExtensivePages(RANGE, null).toList();

        assertThat(pages).extracting(p -> p.records().currentPageNumber()).containsExactly(0, 1);
        assertThat(pages).extracting(p -> p.records().totalRecords()).containsOnly(3);
    }

    @Test
    void getListSendsTheCursorInTheQueryString() {
        gong.stubFor(get(urlPathEqualTo("/v2/calls")).withQueryParam("cursor", com.github.tomakehurst.wiremock.client.WireMock.absent())
                .willReturn(okJson("{\"requestId\":\"a\",\"records\":{\"totalRecords\":2,\"currentPageSize\":1,\"currentPageNumber\":0,\"cursor\":\"next/+=\"},\"calls\":[{\"id\":\"1\"}]}")));
        gong.stubFor(get(urlPathEqualTo("/v2/calls")).withQueryParam("cursor", equalTo("next/+="))
                .willReturn(okJson("{\"requestId\":\"b\",\"records\":{\"totalRecords\":2,\"currentPageSize\":1,\"currentPageNumber\":1},\"calls\":[{\"id\":\"2\"}]}")));

        List<String> ids = calls.streamCalls(RANGE).map(CallMetaData::id).toList();

        assertThat(ids).containsExactly("1", "2");
        gong.verify(getRequestedFor(urlPathEqualTo("/v2/calls")).withQueryParam("cursor", equalTo("next/+="))
                .withQueryParam("fromDateTime", equalTo("2024-11-01T00:00:00Z")));
    }

    @Test
    void noCallsFoundIsAnEmptyStreamNotAnError() {
        gong.stubFor(post("/v2/calls/extensive").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"requestId\":\"57z3j68hid7b2rj6fkd\",\"errors\":[\"No calls found corresponding to the provided filters\"]}")));

        assertThat(calls.streamCallsExtensive(RANGE, null)).isEmpty();
        assertThat(calls.callsExtensivePages(RANGE, null).toList()).singleElement()
                .satisfies(page -> assertThat(page.records().totalRecords()).isZero());
    }

    @Test
    void anEmptyCursorEndsPaging() {
        gong.stubFor(get(urlPathEqualTo("/v2/calls"))
                .willReturn(okJson("{\"requestId\":\"a\",\"records\":{\"totalRecords\":1,\"currentPageSize\":1,\"currentPageNumber\":0,\"cursor\":\"\"},\"calls\":[{\"id\":\"1\"}]}")));

        assertThat(calls.streamCalls(RANGE).count()).isEqualTo(1);
        gong.verify(1, getRequestedFor(urlPathEqualTo("/v2/calls")));
    }
}
