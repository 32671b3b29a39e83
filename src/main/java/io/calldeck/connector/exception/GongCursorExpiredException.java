package io.calldeck.connector.exception;

import java.util.List;

/**
 * Gong refused a paging cursor because it expired (HTTP 400 "cursor has expired"); cursors live about an hour
 * after the first page of a sequence. Start the listing again, e.g. from the start time of the last call read.
 */
public class GongCursorExpiredException extends GongBadRequestException {

    private static final long serialVersionUID = 1L;

    /**
     * @param endpoint  method and path template of the failed call
     * @param requestId Gong's {@code requestId}, or {@code null}
     * @param errors    Gong's {@code errors[]}
     */
    public GongCursorExpiredException(String endpoint, String requestId, List<String> errors) {
        super(endpoint, requestId, errors);
    }
}
