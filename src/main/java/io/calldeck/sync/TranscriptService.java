package io.calldeck.sync;

import io.calldeck.connector.GongCalls;
import io.calldeck.connector.model.CallTranscript;
import io.calldeck.connector.model.CallsFilter;
import io.calldeck.store.CallStore;
import io.calldeck.store.entity.CallEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A call's transcript on demand: fetched from Gong ({@code POST /v2/calls/transcript}, interactive priority) the
 * first time a page or the API asks for it, then kept in the store.
 *
 * <p>Gong publishes transcripts after processing, so an empty one is not final: for a call younger than
 * {@link SyncSettings#TRANSCRIPT_YOUNG}, Gong is asked again once {@code calldeck.transcripts.retry-minutes}
 * have passed since it was last asked. A transcript with sentences is kept and never asked for again. Private
 * calls' transcripts are fetched only with {@code calldeck.sync.transcripts-include-private}.
 */
@ApplicationScoped
public class TranscriptService {

    /** Whether a call's transcript is in the store, awaited from Gong, or not to be fetched. */
    public enum State {
        /** The store holds sentences. */
        KEPT,
        /** Gong had none when last asked, and the call is young enough that it may still come. */
        NOT_YET,
        /** Gong had none, and the call is older than {@link SyncSettings#TRANSCRIPT_YOUNG}: none will come. */
        NONE,
        /** A private call, whose transcript CallDeck does not fetch ({@code calldeck.sync.transcripts-include-private}). */
        PRIVATE
    }

    @Inject
    GongCalls gong;

    @Inject
    CallStore store;

    @Inject
    SyncSettings settings;

    @Inject
    TranscriptService self;

    private Clock clock = Clock.systemUTC();

    /**
     * @param call        a stored call
     * @param hasSentences whether the store holds sentences of its transcript
     * @param now         the time
     * @return whether Gong should be asked for its transcript now
     */
    public boolean shouldAsk(CallEntity call, boolean hasSentences, Instant now) {
        if (hasSentences || (call.isPrivate() && !settings.privateTranscripts())) {
            return false;
        }
        OffsetDateTime asked = call.getTranscriptFetchedAt();
        if (asked == null) {
            return true;
        }
        boolean young = call.getStarted().toInstant().isAfter(now.minus(SyncSettings.TRANSCRIPT_YOUNG));
        return young && !asked.toInstant().plus(settings.transcriptRetry()).isAfter(now);
    }

    /**
     * @param call         a stored call
     * @param hasSentences whether the store holds sentences of its transcript
     * @param now          the time
     * @return what the page says about its transcript
     */
    public State state(CallEntity call, boolean hasSentences, Instant now) {
        if (hasSentences) {
            return State.KEPT;
        }
        if (call.isPrivate() && !settings.privateTranscripts()) {
            return State.PRIVATE;
        }
        boolean young = call.getStarted().toInstant().isAfter(now.minus(SyncSettings.TRANSCRIPT_YOUNG));
        return young ? State.NOT_YET : State.NONE;
    }

    /**
     * Asks Gong for the call's transcript if {@link #shouldAsk} says so, and stores what it answers (an empty
     * transcript is stored as asked, with the time, so that Gong is asked again only after the retry time).
     *
     * @param call         a stored call
     * @param hasSentences whether the store holds sentences of its transcript
     * @return whether Gong was asked
     * @throws io.calldeck.connector.exception.GongException when Gong refuses (a missing
     *         {@code api:calls:read:transcript} scope: 401) or fails; nothing is stored then
     */
    public boolean fetchIfDue(CallEntity call, boolean hasSentences) {
        if (!shouldAsk(call, hasSentences, clock.instant())) {
            return false;
        }
        String callId = call.getId();
        List<CallTranscript> transcripts = gong.streamTranscripts(CallsFilter.ofCallIds(callId)).toList();
        CallTranscript transcript = transcripts.stream().filter(t -> callId.equals(t.callId())).findFirst()
                .orElse(new CallTranscript(callId, List.of()));
        self.save(transcript);
        return true;
    }

    /**
     * @param transcript a transcript Gong returned
     * @return whether its call is in the store
     */
    @Transactional
    public boolean save(CallTranscript transcript) {
        return store.saveTranscript(CallMapper.transcript(transcript),
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
    }
}
