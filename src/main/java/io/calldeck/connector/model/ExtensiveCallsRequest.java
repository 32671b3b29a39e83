package io.calldeck.connector.model;

/**
 * The body of {@code POST /v2/calls/extensive}.
 *
 * @param cursor          the previous page's {@code records.cursor}, {@code null} for the first page
 * @param filter          which calls
 * @param contentSelector which parts of each call; {@code null} for metadata only
 */
public record ExtensiveCallsRequest(String cursor, CallsFilter filter, ContentSelector contentSelector) {

    /**
     * @param nextCursor the cursor of the next page
     * @return the same request for the next page
     */
    public ExtensiveCallsRequest withCursor(String nextCursor) {
        return new ExtensiveCallsRequest(nextCursor, filter, contentSelector);
    }
}
