package io.calldeck.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.Config;

/**
 * Faults the sandbox injects into its Gong API, for tests and demos of how CallDeck copes with a bad Gong
 * day: server errors, bursts of 429, latency, dropped connections, truncated bodies and an expiring cursor.
 * All off by default; set at start with {@code calldeck.sandbox.faults.*} and changed at run time by admins
 * through {@code /sandbox/admin/faults}.
 */
@ApplicationScoped
public class SandboxFaults {

    private final AtomicReference<Settings> settings = new AtomicReference<>(Settings.NONE);
    private final java.util.concurrent.atomic.AtomicInteger dropNext = new java.util.concurrent.atomic.AtomicInteger();
    private final AtomicInteger cursorPages = new AtomicInteger();
    private final AtomicBoolean cursorExpired = new AtomicBoolean();
    /** The cursor refused as expired: Gong refuses an expired cursor every time, not once. */
    private final AtomicReference<String> expiredCursor = new AtomicReference<>();
    private final AtomicLong injected = new AtomicLong();

    /**
     * What to inject. Rates are shares of requests to the Gong API (0 to 1).
     *
     * @param serverErrorRate        share answered 500, 502 or 503
     * @param rateLimitRate          share answered 429 (on top of the real limit)
     * @param retryAfterMinSeconds   shortest {@code Retry-After} of injected 429s
     * @param retryAfterMaxSeconds   longest {@code Retry-After} of injected 429s
     * @param latencyMillis          delay added before every answer
     * @param dropRate               share whose connection is dropped after the request was processed
     * @param truncateRate           share whose body is cut off halfway
     * @param cursorExpiryAfterPages after this many pages fetched with a cursor, the next cursor is refused once
     *                               as expired (0: never)
     */
    public record Settings(double serverErrorRate, double rateLimitRate, int retryAfterMinSeconds,
                           int retryAfterMaxSeconds, int latencyMillis, double dropRate, double truncateRate,
                           int cursorExpiryAfterPages) {

        /** No faults. */
        public static final Settings NONE = new Settings(0, 0, 1, 2, 0, 0, 0, 0);

        /** Checks the ranges. */
        public Settings {
            rate("serverErrorRate", serverErrorRate);
            rate("rateLimitRate", rateLimitRate);
            rate("dropRate", dropRate);
            rate("truncateRate", truncateRate);
            if (retryAfterMinSeconds < 0 || retryAfterMaxSeconds < retryAfterMinSeconds) {
                throw new IllegalArgumentException("retryAfterMinSeconds must be >= 0 and <= retryAfterMaxSeconds");
            }
            if (latencyMillis < 0 || latencyMillis > 60_000) {
                throw new IllegalArgumentException("latencyMillis must be 0 to 60000");
            }
            if (cursorExpiryAfterPages < 0) {
                throw new IllegalArgumentException("cursorExpiryAfterPages must be >= 0");
            }
        }

        private static void rate(String name, double value) {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException(name + " must be between 0 and 1, got " + value);
            }
        }
    }

    /** What to do with one request. */
    public enum Fault {
        /** Nothing. */
        NONE,
        /** Answer 500, 502 or 503. */
        SERVER_ERROR,
        /** Answer 429. */
        RATE_LIMIT,
        /** Process it, then drop the connection before the body. */
        DROP,
        /** Process it, then send half the body. */
        TRUNCATE
    }

    /** For CDI's client proxy only. */
    protected SandboxFaults() {
    }

    /** @param config reads {@code calldeck.sandbox.faults.*} */
    @Inject
    public SandboxFaults(Config config) {
        settings.set(new Settings(
                config.getOptionalValue("calldeck.sandbox.faults.server-error-rate", Double.class).orElse(0.0),
                config.getOptionalValue("calldeck.sandbox.faults.rate-limit-rate", Double.class).orElse(0.0),
                config.getOptionalValue("calldeck.sandbox.faults.retry-after-min-seconds", Integer.class).orElse(1),
                config.getOptionalValue("calldeck.sandbox.faults.retry-after-max-seconds", Integer.class).orElse(2),
                config.getOptionalValue("calldeck.sandbox.faults.latency-ms", Integer.class).orElse(0),
                config.getOptionalValue("calldeck.sandbox.faults.drop-rate", Double.class).orElse(0.0),
                config.getOptionalValue("calldeck.sandbox.faults.truncate-rate", Double.class).orElse(0.0),
                config.getOptionalValue("calldeck.sandbox.faults.cursor-expiry-after-pages", Integer.class).orElse(0)));
    }

    /** @return the current settings */
    public Settings settings() {
        return settings.get();
    }

    /**
     * Replaces the settings and restarts the cursor-expiry count.
     *
     * @param next the new settings
     */
    public void update(Settings next) {
        settings.set(next);
        cursorPages.set(0);
        cursorExpired.set(false);
        expiredCursor.set(null);
    }

    /** @return how many faults were injected since start */
    public long injected() {
        return injected.get();
    }

    /** @return the fault for an arriving request: errors and 429s, decided before it is processed */
    public Fault beforeProcessing() {
        Settings s = settings.get();
        double roll = ThreadLocalRandom.current().nextDouble();
        if (roll < s.serverErrorRate()) {
            injected.incrementAndGet();
            return Fault.SERVER_ERROR;
        }
        if (roll < s.serverErrorRate() + s.rateLimitRate()) {
            injected.incrementAndGet();
            return Fault.RATE_LIMIT;
        }
        return Fault.NONE;
    }

    /**
     * Drops the answers of the next requests, whatever the rates say: the requests are processed, their answers
     * never arrive (a lost response, for testing that a retry does not apply a change twice).
     *
     * @param count how many answers to drop
     */
    public void dropNext(int count) {
        dropNext.addAndGet(count);
    }

    /** @return the fault for a processed request's answer: dropped or truncated */
    public Fault afterProcessing() {
        if (dropNext.get() > 0 && dropNext.getAndDecrement() > 0) {
            injected.incrementAndGet();
            return Fault.DROP;
        }
        Settings s = settings.get();
        double roll = ThreadLocalRandom.current().nextDouble();
        if (roll < s.dropRate()) {
            injected.incrementAndGet();
            return Fault.DROP;
        }
        if (roll < s.dropRate() + s.truncateRate()) {
            injected.incrementAndGet();
            return Fault.TRUNCATE;
        }
        return Fault.NONE;
    }

    /** @return an HTTP status for an injected server error: 500, 502 or 503 */
    public int serverErrorStatus() {
        return new int[] {500, 502, 503}[ThreadLocalRandom.current().nextInt(3)];
    }

    /** @return the {@code Retry-After} seconds of an injected 429 */
    public int retryAfterSeconds() {
        Settings s = settings.get();
        return ThreadLocalRandom.current().nextInt(s.retryAfterMinSeconds(), s.retryAfterMaxSeconds() + 1);
    }

    /**
     * @param cursor the cursor the page request sent
     * @return whether it is to be refused as expired: one cursor per setting, refused from then on every time it
     *         comes again (as when the client never saw the first refusal, its answer dropped or cut on the way)
     */
    public boolean expireCursor(String cursor) {
        if (cursor.equals(expiredCursor.get())) {
            return true;
        }
        int after = settings.get().cursorExpiryAfterPages();
        if (after <= 0) {
            return false;
        }
        if (cursorPages.incrementAndGet() > after && cursorExpired.compareAndSet(false, true)) {
            expiredCursor.set(cursor);
            injected.incrementAndGet();
            return true;
        }
        return false;
    }
}
