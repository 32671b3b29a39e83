package io.calldeck.connector.exception;

import java.util.List;

/**
 * Gong reported a conflict (HTTP 409), e.g. recording is not enabled for the call's primary user.
 */
public class GongConflictException extends GongException {

    private static final long serialVersionUID = 1L;

    /**
     * @param endpoint  method and path template of the failed call
     * @param requestId Gong's {@code requestId}, or {@code null}
     * @param errors    Gong's {@code errors[]}
     */
    public GongConflictException(String endpoint, String requestId, List<String> errors) {
        super(endpoint, 409, requestId, errors, null);
    }
}
