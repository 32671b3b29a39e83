package io.calldeck.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The sandbox's "now": the real clock or a pinned instant ({@code calldeck.sandbox.now}), which an admin can move
 * while the server runs ({@code PUT /sandbox/admin/clock}) to let Gong's late publication happen in seconds: calls
 * listed late, comments posted weeks later, transcripts ready hours after a call. Only the sandbox's data follows it;
 * its rate limits, cursors and CallDeck itself keep the real clock. Thread-safe.
 */
public final class SandboxClock extends Clock {

    private final Clock real;
    private volatile Instant pinned;
    private volatile Duration offset = Duration.ZERO;

    /**
     * @param real   the real clock
     * @param pinned the pinned "now", or {@code null} to follow the real clock
     */
    public SandboxClock(Clock real, Instant pinned) {
        this.real = real;
        this.pinned = pinned;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant base = pinned;
        return (base != null ? base : real.instant()).plus(offset);
    }

    /** @return whether the sandbox's time is pinned (it does not move by itself) */
    public boolean isPinned() {
        return pinned != null;
    }

    /**
     * Moves the sandbox's "now": pinned, it becomes {@code now}; following the real clock, it keeps following it
     * that far ahead (or behind).
     *
     * @param now the sandbox's new "now"
     */
    public void set(Instant now) {
        Instant base = pinned;
        if (base != null) {
            pinned = now;
            offset = Duration.ZERO;
        } else {
            offset = Duration.between(real.instant(), now);
        }
    }
}
