package io.calldeck.sync;

import io.calldeck.connector.exception.GongAuthenticationException;
import io.calldeck.connector.exception.GongCursorExpiredException;
import io.calldeck.connector.exception.GongException;
import io.calldeck.connector.exception.GongPermissionException;
import io.calldeck.connector.exception.GongConnectionException;
import io.calldeck.connector.exception.GongServerException;
import io.calldeck.connector.exception.GongRateLimitException;
import io.calldeck.connector.model.CallTranscript;
import io.calldeck.connector.model.CallsFilter;
import io.calldeck.connector.model.ContentSelector;
import io.calldeck.connector.model.ContextLevel;
import io.calldeck.connector.model.ExtensiveCallsPage;
import io.calldeck.connector.model.TranscriptsPage;
import io.calldeck.store.SyncStore;
import io.calldeck.store.entity.SyncRunEntity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One run of the calls sync: reads {@code POST /v2/calls/extensive} page by page into the store, committing each
 * page together with the run's checkpoint.
 *
 * <ul>
 * <li>Incremental: the window starts the look-back period before the end of the last successful run's window
 * (Gong publishes calls late and out of order); the first run backfills from {@code calldeck.sync.backfill-*}.</li>
 * <li>Refresh: re-reads the last {@code calldeck.sync.refresh-days} days in full, because Gong adds comments,
 * trackers and topics to older calls after the look-back has passed them; a re-read call replaces what changed,
 * and a comment Gong no longer returns is removed.</li>
 * <li>Resumable: a run that did not finish (its server stopped, it failed, it waited for the rate limit) is taken
 * up again from its checkpoint, with its cursor when Gong still accepts it.</li>
 * <li>An expired cursor restarts the listing from the last committed call: nothing is skipped, since Gong lists
 * oldest first, and calls read twice are upserted, never doubled.</li>
 * <li>One run at a time, across servers: the store's lease ({@code calldeck.sync.lease-seconds}). The run renews
 * it every quarter of its length from a heartbeat of its own, so it holds while the run waits (for the rate budget,
 * a {@code Retry-After}, a retry's backoff) however long that is; a run that finds its lease taken (its server was
 * thought dead) stops at once, commits nothing more and leaves the run to the server that holds it.</li>
 * </ul>
 */
public final class CallSync {

    private static final Logger LOG = Logger.getLogger(CallSync.class.getName());

    /** What the sync reads of each call: what the dashboard shows. */
    public static final ContentSelector SELECTOR = ContentSelector.builder().context(ContextLevel.EXTENDED)
            .parties().speakers().personInteractionStats().questions().topics().trackers().brief().keyPoints()
            .callOutcome().publicComments().build();

    /** Rate-limit waits up to this long are waited out inside the run; longer ones end it as WAITING. */
    static final Duration LONGEST_WAIT_IN_RUN = Duration.ofMinutes(15);
    /** Transcripts requested per call of {@code /v2/calls/transcript}. */
    static final int TRANSCRIPT_BATCH = 100;

    /** How a run ended. */
    public enum Outcome {
        /** Read its whole window. */
        SUCCEEDED,
        /** Failed; the next run resumes it. */
        FAILED,
        /** Gong's rate limit asked for a long wait; resumed later. */
        WAITING,
        /** Another server holds the lease. */
        LOCKED,
        /** Another server took the lease while the run was going on (this one was thought dead); it goes on there. */
        LEASE_LOST
    }

    /** The lease was taken by another server while this run held it: the run stops and records nothing more. */
    static final class LeaseLostException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LeaseLostException(String node) {
            super("the sync lease was taken by another server while " + node + " held it");
        }
    }

    /** Called after every committed page; tests use it to stop a run where they want. */
    @FunctionalInterface
    public interface PageObserver {
        /**
         * @param run the run, after the page was committed
         */
        void committed(SyncRunEntity run);
    }

    private final GongSource gong;
    private final SyncStore store;
    private final SyncSettings settings;
    private final Clock clock;
    private final PageObserver observer;
    private final Executor prefetch;
    private final java.util.concurrent.ScheduledExecutorService heartbeat;
    private volatile boolean leaseLost;

    private volatile Live live;
    private volatile Instant lastSuccessAt;
    private volatile String lastError;
    private volatile boolean gongUnreachable;
    private volatile Instant unreachableSince;
    private volatile Instant lastErrorAt;
    private volatile Instant waitingUntil;

    private volatile List<String> lastWarnings = List.of();

    private record Live(long runId, String kind, Instant startedAt, int pages, int calls, Integer expected,
                        int callsAtStart, List<String> warnings) {
    }

    /**
     * @param gong     Gong (in the server: the connector with background priority)
     * @param store    where the calls go
     * @param settings the sync's settings
     * @param clock    the clock (UTC)
     * @param observer told after each committed page
     */
    public CallSync(GongSource gong, SyncStore store, SyncSettings settings, Clock clock, PageObserver observer) {
        this(gong, store, settings, clock, observer, Runnable::run);
    }

    /**
     * A sync that asks Gong for the next page while it commits the current one, so that at Gong's rate the
     * database's time hides behind the rate limit's instead of adding to it. A page asked for ahead is only used
     * after the current one is committed; when the run fails or stops, it is dropped and the checkpoint, which
     * names its cursor, asks for it again.
     *
     * @param gong     Gong (in the server: the connector with background priority)
     * @param store    where the calls go
     * @param settings the sync's settings
     * @param clock    the clock (UTC)
     * @param observer told after each committed page
     * @param prefetch runs the request for the next page ({@code Runnable::run}: no overlap)
     */
    public CallSync(GongSource gong, SyncStore store, SyncSettings settings, Clock clock, PageObserver observer,
                    Executor prefetch) {
        this(gong, store, settings, clock, observer, prefetch, null);
    }

    /**
     * As {@link #CallSync(GongSource, SyncStore, SyncSettings, Clock, PageObserver, Executor)}, with the lease renewed
     * by a heartbeat while a run goes on, also while it waits.
     *
     * @param gong      Gong (in the server: the connector with background priority)
     * @param store     where the calls go
     * @param settings  the sync's settings
     * @param clock     the clock (UTC)
     * @param observer  told after each committed page
     * @param prefetch  runs the request for the next page ({@code Runnable::run}: no overlap)
     * @param heartbeat renews the lease every quarter of its length while a run goes on; {@code null}: renewed at
     *                  each committed page only
     */
    public CallSync(GongSource gong, SyncStore store, SyncSettings settings, Clock clock, PageObserver observer,
                    Executor prefetch, java.util.concurrent.ScheduledExecutorService heartbeat) {
        this.heartbeat = heartbeat;
        this.gong = gong;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.observer = observer;
        this.prefetch = prefetch;
    }

    /**
     * @return now, in whole seconds: run windows go to the database and back, and a cursor is valid only with
     *         exactly the filter it was issued for
     */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    /** @return now, to the millisecond: the lease's times (a lease may be shorter than a second in tests) */
    private OffsetDateTime leaseNow() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /**
     * @param now the time
     * @return whether a refresh is due: {@code calldeck.sync.refresh-interval-minutes} have passed since a run last
     *         re-read the refresh window (never, on a store that has only ever been synced incrementally), and the
     *         store has been filled once
     */
    public boolean refreshDue(Instant now) {
        if (store.syncedUntil().isEmpty()) {
            return false;
        }
        return store.refreshedAt().map(at -> !at.toInstant().plus(settings.refreshInterval()).isAfter(now))
                .orElse(true);
    }

    /**
     * @return about how many requests a refresh costs now: a page per 100 calls the store holds in the refresh
     *         window, plus the directory's reads
     */
    public long refreshCost() {
        OffsetDateTime now = now();
        return store.countCalls(now.minusDays(settings.refreshDays()), now) / 100 + 1 + 2;
    }

    /**
     * Runs the sync once: resumes an unfinished run, or starts one.
     *
     * @param kind         INCREMENTAL (schedule, "sync now"), REFRESH (re-reads the refresh window) or BACKFILL
     * @param backfillFrom for BACKFILL: the date to read from (UTC)
     * @return how the run ended
     */
    public Outcome run(SyncRunEntity.Kind kind, LocalDate backfillFrom) {
        if (!store.acquireLease(settings.node(), leaseNow(), settings.lease())) {
            return Outcome.LOCKED;
        }
        leaseLost = false;
        Thread runner = Thread.currentThread();
        long beatMillis = Math.max(1, settings.lease().toMillis() / 4);
        java.util.concurrent.ScheduledFuture<?> beat = heartbeat == null ? null : heartbeat.scheduleWithFixedDelay(
                () -> renewLease(runner), beatMillis, beatMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
        SyncRunEntity run = null;
        try {
            run = begin(kind, backfillFrom);
            run = readDirectory(run);
            run = readPages(run);
            if (settings.transcripts()) {
                run = readTranscripts(run);
            }
            checkLease();
            store.finishRun(run.getId(), SyncRunEntity.Status.SUCCEEDED, now(), null);
            if (run.getKind() == SyncRunEntity.Kind.REFRESH
                    || !run.getWindowFrom().isAfter(run.getWindowTo().minusDays(settings.refreshDays()))) {
                store.markRefreshed(run.getWindowTo());
            }
            lastSuccessAt = clock.instant();
            lastError = null;
            gongUnreachable = false;
            unreachableSince = null;
            waitingUntil = null;
            LOG.info(describe(run, "finished"));
            return Outcome.SUCCEEDED;
        } catch (RuntimeException failure) {
            if (leaseLost || failure instanceof LeaseLostException) {
                // Another server holds the run now: record nothing on it (that server does), say so, stop.
                Thread.interrupted();
                long id = run == null ? -1 : run.getId();
                LOG.warning(() -> "Calls sync run " + id + " stops on " + settings.node() + ": another server took"
                        + " the sync lease (this one was thought gone) and goes on with the run from its checkpoint");
                return Outcome.LEASE_LOST;
            }
            if (failure instanceof GongRateLimitException limited) {
                Duration wait = limited.retryAfter().orElse(Duration.ofMinutes(1));
                waitingUntil = clock.instant().plus(wait);
                if (run != null) {
                    store.finishRun(run.getId(), SyncRunEntity.Status.WAITING, now(), limited.getMessage());
                }
                LOG.warning(() -> "Calls sync waits for Gong's rate limit until " + waitingUntil + ": "
                        + limited.getMessage());
                return Outcome.WAITING;
            }
            lastError = failure.getMessage() == null ? failure.getClass().getName() : failure.getMessage();
            lastErrorAt = clock.instant();
            gongUnreachable = failure instanceof GongConnectionException || failure instanceof GongServerException
                    || failure instanceof io.calldeck.connector.exception.GongCircuitOpenException;
            if (!gongUnreachable) {
                unreachableSince = null;
            } else if (unreachableSince == null) {
                unreachableSince = lastErrorAt;
            }
            if (run != null) {
                try {
                    store.finishRun(run.getId(), SyncRunEntity.Status.FAILED, now(), lastError);
                    if (gongUnreachable) {
                        store.markGongUnreachable(run.getId());
                    }
                } catch (RuntimeException recording) {
                    failure.addSuppressed(recording);
                }
            }
            LOG.log(Level.WARNING, "Calls sync failed; the next run resumes from its checkpoint", failure);
            return Outcome.FAILED;
        } finally {
            if (beat != null) {
                beat.cancel(false);
            }
            live = null;
            if (!leaseLost) {
                store.releaseLease(settings.node());
            }
        }
    }

    /** The heartbeat: renews the lease; when another server has taken it, stops the run (interrupting its waits). */
    private void renewLease(Thread runner) {
        try {
            if (!leaseLost && !store.acquireLease(settings.node(), leaseNow(), settings.lease())) {
                leaseLost = true;
                runner.interrupt();
            }
        } catch (RuntimeException e) {
            // The store did not answer: the lease may lapse; the next beat, or the next commit, tries again.
            LOG.log(Level.WARNING, "Calls sync could not renew its lease; it tries again in "
                    + settings.lease().toSeconds() / 4 + " s", e);
        }
    }

    /** Renews the lease before a write; @throws LeaseLostException when another server holds it */
    private void checkLease() {
        if (leaseLost || !store.acquireLease(settings.node(), leaseNow(), settings.lease())) {
            leaseLost = true;
            throw new LeaseLostException(settings.node());
        }
    }

    private SyncRunEntity begin(SyncRunEntity.Kind kind, LocalDate backfillFrom) {
        OffsetDateTime now = now();
        if (kind != SyncRunEntity.Kind.BACKFILL) {
            var unfinished = store.unfinishedRun();
            if (unfinished.isPresent()) {
                SyncRunEntity resumed = store.resumeRun(unfinished.get().getId(), settings.node());
                LOG.info(describe(resumed, "resumed from its checkpoint"));
                track(resumed);
                return resumed;
            }
        } else {
            store.unfinishedRun().ifPresent(old -> store.finishRun(old.getId(), SyncRunEntity.Status.FAILED, now,
                    "superseded by a backfill from " + backfillFrom));
        }
        OffsetDateTime from;
        if (kind == SyncRunEntity.Kind.BACKFILL) {
            from = backfillFrom.atStartOfDay().atOffset(ZoneOffset.UTC);
        } else if (kind == SyncRunEntity.Kind.REFRESH && store.syncedUntil().isPresent()) {
            from = now.minusDays(settings.refreshDays());
        } else {
            from = store.syncedUntil().map(until -> until.minus(settings.lookBack()))
                    .orElseGet(() -> settings.backfillFrom().map(d -> d.atStartOfDay().atOffset(ZoneOffset.UTC))
                            .orElse(now.minusDays(settings.backfillDays())));
        }
        SyncRunEntity run = store.startRun(new SyncRunEntity(kind, now, from, now, settings.node()));
        LOG.info(describe(run, "started"));
        track(run);
        return run;
    }

    /**
     * Reads Gong's users and workspaces: enrichment the calls do not need (their parties name the reps, and a
     * workspace without a name shows its id), so a read Gong refuses (a missing scope, 401/403/404) or fails is a
     * warning on the run, not a failure; the next run tries again.
     */
    private SyncRunEntity readDirectory(SyncRunEntity run) {
        SyncRunEntity current = run;
        try {
            List<io.calldeck.connector.model.GongUser> users = gong.users();
            store.saveUsers(CallMapper.users(users), now());
            store.addRequests(run.getId(), Math.max(1, (users.size() + 99) / 100));
        } catch (GongException refused) {
            current = warn(current, "GET /v2/users", refused, "rep and party names come from the calls' parties");
        }
        try {
            store.saveWorkspaces(CallMapper.workspaces(gong.workspaces()));
            store.addRequests(run.getId(), 1);
        } catch (GongException refused) {
            current = warn(current, "GET /v2/workspaces", refused, "workspaces show their ids");
        }
        return current;
    }

    private SyncRunEntity warn(SyncRunEntity run, String endpoint, GongException refused, String meanwhile) {
        String message = refused.gongMessage();
        LOG.warning(() -> "Calls sync run " + run.getId() + " goes on without " + endpoint + " (" + meanwhile + "): "
                + message);
        SyncRunEntity updated = store.addWarning(run.getId(), endpoint, message);
        track(updated);
        return updated;
    }


    private SyncRunEntity readPages(SyncRunEntity start) {
        SyncRunEntity run = start;
        boolean resumedWithCursor = run.getCursor() != null;
        CompletableFuture<ExtensiveCallsPage> ahead = null;
        while (true) {
            CallsFilter filter = CallsFilter.builder().from(run.getSequenceFrom()).to(run.getWindowTo()).build();
            ExtensiveCallsPage page;
            try {
                page = ahead != null ? join(ahead) : gong.callsPage(filter, SELECTOR, run.getCursor());
            } catch (GongCursorExpiredException expired) {
                run = store.restartFromCheckpoint(run.getId(), true);
                LOG.info(describe(run, "restarts from its last committed call: the cursor expired"));
                continue;
            } catch (io.calldeck.connector.exception.GongBadRequestException refused) {
                if (!resumedWithCursor) {
                    throw refused;
                }
                run = store.restartFromCheckpoint(run.getId(), false);
                resumedWithCursor = false;
                continue;
            } catch (GongRateLimitException limited) {
                Duration wait = limited.retryAfter().orElse(Duration.ofSeconds(1));
                if (wait.compareTo(LONGEST_WAIT_IN_RUN) > 0) {
                    throw limited;
                }
                waitingUntil = clock.instant().plus(wait);
                continue;
            } finally {
                ahead = null;
            }
            resumedWithCursor = false;
            waitingUntil = null;
            String next = page.nextCursor();
            if (next != null) {
                ahead = CompletableFuture.supplyAsync(() -> gong.callsPage(filter, SELECTOR, next), prefetch);
            }
            Integer total = page.records() == null ? null : page.records().totalRecords();
            List<io.calldeck.store.CallWrite> calls = page.items().stream().map(CallMapper::write).toList();
            try {
                checkLease();
                run = store.commitPage(run.getId(), calls, next, total, 1, now());
                track(run);
                observer.committed(run);
            } catch (RuntimeException stopped) {
                if (ahead != null) {
                    ahead.cancel(false);
                }
                throw stopped;
            }
            if (next == null) {
                return run;
            }
        }
    }

    /** @return the page asked for ahead; its failure as thrown by the source */
    private static ExtensiveCallsPage join(CompletableFuture<ExtensiveCallsPage> ahead) {
        try {
            return ahead.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    private SyncRunEntity readTranscripts(SyncRunEntity run) {
        // Asked before this run started (never within it): a transcript still empty is asked again on a later run.
        OffsetDateTime started = now();
        while (true) {
            List<String> ids = store.callsWithoutTranscript(run.getWindowFrom(), run.getWindowTo(),
                    settings.privateTranscripts(), started.minus(settings.transcriptRetry()),
                    started.minus(SyncSettings.TRANSCRIPT_YOUNG), TRANSCRIPT_BATCH);
            if (ids.isEmpty()) {
                return run;
            }
            List<CallTranscript> transcripts = new ArrayList<>();
            int requests = 0;
            String cursor = null;
            try {
                do {
                    TranscriptsPage page = gong.transcriptsPage(CallsFilter.builder().callIds(ids).build(), cursor);
                    requests++;
                    transcripts.addAll(page.items());
                    cursor = page.nextCursor();
                } while (cursor != null);
            } catch (GongAuthenticationException | GongPermissionException refused) {
                // Transcripts have a scope of their own: without it, the calls are synced and transcripts wait.
                return warn(run, "POST /v2/calls/transcript", refused, "transcripts are not synced");
            }
            List<String> answered = transcripts.stream().map(CallTranscript::callId).toList();
            ids.stream().filter(id -> !answered.contains(id))
                    .forEach(id -> transcripts.add(new CallTranscript(id, List.of())));
            store.saveTranscripts(run.getId(), transcripts.stream().map(CallMapper::transcript).toList(), requests,
                    now());
        }
    }

    private void track(SyncRunEntity run) {
        Live previous = live;
        int callsAtStart = previous != null && previous.runId() == run.getId() ? previous.callsAtStart() : run.getCalls();
        Instant startedAt = previous != null && previous.runId() == run.getId() ? previous.startedAt() : clock.instant();
        live = new Live(run.getId(), run.getKind().name(), startedAt, run.getPages(), run.getCalls(),
                run.getExpectedCalls(), callsAtStart, run.getWarnings());
        lastWarnings = run.getWarnings();
    }

    private static String describe(SyncRunEntity run, String what) {
        return "Calls sync run " + run.getId() + " (" + run.getKind() + ", calls started " + run.getWindowFrom()
                + " to " + run.getWindowTo() + ") " + what + ": " + run.getPages() + " pages, " + run.getCalls()
                + " calls" + (run.getExpectedCalls() == null ? "" : " of " + run.getExpectedCalls() + " expected");
    }

    /** @return the sync's progress now */
    public SyncProgress progress() {
        Live current = live;
        if (current == null) {
            return new SyncProgress(false, null, null, null, 0, 0, null, 0, null, lastSuccessAt, lastError,
                    lastErrorAt, waitingUntil, lastWarnings);
        }
        double seconds = Math.max(0.001, Duration.between(current.startedAt(), clock.instant()).toMillis() / 1000.0);
        double rate = (current.calls() - current.callsAtStart()) / seconds;
        Duration remaining = null;
        if (current.expected() != null && rate > 0 && current.expected() > current.calls()) {
            remaining = Duration.ofSeconds((long) ((current.expected() - current.calls()) / rate));
        }
        return new SyncProgress(true, current.runId(), current.kind(), current.startedAt(), current.pages(),
                current.calls(), current.expected(), rate, remaining, lastSuccessAt, lastError, lastErrorAt,
                waitingUntil, current.warnings());
    }

    /** @param when the last successful run's end, as the store remembers it (after a restart) */
    public void rememberLastSuccess(Instant when) {
        if (lastSuccessAt == null) {
            lastSuccessAt = when;
        }
    }

    /** @param last the newest run the store remembers (after a restart): its warnings are the sync's until the next */
    public void rememberLastRun(SyncRunEntity last) {
        if (live == null && lastWarnings.isEmpty()) {
            lastWarnings = last.getWarnings();
        }
    }

    /** @return whether the last run failed because Gong could not be reached or failed (connection, 5xx) */
    public boolean gongUnreachable() {
        return gongUnreachable;
    }

    /** @return since when runs have failed to reach Gong (the first failure in a row), or {@code null} */
    public Instant unreachableSince() {
        return unreachableSince;
    }
}
