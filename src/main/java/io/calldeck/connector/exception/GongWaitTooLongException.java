package io.calldeck.connector.exception;

import java.time.Duration;
import java.util.List;

/**
 * The connector did not send an interactive request: before it could, it would have had to wait longer than
 * {@code gong.rate-limit.interactive-max-wait-ms} for Gong's rate limit ({@code Retry-After}, the per-second or
 * daily budget). {@link #status()} is 429, {@link #requestId()} is empty (nothing reached Gong) and
 * {@link #retryAfter()} says when to try again. Never retried automatically. (A wait for the backoff after Gong's
 * failures is {@link GongBackingOffException}: Gong failing is not a rate limit.)
 */
public class GongWaitTooLongException extends GongRateLimitException {

    private static final long serialVersionUID = 1L;

    /**
     * @param endpoint   method and path template of the request not sent
     * @param reason     why it would have had to wait
     * @param retryAfter how long, rounded up to whole seconds
     */
    public GongWaitTooLongException(String endpoint, String reason, Duration retryAfter) {
        super(endpoint, null, List.of("Gong rate limit reached, retry after " + retryAfter.toSeconds() + " s ("
                + reason + ")"), retryAfter);
    }
}
