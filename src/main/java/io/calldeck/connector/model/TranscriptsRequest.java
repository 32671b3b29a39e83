package io.calldeck.connector.model;

/**
 * The body of {@code POST /v2/calls/transcript}.
 *
 * @param cursor the previous page's {@code records.cursor}, {@code null} for the first page
 * @param filter which calls (no {@code primaryUserIds} here)
 */
public record TranscriptsRequest(String cursor, CallsFilter filter) {

    /**
     * @param nextCursor the cursor of the next page
     * @return the same request for the next page
     */
    public TranscriptsRequest withCursor(String nextCursor) {
        return new TranscriptsRequest(nextCursor, filter);
    }
}
