package io.calldeck.connector.model;

import java.util.List;

/**
 * One page of {@code POST /v2/calls/transcript} ({@code CallTranscripts}).
 *
 * @param requestId       Gong's reference for this request
 * @param records         paging information
 * @param callTranscripts one entry per call
 */
public record TranscriptsPage(String requestId, Records records, List<CallTranscript> callTranscripts)
        implements Page<CallTranscript> {

    @Override
    public List<CallTranscript> items() {
        return callTranscripts == null ? List.of() : callTranscripts;
    }

    /** @return an empty page, what Gong's "no calls found" 404 means */
    public static TranscriptsPage empty() {
        return new TranscriptsPage(null, Records.empty(), List.of());
    }
}
