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
 * @param allServers       {@code usedToday} and {@code pausedUntil} count every server that shares the credential's
 *                         rate limit ({@link SharedRateLimit}); {@code false}: this server's own, because there is no
 *                         shared limit or it could not be read. The other figures are always this server's.
 */
public record RateBudgetStatus(int perSecond, int configuredPerSecond, int perDay, int usedToday,
                               long rateLimitedTotal, Instant pausedUntil, int waitingRequests, long failuresTotal,
                               Instant backoffUntil, boolean allServers) {

    /** @return requests left today, never negative */
    public int remainingToday() {
        return Math.max(0, perDay - usedToday);
    }

    /**
     * This server's status with the figures of the rate limit it shares with other servers.
     *
     * @param usedTodayByAll requests every server sent with the credential since 00:00 UTC
     * @param pausedForAll   until when every server holds back after a 429, or {@code null}
     * @return the status with the larger of the two counts and the later of the two pauses
     */
    public RateBudgetStatus withSharedLimit(int usedTodayByAll, Instant pausedForAll) {
        Instant paused = pausedUntil == null || pausedForAll != null && pausedForAll.isAfter(pausedUntil)
                ? pausedForAll : pausedUntil;
        return new RateBudgetStatus(perSecond, configuredPerSecond, perDay, Math.max(usedToday, usedTodayByAll),
                rateLimitedTotal, paused, waitingRequests, failuresTotal, backoffUntil, true);
    }
}
