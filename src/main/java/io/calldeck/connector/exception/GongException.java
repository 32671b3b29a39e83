package io.calldeck.connector.exception;

import java.util.List;
import java.util.Optional;

/**
 * A request to Gong's API failed. The root of the connector's exception hierarchy; unchecked so that
 * it can leave the auto-paging streams.
 *
 * <p>Every instance carries what Gong support asks for: the endpoint ({@code "POST /v2/calls/extensive"}),
 * the HTTP status (0 when no response was received), Gong's {@code requestId} and its {@code errors[]}
 * (the body of Gong's {@code ErrorResponse}). The message quotes all of them and never contains
 * credentials.
 *
 * <p>Subclasses name the condition: {@link GongBadRequestException} (400), {@link GongAuthenticationException} (401),
 * {@link GongPermissionException} (403), {@link GongNotFoundException} (404), {@link GongConflictException} (409),
 * {@link GongRateLimitException} (429), {@link GongServerException} (5xx) and {@link GongConnectionException}
 * (no usable response). Other statuses are reported as a plain {@code GongException}.
 */
public class GongException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String endpoint;
    private final int status;
    private final String requestId;
    private final List<String> errors;

    /**
     * Creates an exception for a response Gong sent.
     *
     * @param endpoint  method and path template, e.g. {@code "GET /v2/calls/{id}"}
     * @param status    HTTP status code, or 0 when no response was received
     * @param requestId Gong's {@code requestId} from the error body, or {@code null} when absent
     * @param errors    Gong's {@code errors[]}, never {@code null} (use an empty list)
     * @param cause     the underlying cause, or {@code null}
     */
    public GongException(String endpoint, int status, String requestId, List<String> errors, Throwable cause) {
        super(describe(endpoint, status, requestId, errors), cause);
        this.endpoint = endpoint;
        this.status = status;
        this.requestId = requestId;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    private static String describe(String endpoint, int status, String requestId, List<String> errors) {
        return "Gong " + endpoint + " failed: " + answer(status, requestId, errors);
    }

    private static String answer(int status, String requestId, List<String> errors) {
        StringBuilder message = new StringBuilder();
        message.append(status == 0 ? "no response" : "HTTP " + status);
        if (errors != null && !errors.isEmpty()) {
            message.append(": ").append(String.join("; ", errors));
        }
        if (requestId != null) {
            message.append(" (Gong requestId ").append(requestId).append(')');
        }
        return message.toString();
    }

    /**
     * @return what Gong answered, for people, without the endpoint: {@code "HTTP 401: You don't have permission to
     *         use 'api:calls:read:transcript' in your app. (Gong requestId 4hf7p13tx8ezz0n5h9a)"}
     */
    public String gongMessage() {
        return answer(status, requestId, errors);
    }

    /** @return the failed call's method and path template, e.g. {@code "PUT /v2/calls/{id}/media"} */
    public String endpoint() {
        return endpoint;
    }

    /** @return the HTTP status Gong answered with, or 0 when no response was received */
    public int status() {
        return status;
    }

    /** @return Gong's {@code requestId} for this failure, if Gong sent one */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** @return Gong's error messages ({@code errors[]}), possibly empty, never {@code null} */
    public List<String> errors() {
        return errors;
    }
}
