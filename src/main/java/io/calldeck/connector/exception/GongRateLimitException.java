package io.calldeck.connector.exception;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Gong's rate limit was reached (HTTP 429), or the connector's own rate budget would have to wait longer
 * than an interactive caller may (then {@link #status()} is 429 and {@link #requestId()} is empty, since no
 * request was sent).
 *
 * <p>Gong allows 3 requests per second and 10,000 per day per company by default and answers 429 with a
 * {@code Retry-After} header in seconds (seconds up to hours once the daily quota is spent).
 */
public class GongRateLimitException extends GongException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /**
     * @param endpoint   method and path template of the failed call
     * @param requestId  Gong's {@code requestId}, or {@code null}
     * @param errors     Gong's {@code errors[]}, or the connector's own explanation
     * @param retryAfter how long to wait before the next request (Gong's {@code Retry-After}), or {@code null}
     *                   when Gong sent none
     */
    public GongRateLimitException(String endpoint, String requestId, List<String> errors, Duration retryAfter) {
        super(endpoint, 429, requestId, errors, null);
        this.retryAfter = retryAfter;
    }

    /** @return the wait Gong asked for in {@code Retry-After} (whole seconds), if it sent one */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
