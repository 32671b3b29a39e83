package io.calldeck.sync;

import io.calldeck.connector.GongCalls;
import io.calldeck.store.StoreGuard;
import io.calldeck.store.StoreMigrations;
import io.calldeck.store.TransactionalSyncStore;
import io.calldeck.store.entity.SyncRunEntity;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Runs the calls sync: first as soon as the application has started, then every
 * {@code calldeck.sync.interval-minutes}, and on demand ("sync now", "refresh now", "backfill from date"). A
 * scheduled run is a refresh (the last {@code calldeck.sync.refresh-days} re-read in full) once
 * {@code calldeck.sync.refresh-interval-minutes} have passed since the last one, when today's rate budget can
 * afford it and still keep a reserve for the dashboard; otherwise it reads the look-back window. Never two runs at
 * once: in this server a flag, across servers the store's lease. A run that waits for Gong's rate limit is
 * resumed when the wait is over.
 */
@ApplicationScoped
public class SyncService {

    private static final Logger LOG = Logger.getLogger(SyncService.class.getName());

    @Inject
    GongCalls gong;

    @Inject
    TransactionalSyncStore store;

    @Inject
    SyncSettings settings;

    @Inject
    StoreMigrations migrations;

    @Inject
    StoreGuard guard;

    @Inject
    jakarta.enterprise.inject.Instance<BackfillStart> backfillStart;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile CallSync sync;
    private volatile ScheduledFuture<?> schedule;
    private volatile ScheduledFuture<?> takeover;

    void started(@Observes @jakarta.annotation.Priority(200) @Initialized(ApplicationScoped.class) Object event) {
        migrations.ensureMigrated();
        SyncSettings effective = settings;
        if (settings.backfillFrom().isEmpty() && store.syncedUntil().isEmpty() && backfillStart.isResolvable()) {
            var earliest = backfillStart.get().earliestCall();
            if (earliest.isPresent()) {
                java.time.LocalDate from = earliest.get().withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDate();
                effective = settings.toBuilder().backfillFrom(from).build();
                LOG.info(() -> "The first backfill reads from " + from + ", the day of the Gong's earliest call");
            }
        }
        sync = new CallSync(GongSource.of(gong), store, effective, Clock.systemUTC(), run -> { }, scheduler, scheduler);
        List<SyncRunEntity> recent = store.recentRuns(20);
        recent.stream().filter(r -> r.getStatus() == SyncRunEntity.Status.SUCCEEDED).findFirst()
                .ifPresent(r -> sync.rememberLastSuccess(r.getFinishedAt().toInstant()));
        recent.stream().findFirst().ifPresent(sync::rememberLastRun);
        if (guard.refusal().isPresent()) {
            return; // StoreGuard has said why, in the log; every page and /health/ready say it too
        }
        if (!settings.enabled()) {
            LOG.info("The scheduled calls sync is off (" + SyncSettings.ENABLED + "=false); runs start on demand only");
            return;
        }
        schedule = scheduler.scheduleWithFixedDelay(this::scheduledRun, settings.initialDelay().toMillis(),
                settings.interval().toMillis(), TimeUnit.MILLISECONDS);
        // Several servers on one store: a run whose server was lost (its lease lapsed) is taken over by another
        // within about half a lease, not at that one's next scheduled run (nor after its own first-run delay).
        long standby = Math.max(1_000, settings.lease().toMillis() / 2);
        takeover = scheduler.scheduleWithFixedDelay(this::takeOverLostRun, standby, standby, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Calls sync scheduled every " + settings.interval().toMinutes() + " minutes, first run in "
                + settings.initialDelay().toSeconds() + " s");
    }

    /**
     * @return whether the scheduled sync will run again: empty when it is not scheduled (off by configuration, or the
     *         store belongs to another Gong); {@code false} when its scheduled task has ended, which only a failure
     *         of the scheduler itself can cause (a run's failure does not end it)
     */
    public java.util.Optional<Boolean> scheduleAlive() {
        ScheduledFuture<?> current = schedule;
        return current == null ? java.util.Optional.empty() : java.util.Optional.of(!current.isDone());
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> current = schedule;
        if (current != null) {
            current.cancel(false);
        }
        ScheduledFuture<?> standby = takeover;
        if (standby != null) {
            standby.cancel(false);
        }
    }

    /**
     * Takes over a run that is still marked running while no server holds the lease (its server was lost): resumes
     * it from its checkpoint here. Nothing happens while its server is alive (it renews the lease) or when no run is
     * unfinished.
     */
    private void takeOverLostRun() {
        try {
            if (running.get() || store.unfinishedRun().filter(r -> r.getStatus() == SyncRunEntity.Status.RUNNING)
                    .isEmpty() || !store.leaseFree(Clock.systemUTC().instant().atOffset(java.time.ZoneOffset.UTC))) {
                return;
            }
            LOG.info("Calls sync takes over a run whose server stopped renewing its lease");
            runNow(SyncRunEntity.Kind.INCREMENTAL, null);
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "Calls sync could not check for a run to take over", e);
        }
    }

    private void scheduledRun() {
        try {
            CallSync current = sync;
            boolean refresh = current != null && current.refreshDue(Instant.now()) && refreshAffordable(current, true);
            runNow(refresh ? SyncRunEntity.Kind.REFRESH : SyncRunEntity.Kind.INCREMENTAL, null);
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again: log it, and the next interval tries again.
            LOG.log(java.util.logging.Level.SEVERE, "The scheduled calls sync failed unexpectedly; it runs again at"
                    + " the next interval", e);
        }
    }

    /**
     * @return whether today's rate budget can pay for a refresh and keep a reserve for the dashboard (a tenth of the
     *         daily budget, at least 100 requests)
     */
    private boolean refreshAffordable(CallSync current, boolean log) {
        var budget = gong.rateBudget();
        long cost = current.refreshCost();
        long reserve = Math.max(100, budget.perDay() / 10);
        boolean affordable = budget.remainingToday() - cost >= reserve;
        if (!affordable && log) {
            LOG.warning(() -> "Calls sync postpones its refresh: it costs about " + cost + " requests and "
                    + budget.remainingToday() + " of today's " + budget.perDay() + " are left (" + reserve
                    + " are kept for the dashboard); it reads the look-back window meanwhile");
        }
        return affordable;
    }

    /**
     * Starts a refresh in the background (the last {@code calldeck.sync.refresh-days} days re-read), unless a run
     * is going on.
     *
     * @return whether a run was started
     * @throws IllegalStateException when today's rate budget cannot afford it (the message says why)
     */
    public boolean refreshNow() {
        CallSync current = sync;
        if (current != null && !refreshAffordable(current, false)) {
            var budget = gong.rateBudget();
            throw new IllegalStateException("A refresh costs about " + current.refreshCost() + " requests; "
                    + budget.remainingToday() + " of today's " + budget.perDay() + " are left");
        }
        return submit(SyncRunEntity.Kind.REFRESH, null);
    }

    /** @return the newest successful refresh, if any: when it ran and what it cost in requests */
    public java.util.Optional<SyncRunEntity> lastRefresh() {
        return store.lastSucceeded(SyncRunEntity.Kind.REFRESH);
    }

    /**
     * Starts an incremental run in the background, unless one is going on.
     *
     * @return whether a run was started
     * @throws IllegalStateException when the store holds another Gong's calls (the message says what to set)
     */
    public boolean syncNow() {
        return submit(SyncRunEntity.Kind.INCREMENTAL, null);
    }

    /**
     * Starts a run reading calls from a date, in the background, unless one is going on.
     *
     * @param from the first day to read (UTC)
     * @return whether a run was started
     * @throws IllegalArgumentException when the date is in the future
     */
    public boolean backfill(LocalDate from) {
        if (from.isAfter(LocalDate.now(Clock.systemUTC()))) {
            throw new IllegalArgumentException("backfill date " + from + " is in the future");
        }
        return submit(SyncRunEntity.Kind.BACKFILL, from);
    }

    private boolean submit(SyncRunEntity.Kind kind, LocalDate from) {
        guard.refusal().ifPresent(why -> {
            throw new IllegalStateException(why);
        });
        if (running.get()) {
            return false;
        }
        scheduler.submit(() -> runNow(kind, from));
        return true;
    }

    private void runNow(SyncRunEntity.Kind kind, LocalDate from) {
        if (sync == null || guard.refusal().isPresent() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            CallSync.Outcome outcome = sync.run(kind, from);
            if (outcome == CallSync.Outcome.WAITING) {
                Instant until = sync.progress().waitingUntil();
                long delay = until == null ? 60_000 : Math.max(1_000, Duration.between(Instant.now(), until).toMillis());
                scheduler.schedule(this::scheduledRun, delay, TimeUnit.MILLISECONDS);
            }
        } finally {
            // This server's own run just ended: what it says about Gong is read again at once, not after the cache.
            reachability.set(null);
            running.set(false);
        }
    }

    /** @return whether a run is going on in this server */
    public boolean isRunning() {
        return running.get();
    }

    /** @return the sync's progress */
    public SyncProgress progress() {
        return sync == null ? SyncProgress.NOT_STARTED : sync.progress();
    }

    /**
     * @return whether the store's last finished run, on whichever server of the store ran it, failed because Gong
     *         could not be reached or failed
     */
    public boolean gongUnreachable() {
        return gongUnreachableSince() != null;
    }

    /** What the run history said about Gong, and when it was read. */
    private record Reachability(Instant readAt, Instant unreachableSince) {
    }

    private final java.util.concurrent.atomic.AtomicReference<Reachability> reachability =
            new java.util.concurrent.atomic.AtomicReference<>();

    /**
     * Read from the store's run history, so that every server sharing the store says the same (at most
     * {@value #REACHABILITY_SECONDS} s old); from this server's own last run when the store cannot be read.
     *
     * @return since when runs have failed to reach Gong (the first such failure in a row, when it ended), or
     *         {@code null} when the last finished run reached it
     */
    public java.time.Instant gongUnreachableSince() {
        Instant now = Instant.now();
        Reachability known = reachability.get();
        if (known == null || known.readAt().isBefore(now.minusSeconds(REACHABILITY_SECONDS))) {
            try {
                known = new Reachability(now, unreachableSinceFromRuns());
            } catch (RuntimeException e) {
                LOG.log(java.util.logging.Level.FINE, "The run history cannot be read; this server's last run says", e);
                return sync == null ? null : sync.unreachableSince();
            }
            reachability.set(known);
        }
        return known.unreachableSince();
    }

    private static final int REACHABILITY_SECONDS = 5;

    /** Newest first over every server's runs: the failures to reach Gong in a row since a run that reached it. */
    private Instant unreachableSinceFromRuns() {
        Instant since = null;
        for (SyncRunEntity run : store.recentRuns(20)) {
            if (run.getStatus() == SyncRunEntity.Status.RUNNING) {
                continue;
            }
            if (run.getStatus() != SyncRunEntity.Status.FAILED || !run.isGongUnreachable()) {
                break;
            }
            since = run.getFinishedAt() == null ? since : run.getFinishedAt().toInstant();
        }
        return since;
    }

    /**
     * @param count most runs
     * @return the latest runs, newest first
     */
    public List<SyncRunEntity> recentRuns(int count) {
        return store.recentRuns(count);
    }

    /** @return the connector's rate budget, for "requests used today" */
    public io.calldeck.connector.RateBudgetStatus budget() {
        return gong.rateBudget();
    }
}
