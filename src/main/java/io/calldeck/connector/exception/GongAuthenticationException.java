package io.calldeck.connector.exception;

import java.util.List;

/**
 * Gong refused the credentials or the OAuth scope (HTTP 401). Check {@code gong.access-key}/{@code gong.access-key-secret} or {@code gong.bearer-token}.
 */
public class GongAuthenticationException extends GongException {

    private static final long serialVersionUID = 1L;

    /**
     * @param endpoint  method and path template of the failed call
     * @param requestId Gong's {@code requestId}, or {@code null}
     * @param errors    Gong's {@code errors[]}
     */
    public GongAuthenticationException(String endpoint, String requestId, List<String> errors) {
        super(endpoint, 401, requestId, errors, null);
    }
}
