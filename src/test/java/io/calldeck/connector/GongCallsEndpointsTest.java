package io.calldeck.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.calldeck.connector.exception.GongBadRequestException;
import io.calldeck.connector.exception.GongNotFoundException;
import io.calldeck.connector.model.CallAccess;
import io.calldeck.connector.model.CallDirection;
import io.calldeck.connector.model.CallMetaData;
import io.calldeck.connector.model.CallUsersAccess;
import io.calldeck.connector.model.CallsFilter;
import io.calldeck.connector.model.CallsPage;
import io.calldeck.connector.model.ContentSelector;
import io.calldeck.connector.model.ContextLevel;
import io.calldeck.connector.model.ContextTiming;
import io.calldeck.connector.model.CrmField;
import io.calldeck.connector.model.ExtensiveCall;
import io.calldeck.connector.model.ExtensiveCallsPage;
import io.calldeck.connector.model.GongUser;
import io.calldeck.connector.model.ManualCrmAssociationsPage;
import io.calldeck.connector.model.MediaUploadResponse;
import io.calldeck.connector.model.NewCall;
import io.calldeck.connector.model.NewCallResponse;
import io.calldeck.connector.model.TranscriptsPage;
import io.calldeck.connector.model.Workspace;
import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every endpoint of the connector against a WireMock Gong: the exact method, path, query, headers and JSON
 * body sent, and the parsed answer.
 */
class GongCallsEndpointsTest {

    @RegisterExtension
    static WireMockExtension gong = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString((TestConfigs.KEY + ":" + TestConfigs.SECRET).getBytes(StandardCharsets.UTF_8));

    private GongCalls calls;

    @org.junit.jupiter.api.AfterEach
    void close() {
        calls.close();
    }

    @BeforeEach
    void connector() {
        calls = GongCalls.create(TestConfigs.gong(gong.baseUrl()));
    }

    @Test
    void listCallsSendsTheRangeAsQueryAndParsesThePage() {
        gong.stubFor(get(urlPathEqualTo("/v2/calls")).willReturn(okJson("""
                {"requestId":"r1","records":{"totalRecords":1,"currentPageSize":1,"currentPageNumber":0},
                 "calls":[{"id":"7782342274025937895","title":"Demo","started":"2024-11-05T06:00:03.12-08:00",
                           "duration":460,"primaryUserId":"234599484848423","direction":"Outbound",
                           "scope":"External","isPrivate":true,"someNewField":{"x":1}}]}""")));

        CallsPage page = calls.listCalls(CallsFilter.builder()
                .from(Instant.parse("2024-11-01T00:00:00Z"))
                .to(OffsetDateTime.parse("2024-12-01T00:00:00-08:00"))
                .workspaceId("623457276584334").build(), null);

        gong.verify(getRequestedFor(urlPathEqualTo("/v2/calls"))
                .withQueryParam("fromDateTime", equalTo("2024-11-01T00:00:00Z"))
                .withQueryParam("toDateTime", equalTo("2024-12-01T00:00:00-08:00"))
                .withQueryParam("workspaceId", equalTo("623457276584334"))
                .withQueryParam("cursor", absent())
                .withHeader("Authorization", equalTo(BASIC)));
        CallMetaData call = page.calls().get(0);
        assertThat(page.requestId()).isEqualTo("r1");
        assertThat(page.records().totalRecords()).isEqualTo(1);
        assertThat(page.nextCursor()).isNull();
        assertThat(call.id()).isEqualTo("7782342274025937895");
        assertThat(call.started()).isEqualTo(OffsetDateTime.parse("2024-11-05T06:00:03.12-08:00"));
        assertThat(call.duration()).isEqualTo(460L);
        assertThat(call.isPrivate()).isTrue();
        assertThat(CallDirection.of(call.direction())).contains(CallDirection.OUTBOUND);
    }

    @Test
    void listCallsSendsTheCursorOfTheNextPage() {
        gong.stubFor(get(urlPathEqualTo("/v2/calls")).willReturn(okJson("""
                {"requestId":"r2","records":{"totalRecords":101,"currentPageSize":1,"currentPageNumber":1},"calls":[]}""")));

        calls.listCalls(CallsFilter.between(Instant.parse("2024-11-01T00:00:00Z"), Instant.parse("2024-11-02T00:00:00Z")),
                "eyJhbGciOiJIUzI1NiJ9.abc");

        gong.verify(getRequestedFor(urlPathEqualTo("/v2/calls")).withQueryParam("cursor", equalTo("eyJhbGciOiJIUzI1NiJ9.abc")));
    }

    @Test
    void getCallReadsTheCallOfSpecificCall() {
        gong.stubFor(get("/v2/calls/1220490555266799467").willReturn(okJson("""
                {"requestId":"4k93","call":{"id":"1220490555266799467","scheduled":"2023-04-11T14:37:55.717888+03:00",
                 "system":"Uploaded Call","sdrDisposition":null}}""")));

        CallMetaData call = calls.getCall("1220490555266799467");

        gong.verify(getRequestedFor(urlPathEqualTo("/v2/calls/1220490555266799467")).withHeader("Authorization", equalTo(BASIC)));
        assertThat(call.system()).isEqualTo("Uploaded Call");
        assertThat(call.scheduled().getOffset()).isEqualTo(ZoneOffset.ofHours(3));
        assertThat(call.scheduled().getNano()).isEqualTo(717_888_000);
    }

    @Test
    void getCallOfAnUnknownIdIsNotFound() {
        gong.stubFor(get("/v2/calls/894411314421502864").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"requestId\":\"5f1is09lflj186eqvv8\",\"errors\":[\"Call ID 894411314421502864 was not found\"]}")));

        assertThatThrownBy(() -> calls.getCall("894411314421502864"))
                .isInstanceOfSatisfying(GongNotFoundException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.requestId()).contains("5f1is09lflj186eqvv8");
                    assertThat(e.isNoCallsFound()).isFalse();
                    assertThat(e.endpoint()).isEqualTo("GET /v2/calls/{id}");
                })
                .hasMessageContaining("Call ID 894411314421502864 was not found")
                .hasMessageContaining("5f1is09lflj186eqvv8");
    }

    @Test
    void addCallSendsTheWholeRequest() {
        gong.stubFor(post("/v2/calls").willReturn(okJson("{\"requestId\":\"6yj8\",\"callId\":\"5267567709724788696\"}")));

        NewCall call = NewCall.builder("pbx-2024-0001", OffsetDateTime.parse("2024-11-05T09:00:00-08:00"),
                        "234599484848423", CallDirection.OUTBOUND)
                .title("Discovery with Acme")
                .purpose("Discovery")
                .scheduled(Instant.parse("2024-11-05T17:00:00Z"), Instant.parse("2024-11-05T17:30:00Z"))
                .duration(1799.5)
                .party(NewCall.Party.user("234599484848423", "Dana Rep").withPartyId("1"))
                .party(new NewCall.Party("+1 123-567-8989", "pat@acme.example", "Pat Buyer", "2", null,
                        List.of(new NewCall.UploadContext("Salesforce", List.of(
                                new NewCall.UploadObject("Contact", "0033601230sV7grAAC", null)))), null))
                .disposition("Connected")
                .context(new NewCall.UploadContext("Salesforce", List.of(new NewCall.UploadObject("Opportunity",
                        "0063601230sV7grAAC", List.of(new CrmField("Amount", Json.createValue(12000)))))))
                .customData("imported by CallDeck")
                .speakersTimeline(new NewCall.SpeakersTimeline(true, List.of(
                        new NewCall.SpeechSegment(0, 4200, List.of("1")),
                        new NewCall.SpeechSegment(4200, 9000, List.of("2", "1")))))
                .meetingUrl("https://zoom.us/j/123")
                .callProviderCode("zoom")
                .downloadMediaUrl("https://media.example/rec-1.mp3")
                .workspaceId("623457276584334")
                .languageCode("en-US")
                .flowTask("8865")
                .build();

        NewCallResponse response = calls.addCall(call);

        gong.verify(postRequestedFor(urlPathEqualTo("/v2/calls"))
                .withHeader("Authorization", equalTo(BASIC))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("""
                        {"clientUniqueId":"pbx-2024-0001","title":"Discovery with Acme","purpose":"Discovery",
                         "scheduledStart":"2024-11-05T17:00:00Z","scheduledEnd":"2024-11-05T17:30:00Z",
                         "actualStart":"2024-11-05T09:00:00-08:00","duration":1799.5,
                         "parties":[{"name":"Dana Rep","partyId":"1","userId":"234599484848423"},
                                    {"phoneNumber":"+1 123-567-8989","emailAddress":"pat@acme.example","name":"Pat Buyer",
                                     "partyId":"2","context":[{"system":"Salesforce","objects":[{"objectType":"Contact",
                                     "objectId":"0033601230sV7grAAC"}]}]}],
                         "direction":"Outbound","disposition":"Connected",
                         "context":[{"system":"Salesforce","objects":[{"objectType":"Opportunity","objectId":"0063601230sV7grAAC",
                                     "fields":[{"name":"Amount","value":12000}]}]}],
                         "customData":"imported by CallDeck",
                         "speakersTimeline":{"precise":true,"speechSegments":[{"fromTime":0,"toTime":4200,"partyIds":["1"]},
                                                                               {"fromTime":4200,"toTime":9000,"partyIds":["2","1"]}]},
                         "meetingUrl":"https://zoom.us/j/123","callProviderCode":"zoom",
                         "downloadMediaUrl":"https://media.example/rec-1.mp3","workspaceId":"623457276584334",
                         "languageCode":"en-US","flowContext":{"taskId":"8865"},"primaryUser":"234599484848423"}""")));
        assertThat(response.callId()).isEqualTo("5267567709724788696");
        assertThat(response.requestId()).isEqualTo("6yj8");
    }

    @Test
    void uploadMediaSendsOneMultipartPartNamedMediaFile(@TempDir Path dir) throws Exception {
        Path recording = dir.resolve("call-1.mp3");
        Files.writeString(recording, "ID3-not-really-an-mp3");
        gong.stubFor(put("/v2/calls/5267567709724788696/media").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"requestId\":\"m1\",\"callId\":\"5267567709724788696\",\"url\":\"https://app.gong.io/call?id=5267567709724788696\"}")));

        MediaUploadResponse response = calls.uploadMedia("5267567709724788696", recording);

        gong.verify(putRequestedFor(urlPathEqualTo("/v2/calls/5267567709724788696/media"))
                .withHeader("Authorization", equalTo(BASIC))
                .withHeader("Content-Type", containing("multipart/form-data"))
                .withRequestBody(containing("name=\"mediaFile\""))
                .withRequestBody(containing("filename=\"call-1.mp3\""))
                .withRequestBody(containing("ID3-not-really-an-mp3")));
        assertThat(response.url()).isEqualTo("https://app.gong.io/call?id=5267567709724788696");
    }

    @Test
    void extensiveSendsFilterAndTheWholeContentSelector() {
        gong.stubFor(post("/v2/calls/extensive").willReturn(okJson("""
                {"requestId":"e1","records":{"totalRecords":1,"currentPageSize":1,"currentPageNumber":0},
                 "calls":[{"metaData":{"id":"6922223202660173264","started":"2024-11-01T07:01:00-07:00"},
                   "parties":[{"id":"7731460141826480436","name":"Jennifer","userId":"5040921931821362603",
                               "speakerId":"5032780899864089237","affiliation":"Internal","methods":["Attendee"]}],
                   "content":{"trackers":[{"id":"1","name":"Timing","count":6,"type":"KEYWORD",
                               "occurrences":[{"startTime":32.56,"speakerId":"5032780899864089237"}],
                               "phrases":[{"count":2,"phrase":"next quarter","occurrences":[{"startTime":40.1,"speakerId":"5032780899864089237"}]}]},
                              {"id":"2","name":"Brand new kind","count":1,"type":"LLM_TRACKER"}],
                              "topics":[{"name":"Pricing","duration":86}],"brief":"Short brief",
                              "callOutcome":{"id":"MEETING_BOOKED","category":"Answered","name":"Meeting booked"},
                              "keyPoints":[{"text":"Budget approved"}]},
                   "interaction":{"speakers":[{"id":"7731460141826480436","userId":"5040921931821362603","talkTime":145.0}],
                                  "interactionStats":[{"name":"Talk Ratio","value":0.44}],
                                  "questions":{"companyCount":14,"nonCompanyCount":9}},
                   "collaboration":{"publicComments":[{"id":"6843152929075440037","audioStartTime":26.0,"audioEndTime":26.0,
                        "commenterUserId":"234599484848423","comment":"@[Jen](5040921931821362603) nice","posted":"2018-02-17T10:30:00Z",
                        "inReplyTo":"792390015966656336","duringCall":false}]},
                   "media":{"audioUrl":"https://media.example/a.mp3"}}]}""")));

        ExtensiveCallsPage page = calls.listCallsExtensive(
                CallsFilter.builder().from(Instant.parse("2024-11-01T00:00:00Z")).to(Instant.parse("2024-12-01T00:00:00Z"))
                        .workspaceId("1588805125951183785").callIds(List.of("6922223202660173264"))
                        .primaryUserIds(List.of("5040921931821362603")).build(),
                ContentSelector.everything(), "cur-1");

        gong.verify(postRequestedFor(urlPathEqualTo("/v2/calls/extensive"))
                .withHeader("Authorization", equalTo(BASIC))
                .withRequestBody(equalToJson("""
                        {"cursor":"cur-1",
                         "filter":{"fromDateTime":"2024-11-01T00:00:00Z","toDateTime":"2024-12-01T00:00:00Z",
                                   "workspaceId":"1588805125951183785","callIds":["6922223202660173264"],
                                   "primaryUserIds":["5040921931821362603"]},
                         "contentSelector":{"context":"Extended","contextTiming":["Now","TimeOfCall"],
                           "exposedFields":{"parties":true,
                             "content":{"structure":true,"topics":true,"trackers":true,"trackerOccurrences":true,
                                        "brief":true,"outline":true,"highlights":true,"callOutcome":true,"keyPoints":true},
                             "interaction":{"speakers":true,"video":true,"personInteractionStats":true,"questions":true},
                             "collaboration":{"publicComments":true},"media":true}}}""")));
        ExtensiveCall call = page.calls().get(0);
        assertThat(call.metaData().id()).isEqualTo("6922223202660173264");
        assertThat(call.parties().get(0).isInternal()).isTrue();
        assertThat(call.content().trackers()).extracting(t -> t.type()).containsExactly("KEYWORD", "LLM_TRACKER");
        assertThat(call.content().trackers().get(0).occurrences().get(0).startTime()).isEqualTo(32.56);
        assertThat(call.content().trackers().get(0).phrases().get(0).phrase()).isEqualTo("next quarter");
        assertThat(call.content().callOutcome().id()).isEqualTo("MEETING_BOOKED");
        assertThat(call.interaction().speakers().get(0).talkTime()).isEqualTo(145.0);
        assertThat(call.interaction().questions().companyCount()).isEqualTo(14);
        assertThat(call.collaboration().publicComments().get(0).inReplyTo()).isEqualTo("792390015966656336");
        assertThat(call.collaboration().publicComments().get(0).duringCall()).isFalse();
        assertThat(call.media().audioUrl()).isEqualTo("https://media.example/a.mp3");
    }

    @Test
    void extensiveWithMetadataOnlySendsNoSelectorFields() {
        gong.stubFor(post("/v2/calls/extensive").willReturn(okJson("{\"requestId\":\"e2\",\"records\":{\"totalRecords\":0,\"currentPageSize\":0,\"currentPageNumber\":0},\"calls\":[]}")));

        calls.listCallsExtensive(CallsFilter.ofCallIds("1"), ContentSelector.builder().context(ContextLevel.BASIC).build(), null);

        gong.verify(postRequestedFor(urlPathEqualTo("/v2/calls/extensive"))
                .withRequestBody(equalToJson("{\"filter\":{\"callIds\":[\"1\"]},\"contentSelector\":{\"context\":\"Basic\"}}")));
    }

    @Test
    void transcriptSendsTheFilterAndReadsMillisecondSentences() {
        gong.stubFor(post("/v2/calls/transcript").willReturn(okJson("""
                {"requestId":"t1","records":{"totalRecords":1,"currentPageSize":1,"currentPageNumber":0},
                 "callTranscripts":[{"callId":"1220490555266799467","transcript":[{"speakerId":"923767253756941667","topic":null,
                   "sentences":[{"start":0,"end":8300,"text":"Load your data."}]}]}]}""")));

        TranscriptsPage page = calls.listTranscripts(CallsFilter.ofCallIds("1220490555266799467"), null);

        gong.verify(postRequestedFor(urlPathEqualTo("/v2/calls/transcript"))
                .withHeader("Authorization", equalTo(BASIC))
                .withRequestBody(equalToJson("{\"filter\":{\"callIds\":[\"1220490555266799467\"]}}")));
        assertThat(page.callTranscripts().get(0).transcript().get(0).sentences().get(0).end()).isEqualTo(8300L);
    }

    @Test
    void manualCrmAssociationsSendsSinceAndCursor() {
        gong.stubFor(get(urlPathEqualTo("/v2/calls/manual-crm-associations")).willReturn(okJson("""
                {"requestId":"c1","records":{"totalRecords":1,"currentPageSize":1,"currentPageNumber":0},
                 "associations":[{"callId":"7782342274025937895","userId":"234599484848423","created":"2024-11-02T10:00:00.5Z",
                   "associatedCrmObjects":[{"accountCrmId":"0013601230sV7grAAC","dealCrmId":"0063601230sV7grAAC"}]}]}""")));

        ManualCrmAssociationsPage page = calls.listManualCrmAssociations(OffsetDateTime.parse("2024-11-01T00:00:00Z"), "c");

        gong.verify(getRequestedFor(urlPathEqualTo("/v2/calls/manual-crm-associations"))
                .withQueryParam("fromDateTime", equalTo("2024-11-01T00:00:00Z"))
                .withQueryParam("cursor", equalTo("c"))
                .withHeader("Authorization", equalTo(BASIC)));
        assertThat(page.associations().get(0).associatedCrmObjects().get(0).dealCrmId()).isEqualTo("0063601230sV7grAAC");
    }

    @Test
    void usersAccessRetrieveIsAPostWithAFilter() {
        gong.stubFor(post("/v2/calls/users-access").willReturn(okJson("""
                {"requestId":"a1","callAccessList":[{"callId":"7782342274025937895","users":[{"userId":"234599484848423"}]}]}""")));

        List<CallAccess> access = calls.getUsersAccess(List.of("7782342274025937895"));

        gong.verify(postRequestedFor(urlPathEqualTo("/v2/calls/users-access"))
                .withHeader("Authorization", equalTo(BASIC))
                .withRequestBody(equalToJson("{\"filter\":{\"callIds\":[\"7782342274025937895\"]}}")));
        assertThat(access.get(0).userIds()).containsExactly("234599484848423");
    }

    @Test
    void usersAccessGiveIsAPutWithTheCallAccessList() {
        gong.stubFor(put("/v2/calls/users-access").willReturn(okJson("{\"requestId\":\"g1\"}")));

        String requestId = calls.giveUsersAccess(List.of(CallUsersAccess.of("7782342274025937895", "1", "2"))).requestId();

        gong.verify(putRequestedFor(urlPathEqualTo("/v2/calls/users-access"))
                .withHeader("Authorization", equalTo(BASIC))
                .withRequestBody(equalToJson("{\"callAccessList\":[{\"callId\":\"7782342274025937895\",\"userIds\":[\"1\",\"2\"]}]}")));
        assertThat(requestId).isEqualTo("g1");
    }

    @Test
    void usersAccessRemoveIsADeleteWithAJsonBody() {
        gong.stubFor(delete("/v2/calls/users-access").willReturn(okJson("{\"requestId\":\"3dlhb8w21xunygyai7m\"}")));

        String requestId = calls.removeUsersAccess(List.of(CallUsersAccess.of("7782342274025937895", "1"))).requestId();

        gong.verify(deleteRequestedFor(urlPathEqualTo("/v2/calls/users-access"))
                .withHeader("Authorization", equalTo(BASIC))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("{\"callAccessList\":[{\"callId\":\"7782342274025937895\",\"userIds\":[\"1\"]}]}")));
        assertThat(requestId).isEqualTo("3dlhb8w21xunygyai7m");
    }

    @Test
    void usersAccessOfAnUnknownCallIsABadRequestQuotingGong() {
        gong.stubFor(put("/v2/calls/users-access").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"requestId\":\"5hf4xx523um0ng8yv7x\",\"errors\":[\"Some calls not found\"]}")));

        assertThatThrownBy(() -> calls.giveUsersAccess(List.of(CallUsersAccess.of("1", "2"))))
                .isInstanceOf(GongBadRequestException.class)
                .hasMessage("Gong PUT /v2/calls/users-access failed: HTTP 400: Some calls not found (Gong requestId 5hf4xx523um0ng8yv7x)");
    }

    @Test
    void usersAndWorkspaces() {
        gong.stubFor(get(urlPathEqualTo("/v2/users")).willReturn(okJson("""
                {"requestId":"u1","records":{"totalRecords":1,"currentPageSize":1,"currentPageNumber":0},
                 "users":[{"id":"361458326017907882","firstName":"Airbyte","lastName":"Team","managerId":null,
                   "created":"2022-11-29T16:21:34.192+02:00","settings":{"webConferencesRecorded":false},
                   "spokenLanguages":[{"language":"en-US","primary":true}]}]}""")));
        gong.stubFor(get("/v2/users/361458326017907882").willReturn(okJson("{\"requestId\":\"u2\",\"user\":{\"id\":\"361458326017907882\",\"emailAddress\":\"it@airbyte.io\"}}")));
        gong.stubFor(get("/v2/workspaces").willReturn(okJson("{\"requestId\":\"w\",\"workspaces\":[{\"id\":\"9196197544788600771\",\"name\":\"Initial workspace\"}]}")));

        List<GongUser> users = calls.streamUsers().toList();
        GongUser user = calls.getUser("361458326017907882");
        List<Workspace> workspaces = calls.listWorkspaces();

        assertThat(users).extracting(GongUser::fullName).containsExactly("Airbyte Team");
        assertThat(users.get(0).spokenLanguages().get(0).primary()).isTrue();
        assertThat(user.fullName()).isEqualTo("it@airbyte.io");
        assertThat(workspaces).extracting(Workspace::name).containsExactly("Initial workspace");
    }

    @Test
    void bearerTokenIsSentInsteadOfBasic() {
        GongCalls oauth = GongCalls.create(new GongConfig(TestConfigs.of(java.util.Map.of(
                GongConfig.BASE_URL, gong.baseUrl(), GongConfig.BEARER_TOKEN, "oauth-token-1"))));
        gong.stubFor(get("/v2/workspaces").willReturn(okJson("{\"requestId\":\"w\",\"workspaces\":[]}")));

        oauth.listWorkspaces();

        gong.verify(getRequestedFor(urlPathEqualTo("/v2/workspaces")).withHeader("Authorization", equalTo("Bearer oauth-token-1")));
    }

    @Test
    void contextTimingBuilderKeepsGongSpelling() {
        ContentSelector selector = ContentSelector.builder().context(ContextLevel.EXTENDED)
                .contextTiming(ContextTiming.TIME_OF_CALL).build();
        assertThat(selector.contextTiming()).containsExactly("TimeOfCall");
        assertThat(selector.exposedFields()).isNull();
    }
}
