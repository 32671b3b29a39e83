package io.calldeck.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.calldeck.connector.GongCalls;
import io.calldeck.connector.GongConfig;
import io.calldeck.connector.exception.GongAuthenticationException;
import io.calldeck.connector.exception.GongBadRequestException;
import io.calldeck.connector.exception.GongCursorExpiredException;
import io.calldeck.connector.exception.GongRateLimitException;
import io.calldeck.connector.model.CallDirection;
import io.calldeck.connector.model.CallMetaData;
import io.calldeck.connector.model.CallUsersAccess;
import io.calldeck.connector.model.CallsFilter;
import io.calldeck.connector.model.CallsPage;
import io.calldeck.connector.model.ContentSelector;
import io.calldeck.connector.model.ExtensiveCall;
import io.calldeck.connector.model.GongUser;
import io.calldeck.connector.model.MediaUploadResponse;
import io.calldeck.connector.model.NewCall;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connector's behaviour again, now against the sandbox over real HTTP: paging across pages, an expiring
 * cursor, the empty 404, 401, 429 with Retry-After, the users-access round trip, and adding a call then
 * uploading a large recording.
 */
class ConnectorAgainstSandboxIT {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final CallsFilter ALL = CallsFilter.between(NOW.minus(Duration.ofDays(100)), NOW.plus(Duration.ofDays(1)));

    private final GongCalls gong = ItServer.sandboxConnector();

    /** The first requests of a cold client are slow to leave; none of them is one a test counts on. */
    @org.junit.jupiter.api.BeforeEach
    void warmUp() {
        gong.listWorkspaces();
        ItServer.pause(Duration.ofMillis(1100));
    }

    @AfterEach
    void close() {
        ItServer.admin("PUT", "/sandbox/admin/faults", "{\"serverErrorRate\":0,\"rateLimitRate\":0,"
                + "\"retryAfterMinSeconds\":1,\"retryAfterMaxSeconds\":2,\"latencyMillis\":0,\"dropRate\":0,"
                + "\"truncateRate\":0,\"cursorExpiryAfterPages\":0}");
        gong.close();
        ItServer.pause(Duration.ofMillis(1100));
    }

    @Test
    void pagingFollowsCursorsAcrossEveryPageOldestFirst() {
        // Two weeks: several pages of 100 (every page at the sandbox's 2 req/s; all 100 days would take 50 s)
        CallsFilter weeks = CallsFilter.between(NOW.minus(Duration.ofDays(14)), NOW.plus(Duration.ofDays(1)));
        CallsPage first = gong.listCalls(weeks, null);
        List<CallMetaData> all = gong.streamCalls(weeks).toList();

        assertThat(first.records().totalRecords()).isGreaterThan(200);
        assertThat(all).hasSize(first.records().totalRecords());
        assertThat(all).extracting(CallMetaData::id).doesNotHaveDuplicates();
        assertThat(all).extracting(c -> c.started().toInstant()).isSorted();
        List<ExtensiveCall> extensive = gong.streamCallsExtensive(weeks, ContentSelector.builder().parties().build())
                .toList();
        assertThat(extensive).hasSameSizeAs(all);
        assertThat(extensive).allSatisfy(c -> assertThat(c.parties()).isNotEmpty());
    }

    @Test
    void anExpiredCursorIsItsOwnError() {
        assertThat(ItServer.admin("PUT", "/sandbox/admin/faults", "{\"serverErrorRate\":0,\"rateLimitRate\":0,"
                + "\"retryAfterMinSeconds\":1,\"retryAfterMaxSeconds\":2,\"latencyMillis\":0,\"dropRate\":0,"
                + "\"truncateRate\":0,\"cursorExpiryAfterPages\":1}").statusCode()).isEqualTo(200);
        String cursor = gong.listCallsExtensive(ALL, null, null).nextCursor();
        gong.listCallsExtensive(ALL, null, cursor);

        assertThatThrownBy(() -> gong.listCallsExtensive(ALL, null, cursor))
                .isInstanceOf(GongCursorExpiredException.class).hasMessageContaining("cursor has expired");
    }

    @Test
    void noCallsIsAnEmptyResult() {
        CallsFilter old = CallsFilter.between(Instant.parse("2001-01-01T00:00:00Z"), Instant.parse("2001-02-01T00:00:00Z"));
        assertThat(gong.streamCallsExtensive(old, null)).isEmpty();
        assertThat(gong.streamCalls(old)).isEmpty();
        assertThat(gong.streamTranscripts(old)).isEmpty();
    }

    @Test
    void wrongCredentialsAre401WithGongsRequestId() {
        try (GongCalls wrong = GongCalls.create(new GongConfig(io.calldeck.connector.TestConfigs.of(Map.of(
                GongConfig.BASE_URL, ItServer.SANDBOX, GongConfig.ACCESS_KEY, ItServer.TEST_KEY,
                GongConfig.ACCESS_KEY_SECRET, "not-the-secret"))))) {
            assertThatThrownBy(wrong::listWorkspaces).isInstanceOfSatisfying(GongAuthenticationException.class,
                    e -> assertThat(e.requestId()).isPresent());
        }
    }

    @Test
    void aBurstBeyondThreePerSecondGets429WithRetryAfter() {
        try (GongCalls eager = ItServer.sandboxConnector(GongConfig.RATE_PER_SECOND, "50")) {
            GongRateLimitException limited = null;
            for (int i = 0; i < 12 && limited == null; i++) {
                try {
                    eager.listWorkspaces();
                } catch (GongRateLimitException e) {
                    limited = e;
                }
            }
            assertThat(limited).isNotNull();
            assertThat(limited.requestId()).isPresent();
            assertThat(limited.retryAfter()).hasValueSatisfying(d -> assertThat(d).isBetween(Duration.ofSeconds(1),
                    Duration.ofSeconds(2)));
            assertThat(eager.rateBudget().rateLimitedTotal()).isEqualTo(1);
        }
    }

    @Test
    void usersAccessRoundTrip() {
        String callId = gong.listCalls(ALL, null).calls().get(7).id();
        String userId = gong.streamUsers().toList().get(2).id();

        gong.giveUsersAccess(List.of(CallUsersAccess.of(callId, userId)));
        assertThat(gong.getUsersAccess(List.of(callId)).get(0).userIds()).contains(userId);
        gong.removeUsersAccess(List.of(CallUsersAccess.of(callId, userId)));
        assertThat(gong.getUsersAccess(List.of(callId)).get(0).userIds()).doesNotContain(userId);
        assertThatThrownBy(() -> gong.giveUsersAccess(List.of(CallUsersAccess.of("1234567890123456789", userId))))
                .isInstanceOf(GongBadRequestException.class).hasMessageContaining("Some calls not found");
    }

    @Test
    void addCallThenUploadALargeRecordingAndSeeTheCallListed(@TempDir Path dir) throws Exception {
        GongUser rep = gong.streamUsers().toList().get(5);
        OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC).minusHours(3).truncatedTo(ChronoUnit.SECONDS);
        NewCall call = NewCall.builder("it-upload-" + System.nanoTime(), started, rep.id(), CallDirection.OUTBOUND)
                .title("Uploaded by the connector IT").duration(900).party(NewCall.Party.user(rep.id(), rep.fullName()))
                .party(NewCall.Party.external("Pat Buyer", "pat@buyer.example")).build();
        String callId = gong.addCall(call).callId();
        assertThat(gong.addCall(call).callId()).as("the same clientUniqueId never adds a second call").isEqualTo(callId);
        long before = ItServer.sandboxStat("mediaBytes");
        Path recording = dir.resolve("call.mp4");
        long size = 300L * 1024 * 1024;
        try (RandomAccessFile file = new RandomAccessFile(recording.toFile(), "rw")) {
            file.setLength(size);
        }

        MediaUploadResponse uploaded = gong.uploadMedia(callId, recording);

        assertThat(uploaded.callId()).isEqualTo(callId);
        assertThat(ItServer.sandboxStat("mediaBytes") - before).isEqualTo(size);
        assertThat(gong.getCall(callId).title()).isEqualTo("Uploaded by the connector IT");
        assertThat(gong.streamCalls(ALL).map(CallMetaData::id)).contains(callId);
    }
}
