package io.calldeck.sandbox.api;

import io.calldeck.sandbox.SandboxSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gong's limits per credential: at most N requests in any one-second window and M per UTC day; beyond them
 * a request is refused with the seconds to wait (what the sandbox sends as {@code Retry-After}). Refused
 * requests do not count. Also counts what it saw, for tests and the admin endpoint.
 */
@ApplicationScoped
public class SandboxLimiter {

    private Clock clock;
    private volatile int perSecond;
    private volatile int perDay;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private static final class Window {
        final Deque<Instant> recent = new ArrayDeque<>();
        LocalDate day;
        int today;
        long rejected;
        Instant retryAfterUntil = Instant.MIN;
        long early;
    }

    /** For CDI's client proxy only. */
    protected SandboxLimiter() {
    }

    /**
     * Gong's limits as the sandbox is configured: {@code calldeck.sandbox.rate-limit.*}. The window always uses
     * the real clock, even when the sandbox's data clock is pinned.
     *
     * @param settings the sandbox's settings
     */
    @Inject
    public SandboxLimiter(SandboxSettings settings) {
        this(Clock.systemUTC(), settings.ratePerSecond(), settings.ratePerDay());
    }

    SandboxLimiter(Clock clock, int perSecond, int perDay) {
        this.clock = clock;
        this.perSecond = perSecond;
        this.perDay = perDay;
    }

    public void limits(int newPerSecond, int newPerDay) {
        this.perSecond = newPerSecond;
        this.perDay = newPerDay;
    }

    public int perSecond() {
        return perSecond;
    }

    public int perDay() {
        return perDay;
    }

    /**
     * @param credential who is asking (the credential's access key)
     * @return {@code null} when the request may proceed, else how long to wait
     */
    public Duration admit(String credential) {
        return admit(credential, null);
    }

    /**
     * @param credential who is asking
     * @param arrived    when the request reached the server, or {@code null} for now
     * @return {@code null} when the request may proceed, else how long to wait
     */
    public Duration admit(String credential, Instant arrived) {
        Window window = windows.computeIfAbsent(credential, c -> new Window());
        synchronized (window) {
            Instant now = arrived != null ? arrived : Instant.now(clock);
            if (now.isBefore(window.retryAfterUntil)) {
                window.early++;
            }
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            if (!today.equals(window.day)) {
                window.day = today;
                window.today = 0;
            }
            if (window.today >= perDay) {
                window.rejected++;
                return Duration.between(now, today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            Instant windowStart = now.minusSeconds(1);
            while (!window.recent.isEmpty() && !window.recent.peekFirst().isAfter(windowStart)) {
                window.recent.removeFirst();
            }
            if (window.recent.size() >= perSecond) {
                window.rejected++;
                return Duration.between(now, window.recent.peekFirst().plusSeconds(1));
            }
            window.recent.addLast(now);
            window.today++;
            return null;
        }
    }

    /**
     * Records that a 429 with {@code Retry-After} was sent to a credential, refused by the limit or injected as a
     * fault: a request of that credential arriving before it has passed counts as early.
     *
     * @param credential who was answered
     * @param retryAfter the {@code Retry-After} sent
     */
    public void toldToWait(String credential, Duration retryAfter) {
        Window window = windows.computeIfAbsent(credential, c -> new Window());
        synchronized (window) {
            Instant until = Instant.now(clock).plus(retryAfter);
            if (until.isAfter(window.retryAfterUntil)) {
                window.retryAfterUntil = until;
            }
        }
    }

    /**
     * @return requests that arrived before the {@code Retry-After} their credential had been given had passed,
     *         over all credentials (a well-behaved client has none)
     */
    public long early() {
        return windows.values().stream().mapToLong(w -> {
            synchronized (w) {
                return w.early;
            }
        }).sum();
    }

    /**
     * @return per credential (its access key), the requests rejected with 429 by the limit since start; only
     *         credentials that had any
     */
    public Map<String, Long> rejectedByCredential() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        windows.forEach((credential, w) -> {
            synchronized (w) {
                if (w.rejected > 0) {
                    counts.put(credential, w.rejected);
                }
            }
        });
        return counts;
    }

    /** @return requests rejected with 429 by the limit since start, over all credentials */
    public long rejected() {
        return windows.values().stream().mapToLong(w -> {
            synchronized (w) {
                return w.rejected;
            }
        }).sum();
    }

    /** @return requests admitted today, over all credentials */
    public long admittedToday() {
        return windows.values().stream().mapToLong(w -> {
            synchronized (w) {
                return w.today;
            }
        }).sum();
    }

    /** Forgets all counts (a fresh day, no recent requests). */
    public void reset() {
        windows.clear();
    }
}
