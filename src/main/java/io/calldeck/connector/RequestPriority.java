package io.calldeck.connector;

/**
 * Whose request waits when the rate budget is short. Interactive requests (a person waiting on a page) take
 * the next free slot ahead of background ones (a sync or backfill), and fail fast with a rate-limit error
 * instead of waiting longer than {@code gong.rate-limit.interactive-max-wait-ms}; background requests wait as long
 * as the budget or Gong's {@code Retry-After} says.
 */
public enum RequestPriority {
    /** A person is waiting: go first, never wait long. */
    INTERACTIVE,
    /** Sync, backfill, batch jobs: wait for the budget, however long. */
    BACKGROUND
}
