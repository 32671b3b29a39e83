package io.calldeck.connector;

import static org.assertj.core.api.Assertions.assertThat;

import io.calldeck.connector.model.CallAccessChange;
import io.calldeck.connector.model.CallAccessQuery;
import io.calldeck.connector.model.CallDirection;
import io.calldeck.connector.model.CallUsersAccess;
import io.calldeck.connector.model.CallsFilter;
import io.calldeck.connector.model.ContentSelector;
import io.calldeck.connector.model.ExtensiveCallsRequest;
import io.calldeck.connector.model.NewCall;
import io.calldeck.connector.model.TranscriptsRequest;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The connector's request bodies, as JSON-B writes them, validate against Gong's request schemas
 * ({@code ../shared/gong-docs/openapi}; skipped with a message when absent).
 */
class ConnectorRequestsConformanceTest {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final CallsFilter FILTER = CallsFilter.builder().from(Instant.parse("2026-11-01T00:00:00Z"))
            .to(Instant.parse("2026-11-08T00:00:00Z")).workspaceId("623457276584334")
            .callIds(List.of("7782342274025937895")).primaryUserIds(List.of("234599484848423")).build();

    @Test
    void extensiveRequestWithTheWholeContentSelector() {
        String json = JSONB.toJson(new ExtensiveCallsRequest("cursor-1", FILTER, ContentSelector.everything()));
        assertThat(GongSchemas.strictViolations(GongSchemas.CURRENT,
                "PublicApiBaseRequestWithDataV2CallsRequestFilterWithOwnersContentSelector", json)).isEmpty();
    }

    @Test
    void transcriptRequest() {
        String json = JSONB.toJson(new TranscriptsRequest(null, CallsFilter.builder()
                .from(Instant.parse("2026-11-01T00:00:00Z")).callIds(List.of("1")).build()));
        assertThat(GongSchemas.strictViolations(GongSchemas.CURRENT, "PublicApiBaseRequestV2CallsFilter", json)).isEmpty();
    }

    @Test
    void addCallRequest() {
        // Party and call "context" are left out: Gong's 2026 schema merges the objectType enums into single
        // values ("Lead,Contact", "Opportunity,Account"), which its help page and its 2025 schema list apart.
        NewCall call = NewCall.builder("pbx-1", OffsetDateTime.parse("2026-11-05T09:00:00-08:00"), "234599484848423",
                        CallDirection.OUTBOUND)
                .title("Discovery").purpose("Discovery").duration(1800.5)
                .scheduled(Instant.parse("2026-11-05T17:00:00Z"), Instant.parse("2026-11-05T17:30:00Z"))
                .party(NewCall.Party.user("234599484848423", "Rep").withPartyId("1"))
                .party(NewCall.Party.external("Pat", "pat@x.example").withPartyId("2"))
                .speakersTimeline(new NewCall.SpeakersTimeline(true, List.of(new NewCall.SpeechSegment(0, 900, List.of("1")))))
                .disposition("Connected").customData("x").meetingUrl("https://zoom.us/j/1").callProviderCode("zoom")
                .workspaceId("623457276584334").languageCode("en-US").flowTask("7").build();
        assertThat(GongSchemas.strictViolations(GongSchemas.CURRENT, "NewCallAddingRequest", JSONB.toJson(call))).isEmpty();
    }

    @Test
    void usersAccessRequests() {
        String retrieve = JSONB.toJson(CallAccessQuery.of(List.of("7782342274025937895")));
        String change = JSONB.toJson(new CallAccessChange(List.of(CallUsersAccess.of("7782342274025937895", "1", "2"))));
        assertThat(GongSchemas.strictViolations(GongSchemas.CURRENT, "FilterRequestCallsAccessGetDto", retrieve)).isEmpty();
        assertThat(GongSchemas.strictViolations(GongSchemas.CURRENT, "CallsUsersAccessAddDto", change)).isEmpty();
        assertThat(GongSchemas.strictViolations(GongSchemas.CURRENT, "CallsUsersAccessDeleteDto", change)).isEmpty();
    }

    @Test
    void theValidatorRejectsWhatGongWouldRefuse() {
        assertThat(GongSchemas.strictViolations(GongSchemas.CURRENT, "CallsUsersAccessAddDto",
                "{\"callAccessList\":[{\"callId\":\"1\"}]}")).isNotEmpty();
        assertThat(GongSchemas.strictViolations(GongSchemas.CURRENT, "Calls",
                "{\"calls\":[{\"metaData\":{\"duration\":\"long\"}}]}")).isNotEmpty();
    }
}
