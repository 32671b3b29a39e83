package io.calldeck.dashboard.sync;

import io.calldeck.connector.RateBudgetStatus;
import io.calldeck.dashboard.Formats;
import io.calldeck.dashboard.Messages;
import io.calldeck.dashboard.Viewer;
import io.calldeck.store.CallSearch;
import io.calldeck.store.entity.SyncRunEntity;
import io.calldeck.sync.SyncProgress;
import io.calldeck.sync.SyncService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The Sync page ({@code /sync}): the running sync's progress (polled), requests used today against Gong's daily
 * limit, the last runs with their errors, and, for admins, "sync now" and "backfill from date".
 */
@Named
@ViewScoped
public class SyncView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SyncService sync;

    @Inject
    CallSearch queries;

    @Inject
    Viewer viewer;

    private LocalDate backfillFrom = LocalDate.now().minusDays(90);

    private SyncProgress progress() {
        return sync.progress();
    }

    /** @return whether a run is going on */
    public boolean isRunning() {
        return progress().running();
    }

    /** @return e.g. "INCREMENTAL run 12" */
    public String getRunLabel() {
        SyncProgress p = progress();
        return p.running() ? p.kind() + " run " + p.runId() : "";
    }

    /** @return pages committed by the running run */
    public int getPages() {
        return progress().pages();
    }

    /** @return calls committed by the running run */
    public int getCalls() {
        return progress().calls();
    }

    /** @return calls the window holds, if known */
    public Integer getExpectedCalls() {
        return progress().expectedCalls();
    }

    /** @return when a run last finished its window, in the viewer's zone */
    public String getLastSuccess() {
        return time(progress().lastSuccessAt());
    }

    /** @return the last failure's message */
    public String getLastError() {
        return progress().lastError();
    }

    /** @return reads the current (or last) run went on without, each "endpoint: Gong's message" */
    public List<String> getWarnings() {
        return progress().warnings();
    }

    /** @return until when the sync waits for Gong's rate limit, in the viewer's zone */
    public String getWaitingUntil() {
        return time(progress().waitingUntil());
    }

    private String time(java.time.Instant instant) {
        return instant == null ? "" : viewer.time(instant.atOffset(java.time.ZoneOffset.UTC));
    }

    /** @return 0 to 100 */
    public int getPercent() {
        return progress().percent();
    }

    /** @return time left at the current rate, or empty */
    public String getRemaining() {
        Duration left = sync.progress().estimatedRemaining();
        return left == null ? "" : Formats.duration(left.toSeconds());
    }

    /** @return requests sent to Gong today (UTC), by every server when {@link #isBudgetOfAllServers()} */
    public int getUsedToday() {
        return sync.budget().usedToday();
    }

    /** @return whether the day's count is every server's (a rate limit shared on PostgreSQL), not only this one's */
    public boolean isBudgetOfAllServers() {
        return sync.budget().allServers();
    }

    /** @return the daily limit */
    public int getPerDay() {
        return sync.budget().perDay();
    }

    /** @return requests per second allowed now, and configured */
    public String getPerSecond() {
        RateBudgetStatus budget = sync.budget();
        return budget.perSecond() + (budget.perSecond() == budget.configuredPerSecond() ? ""
                : " (lowered after a 429; configured " + budget.configuredPerSecond() + ")");
    }

    /** @return 429 answers received from Gong since start */
    public long getRateLimited() {
        return sync.budget().rateLimitedTotal();
    }

    /** @return until when no request is sent (Gong's Retry-After), in the viewer's zone */
    public String getPausedUntil() {
        return time(sync.budget().pausedUntil());
    }

    /** @return 5xx answers, connection failures and timeouts of Gong since start */
    public long getFailures() {
        return sync.budget().failuresTotal();
    }

    /** @return until when no request is sent (backoff after Gong's failures), in the viewer's zone */
    public String getBackoffUntil() {
        return time(sync.budget().backoffUntil());
    }

    /** @return requests used today as a share of the daily limit, 0 to 100 */
    public int getBudgetPercent() {
        RateBudgetStatus budget = sync.budget();
        return (int) Math.min(100, Math.round(100.0 * budget.usedToday() / Math.max(1, budget.perDay())));
    }

    /** @return the latest runs */
    public List<SyncRunEntity> getRuns() {
        return sync.recentRuns(20);
    }

    /** @return how many calls the store holds */
    public long getCallsStored() {
        return queries.callCount();
    }

    /** Starts an incremental run (admins). */
    public void syncNow() {
        viewer.requireAdmin();
        start(sync::syncNow, "Sync started");
    }

    /** Starts a refresh: the last refresh-days re-read in full (admins). */
    public void refreshNow() {
        viewer.requireAdmin();
        start(sync::refreshNow, "Refresh started");
    }

    /** @return when the last refresh finished and what it cost, e.g. "2026-11-20 03:15 · 12 requests", or "never" */
    public String getLastRefresh() {
        return sync.lastRefresh().map(r -> viewer.time(r.getFinishedAt()) + " · " + r.getRequests() + " requests, "
                + r.getCalls() + " calls re-read").orElse("never");
    }

    /** Starts a backfill from the chosen date (admins). */
    public void backfill() {
        viewer.requireAdmin();
        start(() -> sync.backfill(backfillFrom), "Backfill from " + backfillFrom + " started");
    }

    /**
     * Starts a run and says how it went: started, already running, or refused (a date in the future, the store
     * holding another Gong's calls, not enough of today's budget for a refresh), with the reason.
     */
    private static void start(java.util.function.BooleanSupplier run, String text) {
        try {
            message(run.getAsBoolean(), text);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            Messages.error("The sync did not start", refused.getMessage());
        }
    }

    private static void message(boolean started, String text) {
        if (started) {
            Messages.info(text, null);
        } else {
            Messages.warn("A sync is already running", "Wait for it to finish.");
        }
    }

    /** @return the backfill's first day */
    public LocalDate getBackfillFrom() {
        return backfillFrom;
    }

    /** @param value the backfill's first day */
    public void setBackfillFrom(LocalDate value) {
        backfillFrom = value;
    }
}
