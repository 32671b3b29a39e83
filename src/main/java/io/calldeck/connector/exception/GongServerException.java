package io.calldeck.connector.exception;

import java.util.List;

/**
 * Gong failed on its side (HTTP 5xx). 500, 502, 503 and 504 are retried for safe operations before this
 * reaches the caller.
 */
public class GongServerException extends GongException {

    private static final long serialVersionUID = 1L;

    /**
     * @param endpoint  method and path template of the failed call
     * @param status    the 5xx status
     * @param requestId Gong's {@code requestId}, or {@code null}
     * @param errors    Gong's {@code errors[]}
     */
    public GongServerException(String endpoint, int status, String requestId, List<String> errors) {
        super(endpoint, status, requestId, errors, null);
    }
}
