package io.calldeck.connector.internal;

import io.calldeck.connector.RateBudgetStatus;
import io.calldeck.connector.RequestPriority;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The client-side budget every request to Gong passes before it is sent: at most N requests in any window of
 * one second (plus a small margin for network jitter), at most M per UTC day, none before a {@code Retry-After}
 * has passed, and interactive requests ahead of background ones.
 *
 * <p>Gong counts a request when it arrives, and the connector cannot see when that is: some time after the request
 * left, and before Gong's answer came back. On a cold start that time is long (the first connection, the first
 * TLS handshake, the first request a server dispatches), and a window counted from when requests left lets the
 * fourth request of a second arrive within a second of the first. So a request holds its place in the window
 * until it is answered: the window is counted from the answer, the latest moment Gong can have counted it, and a
 * request still in flight counts as arriving now. Only a recording upload, whose body streams for minutes after
 * Gong has counted its headers, counts from when it left ({@link #released()}).
 *
 * <p>Gong sends no rate-limit headers, so the connector keeps its own count. A 429 means the budget's picture of
 * Gong's window was off: it widens its jitter margin (by 50 ms, up to 300 ms) and, when 429s repeat within a
 * minute, lowers the per-second rate by a third for a minute. When Gong fails (5xx, connection failure,
 * timeout), nothing is sent for a backoff that doubles with each failure in a row, from the initial backoff up
 * to the maximum, with "equal jitter" (a random half of it), so that retries of every caller spread out instead of
 * hammering a struggling Gong; the first success ends it. Waiting uses {@link Condition#awaitNanos(long)}; a waiting
 * interactive request whose wait would exceed its bound fails at once with {@link BudgetExceededException}.
 *
 * <p>Thread-safe; one instance per Gong credential and application.
 */
public final class RateBudget {

    /** How long the per-second rate stays lowered after repeated 429s. */
    static final Duration SLOWDOWN = Duration.ofMinutes(1);
    /** The widest jitter margin 429s can push the window to. */
    static final Duration MAX_MARGIN = Duration.ofMillis(300);

    private final int configuredPerSecond;
    private final int perDay;
    private final Duration baseMargin;
    private Duration margin;
    private Instant lastRateLimited = Instant.MIN;
    private final Clock clock;
    private final Sleeper sleeper;

    /**
     * How a caller waits for a slot: on the budget's condition, for at most the given time; signalled when the budget
     * changes. Tests give a sleeper that moves a fake clock instead of waiting.
     */
    @FunctionalInterface
    public interface Sleeper {
        /** Waits on the condition ({@link Condition#awaitNanos(long)}). */
        Sleeper CONDITION = Condition::awaitNanos;

        /**
         * @param changed the budget's condition, whose lock the caller holds
         * @param nanos   the longest wait
         * @throws InterruptedException when the waiting thread is interrupted
         */
        void await(Condition changed, long nanos) throws InterruptedException;
    }
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Condition changed = lock.newCondition();
    /** The last requests' places in the window, oldest first. */
    private final Deque<Slot> recentSends = new ArrayDeque<>();
    /** The slot the current thread took and whose request is not answered yet. */
    private final ThreadLocal<Slot> unsent = new ThreadLocal<>();

    /**
     * One request's place in the window: while it is in flight, Gong may count it at any moment, so it counts as
     * now; once answered, it counts from the answer.
     */
    private static final class Slot {
        private Instant at;
        private boolean inFlight = true;

        Slot(Instant at) {
            this.at = at;
        }

        Instant countedAt(Instant now) {
            return inFlight ? now : at;
        }
    }

    private LocalDate day;
    private int usedToday;
    private long rateLimitedTotal;
    private Instant pausedUntil = Instant.MIN;
    private Instant slowedUntil = Instant.MIN;
    private int interactiveWaiting;
    private int waiting;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private int failuresInARow;
    private long failuresTotal;
    private Instant backoffUntil = Instant.MIN;

    /**
     * @param perSecond requests allowed in any one-second window
     * @param perDay    requests allowed per UTC day
     * @param margin    added to the one-second window to absorb jitter between here and Gong
     * @param clock     the clock (UTC)
     */
    public RateBudget(int perSecond, int perDay, Duration margin, Clock clock) {
        this(perSecond, perDay, margin, Duration.ofMillis(500), Duration.ofSeconds(30), clock);
    }

    /**
     * @param perSecond      requests allowed in any one-second window
     * @param perDay         requests allowed per UTC day
     * @param margin         added to the one-second window to absorb jitter between here and Gong
     * @param initialBackoff the backoff after Gong's first failure in a row
     * @param maxBackoff     the longest backoff
     * @param clock          the clock (UTC)
     */
    public RateBudget(int perSecond, int perDay, Duration margin, Duration initialBackoff, Duration maxBackoff,
                      Clock clock) {
        this(perSecond, perDay, margin, initialBackoff, maxBackoff, clock, Sleeper.CONDITION);
    }

    /**
     * @param perSecond      requests allowed in any one-second window
     * @param perDay         requests allowed per UTC day
     * @param margin         added to the one-second window to absorb jitter between here and Gong
     * @param initialBackoff the backoff after Gong's first failure in a row
     * @param maxBackoff     the longest backoff
     * @param clock          the clock (UTC)
     * @param sleeper        how callers wait ({@link Sleeper#CONDITION}; tests pass one that moves a fake clock)
     */
    public RateBudget(int perSecond, int perDay, Duration margin, Duration initialBackoff, Duration maxBackoff,
                      Clock clock, Sleeper sleeper) {
        this.sleeper = sleeper;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        if (perSecond < 1 || perDay < 1) {
            throw new IllegalArgumentException("rate limits must be positive: " + perSecond + "/s, " + perDay + "/day");
        }
        this.configuredPerSecond = perSecond;
        this.perDay = perDay;
        this.baseMargin = margin;
        this.margin = margin;
        this.clock = clock;
        this.day = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /**
     * Waits for a slot and takes it: on return the caller may send one request.
     *
     * @param priority who is asking
     * @param maxWait  the longest the caller may wait; {@code null} for no bound
     * @throws BudgetExceededException when the slot is further away than {@code maxWait} (nothing is taken)
     * @throws InterruptedException    when the waiting thread is interrupted (nothing is taken)
     */
    public void acquire(RequestPriority priority, Duration maxWait)
            throws BudgetExceededException, InterruptedException {
        boolean interactive = priority == RequestPriority.INTERACTIVE;
        lock.lockInterruptibly();
        try {
            waiting++;
            if (interactive) {
                interactiveWaiting++;
            }
            Instant deadline = maxWait == null ? null : clock.instant().plus(maxWait);
            while (true) {
                Instant now = clock.instant();
                rollDay(now);
                Instant slot = nextSlot(now);
                boolean yieldToInteractive = !interactive && interactiveWaiting > 0;
                if (!slot.isAfter(now) && !yieldToInteractive) {
                    take(now);
                    return;
                }
                if (deadline != null && slot.isAfter(deadline)) {
                    throw new BudgetExceededException(Duration.between(now, slot), reason(now),
                            backoffUntil.isAfter(now) && !pausedUntil.isAfter(now));
                }
                long nanos = yieldToInteractive && !slot.isAfter(now)
                        ? TimeUnit.MILLISECONDS.toNanos(50)
                        : Duration.between(now, slot).toNanos();
                sleeper.await(changed, Math.max(nanos, 1));
            }
        } finally {
            waiting--;
            if (interactive) {
                interactiveWaiting--;
            }
            changed.signalAll();
            lock.unlock();
        }
    }

    /**
     * Tells the budget that the request of the slot this thread took is leaving now. Matters only for a request
     * that is {@linkplain #released() released} rather than answered (an upload): its place in the window is then
     * when it left. Called by the transport's request filter and body writer; without a slot taken on this thread,
     * does nothing.
     */
    public void sending() {
        Slot slot = unsent.get();
        if (slot == null) {
            return;
        }
        lock.lock();
        try {
            Instant now = clock.instant();
            if (now.isAfter(slot.at)) {
                slot.at = now;
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * The request of this thread's slot got its answer (any status) or failed: from now on it counts in the window
     * from this moment, the latest Gong can have counted it. Without a slot taken on this thread, does nothing.
     */
    public void answered() {
        endSlot(slot -> {
            slot.at = clock.instant();
            slot.inFlight = false;
        });
    }

    /** Ends this thread's slot, if it has one: applies the change under the lock and wakes the waiting callers. */
    private void endSlot(java.util.function.Consumer<Slot> change) {
        Slot slot = unsent.get();
        if (slot == null) {
            return;
        }
        unsent.remove();
        lock.lock();
        try {
            change.accept(slot);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The place this thread took in {@link #acquire} goes unused (a limit shared with other processes refused it):
     * it leaves the window and today's count, as if it had never been taken.
     */
    public void cancel() {
        endSlot(slot -> {
            if (recentSends.remove(slot)) {
                usedToday = Math.max(0, usedToday - 1);
            }
        });
    }

    /**
     * The request of this thread's slot has reached Gong, though its exchange goes on (a recording streaming after
     * its headers): it counts from when it left ({@link #sending()}), not from its answer, so that an upload of
     * minutes does not hold a place in the window all that time.
     */
    public void released() {
        endSlot(slot -> slot.inFlight = false);
    }

    /**
     * Records Gong's 429: nothing is sent before {@code now + retryAfter}, the window's margin widens, and a
     * second 429 within {@link #SLOWDOWN} lowers the per-second rate for that long.
     *
     * @param retryAfter Gong's {@code Retry-After}; {@code null} means one second
     */
    public void rateLimited(Duration retryAfter) {
        lock.lock();
        try {
            Instant now = clock.instant();
            Instant until = now.plus(retryAfter == null ? Duration.ofSeconds(1) : retryAfter);
            if (until.isAfter(pausedUntil)) {
                pausedUntil = until;
            }
            Duration wider = margin.plusMillis(50);
            margin = wider.compareTo(MAX_MARGIN) > 0 ? MAX_MARGIN : wider;
            if (lastRateLimited.isAfter(now.minus(SLOWDOWN))) {
                slowedUntil = until.plus(SLOWDOWN);
            }
            lastRateLimited = now;
            rateLimitedTotal++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Records that Gong failed (5xx, connection failure, timeout, cut body): nothing is sent before a backoff of
     * {@code min(max, initial × 2^(failures in a row − 1))}, of which a random half is jitter.
     *
     * @return the backoff chosen
     */
    public Duration failed() {
        lock.lock();
        try {
            failuresInARow++;
            failuresTotal++;
            long ceiling = initialBackoff.toMillis() << Math.min(failuresInARow - 1, 30);
            long full = Math.min(maxBackoff.toMillis(), ceiling <= 0 ? Long.MAX_VALUE : ceiling);
            long millis = full / 2 + java.util.concurrent.ThreadLocalRandom.current().nextLong(full / 2 + 1);
            Instant until = clock.instant().plusMillis(millis);
            if (until.isAfter(backoffUntil)) {
                backoffUntil = until;
            }
            changed.signalAll();
            return Duration.ofMillis(millis);
        } finally {
            lock.unlock();
        }
    }

    /** Records that Gong answered (any status but 5xx): the backoff after failures ends. */
    public void succeeded() {
        lock.lock();
        try {
            if (failuresInARow > 0) {
                failuresInARow = 0;
                backoffUntil = Instant.MIN;
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Wakes every waiting caller to look at the clock again (tests that move a fake clock call it). */
    void wakeUp() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** @return failures of Gong recorded since start */
    public long failuresTotal() {
        lock.lock();
        try {
            return failuresTotal;
        } finally {
            lock.unlock();
        }
    }

    /** @return the budget's state now */
    public RateBudgetStatus status() {
        lock.lock();
        try {
            Instant now = clock.instant();
            rollDay(now);
            return new RateBudgetStatus(currentPerSecond(now), configuredPerSecond, perDay, usedToday,
                    rateLimitedTotal, pausedUntil.isAfter(now) ? pausedUntil : null, waiting, failuresTotal,
                    backoffUntil.isAfter(now) ? backoffUntil : null, false);
        } finally {
            lock.unlock();
        }
    }

    private void take(Instant now) {
        Slot previous = unsent.get();
        if (previous != null) {
            // One thread sends one request at a time: its earlier request is over, answered or abandoned.
            previous.at = now;
            previous.inFlight = false;
        }
        Slot slot = new Slot(now);
        unsent.set(slot);
        // Slots that can no longer fall into a window go; those in flight stay however old they are.
        Instant forgotten = now.minus(Duration.ofSeconds(1)).minus(MAX_MARGIN);
        recentSends.removeIf(old -> !old.inFlight && old.at.isBefore(forgotten));
        recentSends.addLast(slot);
        usedToday++;
    }

    private Instant nextSlot(Instant now) {
        Instant slot = now;
        if (pausedUntil.isAfter(slot)) {
            slot = pausedUntil;
        }
        if (backoffUntil.isAfter(slot)) {
            slot = backoffUntil;
        }
        int perSecond = currentPerSecond(now);
        if (recentSends.size() >= perSecond) {
            Instant nthLast = recentSends.stream().map(sent -> sent.countedAt(now))
                    .sorted(java.util.Comparator.reverseOrder()).skip(perSecond - 1L).findFirst().orElseThrow();
            Instant windowFree = nthLast.plus(Duration.ofSeconds(1)).plus(margin);
            if (windowFree.isAfter(slot)) {
                slot = windowFree;
            }
        }
        if (usedToday >= perDay) {
            Instant tomorrow = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            if (tomorrow.isAfter(slot)) {
                slot = tomorrow;
            }
        }
        return slot;
    }

    private int currentPerSecond(Instant now) {
        return now.isBefore(slowedUntil) ? Math.max(1, configuredPerSecond * 2 / 3) : configuredPerSecond;
    }

    private String reason(Instant now) {
        if (pausedUntil.isAfter(now)) {
            return "Gong asked to wait (Retry-After)";
        }
        if (backoffUntil.isAfter(now)) {
            return "Gong failed " + failuresInARow + " time(s) in a row; backing off";
        }
        if (usedToday >= perDay) {
            return "the daily budget of " + perDay + " requests is spent";
        }
        return "the budget of " + currentPerSecond(now) + " requests per second is in use";
    }

    private void rollDay(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (!today.equals(day)) {
            day = today;
            usedToday = 0;
        }
    }

    /** The budget has no slot within the caller's bound; nothing was sent. */
    public static final class BudgetExceededException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Duration wait;
        private final boolean backingOff;

        BudgetExceededException(Duration wait, String reason, boolean backingOff) {
            super(reason);
            this.wait = wait;
            this.backingOff = backingOff;
        }

        /** @return whether the wait is a backoff after Gong's failures (else Gong's or the budget's rate limit) */
        public boolean backingOff() {
            return backingOff;
        }

        /** @return how long the caller would have had to wait */
        public Duration waitNeeded() {
            return wait;
        }
    }
}
