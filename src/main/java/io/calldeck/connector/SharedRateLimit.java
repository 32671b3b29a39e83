package io.calldeck.connector;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Gong's rate limit shared with the other processes that send with the same Gong credential: Gong counts the company's
 * requests, whichever server sends them. An application that runs several servers supplies one as a CDI bean (CallDeck
 * does, on its PostgreSQL store); the connector then asks it for every request, after its own in-process
 * {@code gong.rate-limit.*} budget (which still orders this process's requests, interactive ones first, and keeps the
 * backoff after failures). Without such a bean the in-process budget is the whole budget.
 *
 * <p>As in the in-process budget, a request holds its place in the shared one-second window until it is answered:
 * Gong counts a request when it arrives, which is some time after it left and before its answer came back, so a
 * window counted from when requests left lets a late request arrive within a second of three others.
 *
 * <p>Implementations must be thread-safe. The connector calls {@link #acquire} on the thread that then sends the
 * request, ends the {@link Place} it got exactly once, and calls {@link #pause} after each 429.
 */
public interface SharedRateLimit {

    /**
     * Waits until the shared budget lets one more request go, and takes its place.
     *
     * @param priority {@link RequestPriority#INTERACTIVE} requests go ahead of background ones waiting in any process
     * @param maxWait  the longest the caller may wait; {@code null} for no bound
     * @return the request's place, to end with {@link Place#answered()}, {@link Place#released()} or
     *         {@link Place#cancel()}
     * @throws WaitTooLongException when the place is further away than {@code maxWait} (nothing is taken)
     * @throws InterruptedException when the thread is interrupted while it waits (nothing is taken)
     */
    Place acquire(RequestPriority priority, Duration maxWait) throws WaitTooLongException, InterruptedException;

    /**
     * One request's place in the shared window. Until it is ended it counts as arriving at Gong now; a place whose
     * process died before ending it stops counting once the longest request the implementation allows for is over.
     * Ending a place never throws: an implementation that cannot record the end logs it, and the place then counts
     * until that bound.
     */
    interface Place {

        /** @return how long {@link #acquire} waited for this place */
        Duration waited();

        /** The request was answered, or failed: its place counts from now (the latest moment Gong can have counted it). */
        void answered();

        /**
         * The request reached Gong and goes on long after Gong counted it (a recording upload, whose body streams for
         * minutes): its place counts from when it was taken.
         */
        void released();

        /** Nothing was sent: the place is given back. */
        void cancel();
    }

    /**
     * Gong answered 429: holds back every process's requests until {@code until}.
     *
     * @param until when Gong's {@code Retry-After} has passed (UTC)
     */
    void pause(Instant until);

    /** @return until when every process holds back because of a 429, if a pause is on */
    Optional<Instant> pausedUntil();

    /**
     * For status pages and metrics: what the whole company used of the daily limit.
     *
     * @return requests every process sharing the limit sent since 00:00 UTC, or empty when the implementation does not
     *         count them (the connector then shows its own process's count)
     * @throws RuntimeException when the store behind the limit cannot be read
     */
    default OptionalInt usedToday() {
        return OptionalInt.empty();
    }

    /** The shared budget has no place within the caller's bound. */
    final class WaitTooLongException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Duration wait;

        /**
         * @param wait   how long the caller would have had to wait
         * @param reason why, for people (the shared per-second or daily budget, or a pause after a 429)
         */
        public WaitTooLongException(Duration wait, String reason) {
            super(reason);
            this.wait = wait;
        }

        /** @return how long the caller would have had to wait */
        public Duration waitNeeded() {
            return wait;
        }
    }
}
