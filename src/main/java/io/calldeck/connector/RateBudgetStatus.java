package io.calldeck.connector;

import java.time.Instant;

/**
 * A snapshot of the connector's rate budget: what it has used today and whether it is holding requests back.
 *
 * @param perSecond        requests per second it allows itself now (lowered for a minute after a 429)
 * @param configuredPerSecond requests per second configured ({@code gong.rate-limit.per-second})
 * @param perDay           requests per UTC day it allows itself ({@code gong.rate-limit.per-day})
 * @param usedToday        requests sent since 00:00 UTC
 * @param rateLimitedTotal 429 answers received since start
 * @param pausedUntil      no request is sent before this instant (from Gong's last {@code Retry-After}), or {@code null}
 * @param waitingRequests  requests waiting for a slot right now
 * @param failuresTotal    failures of Gong (5xx, connection failures, timeouts, cut bodies) since start
 * @param backoffUntil     no request is sent before this instant (backoff after failures in a row), or {@code null}
 */
public record RateBudgetStatus(int perSecond, int configuredPerSecond, int perDay, int usedToday,
                               long rateLimitedTotal, Instant pausedUntil, int waitingRequests, long failuresTotal,
                               Instant backoffUntil) {

    /** @return requests left today, never negative */
    public int remainingToday() {
        return Math.max(0, perDay - usedToday);
    }
}
