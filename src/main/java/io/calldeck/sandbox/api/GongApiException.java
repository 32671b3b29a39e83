package io.calldeck.sandbox.api;

import java.util.List;

/**
 * An error the sandbox answers the way Gong does: a status and {@code {requestId, errors[]}}, with
 * {@code Retry-After} for 429.
 */
public class GongApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final List<String> errors;
    private final Long retryAfterSeconds;

    /**
     * @param status HTTP status
     * @param errors Gong's error messages
     */
    public GongApiException(int status, String... errors) {
        this(status, null, errors);
    }

    /**
     * @param status            HTTP status
     * @param retryAfterSeconds {@code Retry-After}, or {@code null}
     * @param errors            Gong's error messages
     */
    public GongApiException(int status, Long retryAfterSeconds, String... errors) {
        super(String.join("; ", errors), null, false, false);
        this.status = status;
        this.errors = List.of(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return Gong's error messages */
    public List<String> errors() {
        return errors;
    }

    /** @return the {@code Retry-After} seconds, or {@code null} */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** @return Gong's 404 for a listing that matches nothing */
    public static GongApiException noCallsFound() {
        return new GongApiException(404, "No calls found corresponding to the provided filters");
    }

    /**
     * @param scope the scope the request's credential lacks
     * @return Gong's 401 for it: {@code "You don't have permission to use '<scope>' in your app."}
     */
    public static GongApiException missingScope(io.calldeck.connector.GongScope scope) {
        return new GongApiException(401, "You don't have permission to use '" + scope.value() + "' in your app.");
    }

    /**
     * @param message what is wrong
     * @return a 400
     */
    public static GongApiException badRequest(String message) {
        return new GongApiException(400, message);
    }
}
