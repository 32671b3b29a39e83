package io.calldeck.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.calldeck.store.entity.CallEntity;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * When Gong is asked for a call's transcript: the first time; again, for a call younger than a week, once the retry
 * time has passed since Gong had none; never once sentences are kept, nor for private calls unless allowed.
 */
class TranscriptServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    private static TranscriptService service(boolean privateTranscripts) {
        TranscriptService service = new TranscriptService();
        service.settings = SyncSettings.builder().transcriptRetry(Duration.ofMinutes(60))
                .privateTranscripts(privateTranscripts).build();
        return service;
    }

    private static CallEntity call(Duration age, Duration askedAgo, boolean isPrivate) {
        CallEntity call = new CallEntity("1");
        call.setStarted(OffsetDateTime.ofInstant(NOW.minus(age), ZoneOffset.UTC));
        call.setPrivate(isPrivate);
        call.setTranscriptFetchedAt(askedAgo == null ? null : OffsetDateTime.ofInstant(NOW.minus(askedAgo), ZoneOffset.UTC));
        return call;
    }

    @Test
    void aCallNeverAskedForIsAskedFor() {
        assertThat(service(false).shouldAsk(call(Duration.ofDays(30), null, false), false, NOW)).isTrue();
    }

    @Test
    void anEmptyTranscriptOfAYoungCallIsAskedForAgainAfterTheRetryTime() {
        TranscriptService service = service(false);
        CallEntity askedRecently = call(Duration.ofHours(3), Duration.ofMinutes(59), false);
        CallEntity askedAnHourAgo = call(Duration.ofHours(3), Duration.ofMinutes(60), false);

        assertThat(service.shouldAsk(askedRecently, false, NOW)).isFalse();
        assertThat(service.state(askedRecently, false, NOW)).isEqualTo(TranscriptService.State.NOT_YET);
        assertThat(service.shouldAsk(askedAnHourAgo, false, NOW)).isTrue();
    }

    @Test
    void anEmptyTranscriptOfACallOlderThanAWeekIsFinal() {
        TranscriptService service = service(false);
        CallEntity old = call(Duration.ofDays(8), Duration.ofDays(1), false);
        assertThat(service.shouldAsk(old, false, NOW)).isFalse();
        assertThat(service.state(old, false, NOW)).isEqualTo(TranscriptService.State.NONE);
    }

    @Test
    void aTranscriptWithSentencesIsKept() {
        TranscriptService service = service(false);
        CallEntity kept = call(Duration.ofHours(3), Duration.ofDays(1), false);
        assertThat(service.shouldAsk(kept, true, NOW)).isFalse();
        assertThat(service.state(kept, true, NOW)).isEqualTo(TranscriptService.State.KEPT);
    }

    @Test
    void privateCallsTranscriptsAreFetchedOnlyWhenAllowed() {
        CallEntity privateCall = call(Duration.ofHours(3), null, true);
        assertThat(service(false).shouldAsk(privateCall, false, NOW)).isFalse();
        assertThat(service(false).state(privateCall, false, NOW)).isEqualTo(TranscriptService.State.PRIVATE);
        assertThat(service(true).shouldAsk(privateCall, false, NOW)).isTrue();
    }
}
