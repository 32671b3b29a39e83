package io.calldeck.connector.exception;

import java.util.List;

/**
 * The credentials are valid but may not use this endpoint or data (HTTP 403).
 */
public class GongPermissionException extends GongException {

    private static final long serialVersionUID = 1L;

    /**
     * @param endpoint  method and path template of the failed call
     * @param requestId Gong's {@code requestId}, or {@code null}
     * @param errors    Gong's {@code errors[]}
     */
    public GongPermissionException(String endpoint, String requestId, List<String> errors) {
        super(endpoint, 403, requestId, errors, null);
    }
}
