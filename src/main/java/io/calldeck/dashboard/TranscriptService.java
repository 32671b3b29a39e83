package io.calldeck.dashboard;

import io.calldeck.connector.GongCalls;
import io.calldeck.connector.model.CallTranscript;
import io.calldeck.connector.model.CallsFilter;
import io.calldeck.store.CallStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Fetches a call's transcript from Gong the first time someone opens it, and keeps it in the store. */
@ApplicationScoped
public class TranscriptService {

    @Inject
    GongCalls gong;

    @Inject
    CallStore store;

    @Inject
    TranscriptService self;

    /**
     * Reads the transcript through {@code POST /v2/calls/transcript} (interactive priority) and stores it; an
     * empty transcript is stored as fetched too, so Gong is not asked again.
     *
     * @param callId the call
     * @return whether the call is in the store (only then is the transcript kept)
     */
    public boolean fetch(String callId) {
        List<CallTranscript> transcripts = gong.streamTranscripts(CallsFilter.ofCallIds(callId)).toList();
        CallTranscript transcript = transcripts.stream().filter(t -> callId.equals(t.callId())).findFirst()
                .orElse(new CallTranscript(callId, List.of()));
        return self.save(transcript);
    }

    /**
     * @param transcript a transcript Gong returned
     * @return whether its call is in the store
     */
    @Transactional
    public boolean save(CallTranscript transcript) {
        return store.saveTranscript(transcript, OffsetDateTime.now(ZoneOffset.UTC));
    }
}
