package io.calldeck.store;

import io.calldeck.store.entity.SyncRunEntity;
import io.calldeck.store.entity.WorkspaceEntity;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What the sync needs from the store. Each method is one transaction: a page of calls and the run's checkpoint
 * are committed together, so after a crash the run resumes exactly after the last page that landed.
 */
public interface SyncStore {

    /**
     * Takes (or renews) the lease that lets one server at a time run the sync.
     *
     * @param node  this server's id
     * @param now   the time
     * @param lease how long the lease lasts without renewal
     * @return whether this server holds the lease now
     */
    boolean acquireLease(String node, OffsetDateTime now, Duration lease);

    /**
     * @param node this server's id; the lease is released only if it holds it
     */
    void releaseLease(String node);

    /**
     * @param now the time
     * @return whether no server holds the lease (never taken, released, or lapsed before {@code now})
     */
    boolean leaseFree(OffsetDateTime now);

    /** @return the end of the window the last successful run read, if any */
    Optional<OffsetDateTime> syncedUntil();

    /** @return when a run last re-read the whole refresh window, if one did */
    Optional<OffsetDateTime> refreshedAt();

    /** @param until the end of the refresh window a run just re-read */
    void markRefreshed(OffsetDateTime until);

    /**
     * @param from start (inclusive)
     * @param to   end (exclusive)
     * @return how many stored calls started then: what re-reading that window costs, in calls
     */
    long countCalls(OffsetDateTime from, OffsetDateTime to);

    /**
     * @param kind a kind of run
     * @return the newest run of that kind that succeeded, if any
     */
    Optional<SyncRunEntity> lastSucceeded(SyncRunEntity.Kind kind);

    /** @return the newest run, if it did not finish its window (running when its server stopped, failed, waiting) */
    Optional<SyncRunEntity> unfinishedRun();

    /**
     * @param run a new run
     * @return it, stored
     */
    SyncRunEntity startRun(SyncRunEntity run);

    /**
     * Takes a stopped run up again, from its checkpoint.
     *
     * @param runId the run
     * @param node  the server resuming it
     * @return the run
     */
    SyncRunEntity resumeRun(long runId, String node);

    /**
     * Commits one page: upserts its calls and moves the run's checkpoint past them, in one transaction.
     *
     * @param runId         the run
     * @param calls         the page's calls
     * @param nextCursor    the cursor of the next page, or {@code null} at the end
     * @param totalExpected {@code records.totalRecords}
     * @param requests      requests sent to Gong for this page
     * @param at            when
     * @return the updated run
     */
    SyncRunEntity commitPage(long runId, List<? extends CallWrite> calls, String nextCursor, Integer totalExpected,
                             int requests, OffsetDateTime at);

    /**
     * Restarts the run's listing from its checkpoint (after Gong refused the cursor).
     *
     * @param runId   the run
     * @param expired whether the cursor expired (counted)
     * @return the updated run
     */
    SyncRunEntity restartFromCheckpoint(long runId, boolean expired);

    /**
     * Ends a run; a successful one moves the sync's {@code synced_until} to its window's end.
     *
     * @param runId  the run
     * @param status how it ended
     * @param at     when
     * @param error  why it failed, or {@code null}
     * @return the run
     */
    SyncRunEntity finishRun(long runId, SyncRunEntity.Status status, OffsetDateTime at, String error);

    /**
     * Records that a failed run failed because Gong could not be reached or failed, so that every server sharing the
     * store says "Gong unreachable", not only the one that ran it.
     *
     * @param runId the run, finished as failed
     */
    void markGongUnreachable(long runId);

    /**
     * @param users Gong's users ({@code GET /v2/users}); they win over what calls' parties said
     * @param at    when they were read
     */
    void saveUsers(List<DirectoryUser> users, OffsetDateTime at);

    /**
     * @param workspaces Gong's workspaces ({@code GET /v2/workspaces})
     */
    void saveWorkspaces(List<WorkspaceEntity> workspaces);

    /**
     * Records a read the run went on without, and the requests it cost.
     *
     * @param runId    the run
     * @param endpoint the read Gong refused or failed, e.g. {@code GET /v2/users}
     * @param message  Gong's message
     * @return the run
     */
    SyncRunEntity addWarning(long runId, String endpoint, String message);

    /**
     * @param runId    the run
     * @param requests requests sent to Gong outside pages (directory reads)
     */
    void addRequests(long runId, int requests);

    /**
     * @param from           start of the window (inclusive)
     * @param to             end of the window (exclusive)
     * @param includePrivate whether private calls are included
     * @param askedBefore    an empty transcript asked for before this time is asked for again ...
     * @param youngSince     ... if its call started at or after this time
     * @param limit          most ids to return
     * @return ids of stored calls in the window whose transcript Gong was never asked for, or is due to be asked
     *         again, oldest first
     */
    List<String> callsWithoutTranscript(OffsetDateTime from, OffsetDateTime to, boolean includePrivate,
                                        OffsetDateTime askedBefore, OffsetDateTime youngSince, int limit);

    /**
     * @param runId       the run
     * @param transcripts transcripts to keep
     * @param requests    requests sent for them
     * @param at          when they were fetched
     */
    void saveTranscripts(long runId, List<TranscriptRows> transcripts, int requests, OffsetDateTime at);

    /**
     * @param count most runs
     * @return the latest runs, newest first
     */
    List<SyncRunEntity> recentRuns(int count);
}
