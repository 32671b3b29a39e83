package io.calldeck.store;

import io.calldeck.store.entity.SyncRunEntity;
import io.calldeck.store.entity.WorkspaceEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The sync's store in the server: every method its own JTA transaction around {@link JpaSyncStore}. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class TransactionalSyncStore implements SyncStore {

    @Inject
    @Store
    EntityManager em;

    private JpaSyncStore jpa() {
        return new JpaSyncStore(em);
    }

    @Override
    public boolean acquireLease(String node, OffsetDateTime now, Duration lease) {
        return jpa().acquireLease(node, now, lease);
    }

    @Override
    public void releaseLease(String node) {
        jpa().releaseLease(node);
    }

    @Override
    public boolean leaseFree(OffsetDateTime now) {
        return jpa().leaseFree(now);
    }

    @Override
    public Optional<OffsetDateTime> syncedUntil() {
        return jpa().syncedUntil();
    }

    @Override
    public Optional<OffsetDateTime> refreshedAt() {
        return jpa().refreshedAt();
    }

    @Override
    public void markRefreshed(OffsetDateTime until) {
        jpa().markRefreshed(until);
    }

    @Override
    public long countCalls(OffsetDateTime from, OffsetDateTime to) {
        return jpa().countCalls(from, to);
    }

    @Override
    public Optional<SyncRunEntity> lastSucceeded(SyncRunEntity.Kind kind) {
        return jpa().lastSucceeded(kind);
    }

    @Override
    public Optional<SyncRunEntity> unfinishedRun() {
        return jpa().unfinishedRun();
    }

    @Override
    public SyncRunEntity startRun(SyncRunEntity run) {
        return jpa().startRun(run);
    }

    @Override
    public SyncRunEntity resumeRun(long runId, String node) {
        return jpa().resumeRun(runId, node);
    }

    @Override
    public SyncRunEntity commitPage(long runId, List<? extends CallWrite> calls, String nextCursor, Integer totalExpected,
                                    int requests, OffsetDateTime at) {
        return jpa().commitPage(runId, calls, nextCursor, totalExpected, requests, at);
    }

    @Override
    public SyncRunEntity restartFromCheckpoint(long runId, boolean expired) {
        return jpa().restartFromCheckpoint(runId, expired);
    }

    @Override
    public SyncRunEntity finishRun(long runId, SyncRunEntity.Status status, OffsetDateTime at, String error) {
        return jpa().finishRun(runId, status, at, error);
    }

    @Override
    public void markGongUnreachable(long runId) {
        jpa().markGongUnreachable(runId);
    }

    @Override
    public void saveUsers(List<DirectoryUser> users, OffsetDateTime at) {
        jpa().saveUsers(users, at);
    }

    @Override
    public void saveWorkspaces(List<WorkspaceEntity> workspaces) {
        jpa().saveWorkspaces(workspaces);
    }

    @Override
    public SyncRunEntity addWarning(long runId, String endpoint, String message) {
        return jpa().addWarning(runId, endpoint, message);
    }

    @Override
    public void addRequests(long runId, int requests) {
        jpa().addRequests(runId, requests);
    }

    @Override
    public List<String> callsWithoutTranscript(OffsetDateTime from, OffsetDateTime to, boolean includePrivate,
                                               OffsetDateTime askedBefore, OffsetDateTime youngSince, int limit) {
        return jpa().callsWithoutTranscript(from, to, includePrivate, askedBefore, youngSince, limit);
    }

    @Override
    public void saveTranscripts(long runId, List<TranscriptRows> transcripts, int requests, OffsetDateTime at) {
        jpa().saveTranscripts(runId, transcripts, requests, at);
    }

    @Override
    public List<SyncRunEntity> recentRuns(int count) {
        return jpa().recentRuns(count);
    }
}
