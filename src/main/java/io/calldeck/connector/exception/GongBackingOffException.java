package io.calldeck.connector.exception;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The connector did not send an interactive request because Gong has been failing (5xx, connection failures,
 * timeouts) and the backoff before the next request is longer than {@code gong.rate-limit.interactive-max-wait-ms}.
 * Not a rate limit: Gong did not ask to wait, it failed. {@link #status()} is 503 ("unavailable"; no status came from
 * Gong), {@link #requestId()} is empty (nothing reached Gong) and {@link #retryAfter()} says when the backoff ends.
 * Never retried automatically.
 */
public class GongBackingOffException extends GongException {

    private static final long serialVersionUID = 1L;
    private final transient Duration retryAfter;

    /**
     * @param endpoint   method and path template of the request not sent
     * @param reason     the backoff, as the rate budget describes it
     * @param retryAfter how long until the backoff ends, rounded up to whole seconds
     */
    public GongBackingOffException(String endpoint, String reason, Duration retryAfter) {
        super(endpoint, 503, null, List.of("Gong is failing, retry after " + retryAfter.toSeconds() + " s (" + reason
                + ")"), null);
        this.retryAfter = retryAfter;
    }

    /** @return how long until the connector sends again */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
