package io.calldeck.sync;

import java.time.Duration;
import java.time.Instant;

/**
 * The sync as the dashboard's progress bar and the health check see it.
 *
 * @param running             whether a run is going on
 * @param runId               the current or last run
 * @param kind                INCREMENTAL or BACKFILL
 * @param startedAt           when the current run started
 * @param pages               pages committed by the current run
 * @param calls               calls committed by the current run
 * @param expectedCalls       calls Gong said the window holds, if known
 * @param callsPerSecond      the current run's rate
 * @param estimatedRemaining  time left at that rate, if it can be told
 * @param lastSuccessAt       when a run last finished its window
 * @param lastError           why the last run failed, or {@code null}
 * @param lastErrorAt         when it failed
 * @param waitingUntil        a run waits for Gong's rate limit until then, or {@code null}
 * @param warnings            reads the current run (or else the last one) went on without, each
 *                            {@code "<endpoint>: <Gong's message>"}
 */
public record SyncProgress(boolean running, Long runId, String kind, Instant startedAt, int pages, int calls,
                           Integer expectedCalls, double callsPerSecond, Duration estimatedRemaining,
                           Instant lastSuccessAt, String lastError, Instant lastErrorAt, Instant waitingUntil,
                           java.util.List<String> warnings) {

    /** Before the sync has been set up (the application is starting). */
    public static final SyncProgress NOT_STARTED = new SyncProgress(false, null, null, null, 0, 0, null, 0, null, null,
            null, null, null, java.util.List.of());

    /** @return 0 to 100: the share of expected calls committed; 0 when not known */
    public int percent() {
        if (expectedCalls == null || expectedCalls <= 0) {
            return running ? 0 : 100;
        }
        return (int) Math.min(100, Math.round(100.0 * calls / expectedCalls));
    }
}
