package io.calldeck.connector.client;

import io.calldeck.connector.exception.GongAuthenticationException;
import io.calldeck.connector.exception.GongBadRequestException;
import io.calldeck.connector.exception.GongConflictException;
import io.calldeck.connector.exception.GongCursorExpiredException;
import io.calldeck.connector.exception.GongException;
import io.calldeck.connector.exception.GongMissingScopeException;
import io.calldeck.connector.exception.GongNotFoundException;
import io.calldeck.connector.exception.GongPermissionException;
import io.calldeck.connector.exception.GongRateLimitException;
import io.calldeck.connector.exception.GongServerException;
import io.calldeck.connector.model.GongError;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Maps Gong's error responses to the connector's exceptions: the status picks the subclass, the body
 * ({@code {requestId, errors[]}}) fills it, {@code Retry-After} becomes a {@link Duration}.
 */
public final class GongErrors {

    /** Longest part of a non-JSON error body quoted in an exception message. */
    private static final int MAX_QUOTED_BODY = 300;
    private static final Jsonb JSONB = JsonbBuilder.create();

    private GongErrors() {
    }

    /**
     * Builds the exception for an error response. Reads (and so consumes) the response body.
     *
     * @param endpoint method and path template, e.g. {@code "GET /v2/calls/{id}"}
     * @param response a response with status 300 or more
     * @return the exception to throw; never {@code null}
     */
    public static GongException toException(String endpoint, Response response) {
        String body;
        try {
            body = response.hasEntity() ? response.readEntity(String.class) : "";
        } catch (ProcessingException | IllegalStateException e) {
            int status = response.getStatus();
            if (status >= 400 && status < 500 && status != 429) {
                // The answer was cut off in transit: without Gong's message a 400 cannot be told from an expired
                // cursor, nor a 401 from a missing scope. A damaged answer is a transport failure, and retried.
                return new io.calldeck.connector.exception.GongConnectionException(endpoint, status,
                        "HTTP " + status + " with its error body cut off", e);
            }
            body = null;
        }
        return toException(endpoint, response.getStatus(), body, response.getHeaderString(HttpHeaders.RETRY_AFTER));
    }

    /**
     * Builds the exception for an error response already read.
     *
     * @param endpoint   method and path template, e.g. {@code "PUT /v2/calls/{id}/media"}
     * @param status     the HTTP status, 300 or more
     * @param body       the response body, {@code null} when it could not be read
     * @param retryAfter the {@code Retry-After} header, or {@code null}
     * @return the exception to throw; never {@code null}
     */
    public static GongException toException(String endpoint, int status, String body, String retryAfter) {
        GongError error = parse(body);
        String requestId = error.requestId();
        List<String> errors = error.errors() == null ? List.of() : error.errors();
        return switch (status) {
            case 400 -> isCursorExpired(errors)
                    ? new GongCursorExpiredException(endpoint, requestId, errors)
                    : new GongBadRequestException(endpoint, requestId, errors);
            case 401 -> GongMissingScopeException.missingScope(errors)
                    .<GongException>map(scope -> new GongMissingScopeException(endpoint, requestId, errors, scope))
                    .orElseGet(() -> new GongAuthenticationException(endpoint, requestId, errors));
            case 403 -> new GongPermissionException(endpoint, requestId, errors);
            case 404 -> new GongNotFoundException(endpoint, requestId, errors);
            case 409 -> new GongConflictException(endpoint, requestId, errors);
            case 429 -> new GongRateLimitException(endpoint, requestId, errors, retryAfter(retryAfter));
            default -> status >= 500
                    ? new GongServerException(endpoint, status, requestId, errors)
                    : new GongException(endpoint, status, requestId, errors, null);
        };
    }

    private static boolean isCursorExpired(List<String> errors) {
        return errors.stream().anyMatch(e -> e != null && e.toLowerCase(Locale.ROOT).contains("cursor has expired"));
    }

    private static GongError parse(String text) {
        if (text == null) {
            return new GongError(null, List.of("(error body unreadable)"));
        }
        if (text.isBlank()) {
            return new GongError(null, List.of());
        }
        try {
            GongError parsed = JSONB.fromJson(text, GongError.class);
            if (parsed != null && (parsed.requestId() != null || parsed.errors() != null)) {
                return parsed;
            }
        } catch (JsonbException notJson) {
            // Not Gong's JSON error body (a proxy's HTML page, say): quote it instead.
        }
        String quoted = text.length() > MAX_QUOTED_BODY ? text.substring(0, MAX_QUOTED_BODY) + "…" : text;
        return new GongError(null, List.of(quoted.strip()));
    }

    /**
     * Parses a {@code Retry-After} header: delay seconds (what Gong sends) or an HTTP date.
     *
     * @param header the header value, may be {@code null}
     * @return the delay, or {@code null} when absent or unparseable
     */
    public static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration delay = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return delay.isNegative() ? Duration.ZERO : delay;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }
}
