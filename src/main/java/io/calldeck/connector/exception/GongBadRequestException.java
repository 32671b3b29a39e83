package io.calldeck.connector.exception;

import java.util.List;

/**
 * Gong refused the request as malformed (HTTP 400), e.g. an unknown call id in users-access ("Some calls not found") or an expired cursor ("cursor has expired").
 */
public class GongBadRequestException extends GongException {

    private static final long serialVersionUID = 1L;

    /**
     * @param endpoint  method and path template of the failed call
     * @param requestId Gong's {@code requestId}, or {@code null}
     * @param errors    Gong's {@code errors[]}
     */
    public GongBadRequestException(String endpoint, String requestId, List<String> errors) {
        super(endpoint, 400, requestId, errors, null);
    }
}
