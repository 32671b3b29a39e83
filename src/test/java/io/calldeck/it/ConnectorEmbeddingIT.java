package io.calldeck.it;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.calldeck.it.consumer.CallSummaryResource;
import io.calldeck.it.consumer.ConsumerApplication;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.ZipFile;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The connector embeds alone: a WAR holding only the packaged connector jar (no dashboard, no PrimeFaces), its
 * own MicroProfile Config and a tiny consumer is deployed to Liberty; the consumer injects {@code GongCalls} and
 * calls a stub Gong over real HTTP, including a DELETE with a JSON body.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConnectorEmbeddingIT {

    private static final int GONG_PORT = Integer.getInteger("it.wiremock.port", 19089);

    @RegisterExtension
    static WireMockExtension gong = WireMockExtension.newInstance().options(wireMockConfig().port(GONG_PORT)).build();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive consumer() throws Exception {
        File connectorJar = new File(System.getProperty("connector.jar", "target/calldeck-connector.jar"));
        try (ZipFile zip = new ZipFile(connectorJar)) {
            assertThat(zip.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")))
                    .as("the connector jar holds only connector classes")
                    .allMatch(n -> n.startsWith("io/calldeck/connector/"));
            assertThat(zip.getEntry("META-INF/beans.xml")).isNotNull();
        }
        JavaArchive connector = ShrinkWrap.createFromZipFile(JavaArchive.class, connectorJar);
        return ShrinkWrap.create(WebArchive.class, "connector-consumer.war")
                .addAsLibrary(connector)
                .addClasses(ConsumerApplication.class, CallSummaryResource.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsResource(new StringAsset(String.join("\n",
                        "gong.base-url=http://localhost:" + GONG_PORT,
                        "gong.access-key=embedded-key",
                        "gong.access-key-secret=embedded-secret")), "META-INF/microprofile-config.properties");
    }

    private String call(String method, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base.toString()).resolve("consumer/calls/" + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    @Test
    void anInjectedConnectorCallsGongWithTheApplicationsCredentials() throws Exception {
        gong.stubFor(get("/v2/calls/7782342274025937895").willReturn(okJson(
                "{\"requestId\":\"r\",\"call\":{\"id\":\"7782342274025937895\",\"title\":\"Embedded demo\"}}")));

        assertThat(call("GET", "7782342274025937895")).isEqualTo("Embedded demo");

        String basic = "Basic " + Base64.getEncoder().encodeToString("embedded-key:embedded-secret"
                .getBytes(StandardCharsets.UTF_8));
        gong.verify(getRequestedFor(urlPathEqualTo("/v2/calls/7782342274025937895"))
                .withHeader("Authorization", equalTo(basic)));
    }

    @Test
    void pagingFollowsCursorsInsideTheServer() throws Exception {
        gong.stubFor(post("/v2/calls/extensive").withRequestBody(matchingJsonPath("$.cursor",
                        com.github.tomakehurst.wiremock.client.WireMock.absent()))
                .willReturn(okJson("{\"requestId\":\"a\",\"records\":{\"totalRecords\":3,\"currentPageSize\":2,"
                        + "\"currentPageNumber\":0,\"cursor\":\"next\"},\"calls\":[{\"metaData\":{\"id\":\"1\"}},"
                        + "{\"metaData\":{\"id\":\"2\"}}]}")));
        gong.stubFor(post("/v2/calls/extensive").withRequestBody(matchingJsonPath("$.cursor", equalTo("next")))
                .willReturn(okJson("{\"requestId\":\"b\",\"records\":{\"totalRecords\":3,\"currentPageSize\":1,"
                        + "\"currentPageNumber\":1},\"calls\":[{\"metaData\":{\"id\":\"3\"}}]}")));

        assertThat(call("GET", "november")).isEqualTo("3");
    }

    @Test
    void removingAccessSendsDeleteWithAJsonBodyFromLiberty() throws Exception {
        gong.stubFor(com.github.tomakehurst.wiremock.client.WireMock.delete("/v2/calls/users-access")
                .willReturn(okJson("{\"requestId\":\"del-1\"}")));

        assertThat(call("DELETE", "7782342274025937895/access/234599484848423")).isEqualTo("del-1");

        gong.verify(deleteRequestedFor(urlPathEqualTo("/v2/calls/users-access")).withRequestBody(equalToJson(
                "{\"callAccessList\":[{\"callId\":\"7782342274025937895\",\"userIds\":[\"234599484848423\"]}]}")));
    }
}
