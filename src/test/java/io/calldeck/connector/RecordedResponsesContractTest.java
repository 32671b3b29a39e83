package io.calldeck.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.calldeck.connector.exception.GongMissingScopeException;
import io.calldeck.connector.exception.GongBadRequestException;
import io.calldeck.connector.exception.GongException;
import io.calldeck.connector.exception.GongNotFoundException;
import io.calldeck.connector.exception.GongServerException;
import io.calldeck.connector.model.CallAccess;
import io.calldeck.connector.model.CallDirection;
import io.calldeck.connector.model.CallMetaData;
import io.calldeck.connector.model.CallTranscript;
import io.calldeck.connector.model.CallUsersAccess;
import io.calldeck.connector.model.CallsFilter;
import io.calldeck.connector.model.CallsPage;
import io.calldeck.connector.model.ContentSelector;
import io.calldeck.connector.model.ExtensiveCall;
import io.calldeck.connector.model.ExtensiveCallsPage;
import io.calldeck.connector.model.GongUser;
import io.calldeck.connector.model.InteractionStat;
import io.calldeck.connector.model.NewCall;
import io.calldeck.connector.model.Party;
import io.calldeck.connector.model.Tracker;
import io.calldeck.connector.model.TranscriptsPage;
import io.calldeck.connector.model.UsersPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The connector against real responses recorded from Gong ({@code ../shared/gong-docs/recorded/}): each file is
 * served over HTTP with the status it was recorded with, read through the connector's models, and its real
 * values checked. A recorded file without a contract here fails the test, so new evidence is never ignored.
 */
class RecordedResponsesContractTest {

    @RegisterExtension
    static WireMockExtension gong = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final CallsFilter NOVEMBER = CallsFilter.between(Instant.parse("2024-11-01T00:00:00Z"),
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

    private record Contract(int status, Consumer<GongCalls> check) {
    }

    private static Map<String, Contract> contracts() {
        return Map.ofEntries(
                Map.entry("airbyte-ai-calls-extensive-content-selector.json", new Contract(200, gong -> {
                    ExtensiveCallsPage page = gong.listCallsExtensive(NOVEMBER, ContentSelector.builder().parties()
                            .topics().trackers().personInteractionStats().questions().media().build(), null);
                    assertThat(page.records().totalRecords()).isEqualTo(299);
                    assertThat(page.records().currentPageSize()).isEqualTo(100);
                    assertThat(page.nextCursor()).startsWith("eyJhbGciOiJIUzI1NiJ9.");
                    assertThat(page.calls()).hasSize(100);
                    ExtensiveCall first = page.calls().get(0);
                    assertThat(first.metaData().id()).isEqualTo("6922223202660173264");
                    assertThat(first.metaData().started()).isEqualTo(OffsetDateTime.parse("2024-11-01T07:01:00-07:00"));
                    assertThat(first.metaData().started().getOffset()).isEqualTo(ZoneOffset.ofHours(-7));
                    assertThat(first.metaData().duration()).isEqualTo(1466L);
                    assertThat(CallDirection.of(first.metaData().direction())).contains(CallDirection.CONFERENCE);
                    assertThat(first.metaData().isPrivate()).isFalse();
                    assertThat(first.metaData().sdrDisposition()).isNull();
                    assertThat(first.parties()).hasSize(5);
                    Party rep = first.parties().stream().filter(Party::isInternal).findFirst().orElseThrow();
                    assertThat(rep.userId()).isEqualTo(first.metaData().primaryUserId()).isEqualTo("5040921931821362603");
                    assertThat(rep.speakerId()).isEqualTo("5032780899864089237");
                    assertThat(first.parties().get(1).methods()).containsExactly("Invitee", "Attendee");
                    assertThat(first.content().trackers()).hasSize(20);
                    assertThat(first.content().trackers()).extracting(Tracker::type).containsOnly("KEYWORD", "SMART");
                    assertThat(first.content().trackers()).filteredOn(t -> "Airbyte Value Prop".equals(t.name()))
                            .extracting(Tracker::count).containsExactly(15);
                    assertThat(first.content().topics()).isNotEmpty();
                    assertThat(first.interaction().interactionStats()).extracting(InteractionStat::name).contains(
                            InteractionStat.TALK_RATIO, InteractionStat.LONGEST_MONOLOGUE, InteractionStat.PATIENCE);
                    assertThat(first.interaction().interactionStats().get(0).value()).isEqualTo(0.44);
                    assertThat(first.interaction().questions().companyCount()).isEqualTo(14);
                    assertThat(first.interaction().questions().nonCompanyCount()).isEqualTo(9);
                    assertThat(first.media().audioUrl()).startsWith("https://");
                    assertThat(page.calls()).allSatisfy(call -> assertThat(call.metaData().id()).matches("\\d{1,20}"));
                })),
                Map.entry("airbyte-ai-calls-extensive-metadata-only.json", new Contract(200, gong -> {
                    ExtensiveCallsPage page = gong.listCallsExtensive(NOVEMBER, null, null);
                    assertThat(page.records().totalRecords()).isEqualTo(9087);
                    assertThat(page.calls()).hasSize(100).allSatisfy(call -> {
                        assertThat(call.parties()).isNull();
                        assertThat(call.content()).isNull();
                    });
                    assertThat(page.calls().get(0).metaData().language()).isEqualTo("fre");
                    assertThat(page.calls().get(0).metaData().started().getSecond()).isEqualTo(7);
                })),
                Map.entry("airbyte-ai-calls-get-by-id.json", new Contract(200, gong -> {
                    CallMetaData call = gong.getCall("1220490555266799467");
                    assertThat(call.id()).isEqualTo("1220490555266799467");
                    assertThat(call.started()).isEqualTo(OffsetDateTime.parse("2023-04-11T14:37:55.717888+03:00"));
                    assertThat(call.duration()).isEqualTo(80L);
                    assertThat(call.system()).isEqualTo("Uploaded Call");
                    assertThat(call.workspaceId()).isEqualTo("9196197544788600771");
                })),
                Map.entry("airbyte-ai-calls-list.json", new Contract(200, gong -> {
                    CallsPage page = gong.listCalls(NOVEMBER, null);
                    assertThat(page.records().totalRecords()).isEqualTo(4);
                    assertThat(page.nextCursor()).isNull();
                    assertThat(page.calls()).hasSize(4);
                    assertThat(gong.streamCalls(NOVEMBER).count()).isEqualTo(4);
                })),
                Map.entry("airbyte-ai-calls-list-2.json", new Contract(200, gong -> {
                    CallsPage page = gong.listCalls(NOVEMBER, null);
                    assertThat(page.records().totalRecords()).isEqualTo(159);
                    assertThat(page.nextCursor()).isNotNull();
                    assertThat(page.calls()).hasSize(100);
                    assertThat(page.calls().get(0).id()).isEqualTo("4629436165711754596");
                    assertThat(page.calls().get(0).scheduled().getOffset()).isEqualTo(ZoneOffset.ofHours(-8));
                })),
                Map.entry("airbyte-ai-calls-transcript-by-id.json", new Contract(200, gong -> {
                    TranscriptsPage page = gong.listTranscripts(CallsFilter.ofCallIds("1220490555266799467"), null);
                    CallTranscript transcript = page.callTranscripts().get(0);
                    assertThat(transcript.callId()).isEqualTo("1220490555266799467");
                    assertThat(transcript.transcript().get(0).speakerId()).isEqualTo("923767253756941667");
                    assertThat(transcript.transcript().get(0).topic()).isNull();
                    assertThat(transcript.transcript().get(0).sentences().get(0).end()).isEqualTo(8300L);
                })),
                Map.entry("airbyte-ai-calls-transcript.json", new Contract(200, gong -> {
                    List<CallTranscript> transcripts = gong.streamTranscripts(NOVEMBER).toList();
                    assertThat(transcripts).hasSize(4);
                    assertThat(transcripts.get(0).transcript().get(0).sentences().get(0).start()).isEqualTo(1170L);
                    assertThat(transcripts).allSatisfy(t -> t.transcript().forEach(m -> m.sentences()
                            .forEach(s -> assertThat(s.end()).isGreaterThanOrEqualTo(s.start()))));
                })),
                Map.entry("airbyte-ai-users-get-by-id.json", new Contract(200, gong -> {
                    GongUser user = gong.getUser("361458326017907882");
                    assertThat(user.emailAddress()).isEqualTo("integration-test@airbyte.io");
                    assertThat(user.created().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
                    assertThat(user.settings()).isNotNull();
                })),
                Map.entry("airbyte-ai-users-list.json", new Contract(200, gong -> {
                    UsersPage page = gong.listUsers(null);
                    assertThat(page.users()).hasSize(9);
                    assertThat(page.users().get(0).fullName()).isEqualTo("Airbyte Team");
                    assertThat(page.users().get(0).spokenLanguages().get(0).language()).isEqualTo("en-US");
                })),
                Map.entry("airbyte-ai-workspaces-list.json", new Contract(200, gong ->
                        assertThat(gong.listWorkspaces()).singleElement()
                                .satisfies(w -> assertThat(w.id()).isEqualTo("9196197544788600771"))
                                .satisfies(w -> assertThat(w.name()).isEqualTo("Initial workspace")))),
                Map.entry("gongio-mcp-error-400-json-parse.json", new Contract(400, gong ->
                        assertThatThrownBy(() -> gong.listCallsExtensive(NOVEMBER, null, null))
                                .isInstanceOfSatisfying(GongBadRequestException.class, e -> {
                                    assertThat(e.requestId()).contains("x");
                                    assertThat(e.errors()).containsExactly("Json parse error");
                                }))),
                Map.entry("gongio-mcp-error-404-no-calls.json", new Contract(404, gong ->
                        assertThat(gong.listCallsExtensive(NOVEMBER, null, null).calls()).isEmpty())),
                Map.entry("nango-calls-extensive-404-no-calls.json", new Contract(404, gong ->
                        assertThat(gong.streamCallsExtensive(NOVEMBER, ContentSelector.everything()).count()).isZero())),
                Map.entry("nango-calls-list-404-no-calls.json", new Contract(404, gong -> {
                    assertThat(gong.listCalls(NOVEMBER, null).calls()).isEmpty();
                    assertThat(gong.streamCalls(NOVEMBER)).isEmpty();
                })),
                Map.entry("nango-calls-transcript-404-no-calls.json", new Contract(404, gong ->
                        assertThat(gong.streamTranscripts(NOVEMBER)).isEmpty())),
                Map.entry("nango-calls-get-404-not-found.json", new Contract(404, gong ->
                        assertThatThrownBy(() -> gong.getCall("894411314421502864"))
                                .isInstanceOfSatisfying(GongNotFoundException.class, e -> {
                                    assertThat(e.isNoCallsFound()).isFalse();
                                    assertThat(e.requestId()).contains("5f1is09lflj186eqvv8");
                                }))),
                Map.entry("nango-calls-post-200.json", new Contract(200, gong ->
                        assertThat(gong.addCall(NewCall.builder("rec-1", OffsetDateTime.parse("2024-11-05T09:00:00Z"),
                                        "234599484848423", CallDirection.OUTBOUND)
                                .party(NewCall.Party.user("234599484848423", "Rep")).build()).callId())
                                .isEqualTo("5267567709724788696"))),
                Map.entry("nango-error-401-missing-scope.json", new Contract(401, gong ->
                        assertThatThrownBy(gong::listWorkspaces)
                                .isInstanceOfSatisfying(GongMissingScopeException.class,
                                        e -> assertThat(e.scope()).isEqualTo("api:crm:integration:delete"))
                                .hasMessageContaining("api:crm:integration:delete")
                                .hasMessageContaining("4hf7p13tx8ezz0n5h9a"))),
                Map.entry("nango-error-500-internal.json", new Contract(500, gong ->
                        assertThatThrownBy(() -> gong.getCall("1"))
                                .isInstanceOfSatisfying(GongServerException.class, e -> {
                                    assertThat(e.status()).isEqualTo(500);
                                    assertThat(e.requestId()).contains("3rtymi66o5whhx4z4f8");
                                }))),
                Map.entry("nango-users-access-delete-200.json", new Contract(200, gong ->
                        assertThat(gong.removeUsersAccess(List.of(CallUsersAccess.of("1", "2"))).requestId())
                                .isEqualTo("3dlhb8w21xunygyai7m"))),
                Map.entry("nango-users-access-post-400-some-calls-not-found.json", new Contract(400, gong ->
                        assertThatThrownBy(() -> gong.getUsersAccess(List.of("1")))
                                .isInstanceOf(GongBadRequestException.class)
                                .hasMessageContaining("Some calls not found"))),
                Map.entry("nango-users-access-put-400-some-calls-not-found.json", new Contract(400, gong ->
                        assertThatThrownBy(() -> gong.giveUsersAccess(List.of(CallUsersAccess.of("1", "2"))))
                                .isInstanceOfSatisfying(GongException.class, e -> assertThat(e.requestId())
                                        .contains("5hf4xx523um0ng8yv7x")))),
                Map.entry("nango-users-get-by-id.json", new Contract(200, gong ->
                        assertThat(gong.getUser("7254376376091929519").fullName()).isEqualTo("Bastien Beurier"))),
                Map.entry("nango-users-list.json", new Contract(200, gong ->
                        assertThat(gong.streamUsers().map(GongUser::id)).contains("413440499764841252"))));
    }

    @TestFactory
    Stream<DynamicTest> everyRecordedResponseParses() throws IOException {
        Path folder = GongDocs.dir().resolve("recorded");
        Map<String, Contract> contracts = contracts();
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Contract contract = contracts.get(file.getFileName().toString());
            if (contract == null) {
                fail("No contract for the recorded response " + file.getFileName() + ": add one to this test");
            }
            gong.resetAll();
            gong.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(contract.status())
                    .withHeader("Content-Type", "application/json")
                    .withBody(Files.readAllBytes(file))));
            contract.check().accept(calls);
        }));
    }
}
