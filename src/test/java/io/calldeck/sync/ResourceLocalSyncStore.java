package io.calldeck.sync;

import io.calldeck.store.CallWrite;
import io.calldeck.store.DirectoryUser;
import io.calldeck.store.JpaSyncStore;
import io.calldeck.store.SyncStore;
import io.calldeck.store.TranscriptRows;
import io.calldeck.store.entity.SyncRunEntity;
import io.calldeck.store.entity.WorkspaceEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** {@link SyncStore} outside a container: each call in its own resource-local transaction, like the server's. */
public final class ResourceLocalSyncStore implements SyncStore {

    private final EntityManagerFactory factory;

    /** @param factory the store's persistence unit, resource-local */
    public ResourceLocalSyncStore(EntityManagerFactory factory) {
        this.factory = factory;
    }

    private <T> T tx(Function<JpaSyncStore, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(new JpaSyncStore(em));
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public boolean acquireLease(String node, OffsetDateTime now, Duration lease) {
        return tx(s -> s.acquireLease(node, now, lease));
    }

    @Override
    public void releaseLease(String node) {
        tx(s -> {
            s.releaseLease(node);
            return null;
        });
    }

    @Override
    public boolean leaseFree(OffsetDateTime now) {
        return tx(s -> s.leaseFree(now));
    }

    @Override
    public Optional<OffsetDateTime> syncedUntil() {
        return tx(JpaSyncStore::syncedUntil);
    }

    @Override
    public Optional<OffsetDateTime> refreshedAt() {
        return tx(JpaSyncStore::refreshedAt);
    }

    @Override
    public void markRefreshed(OffsetDateTime until) {
        tx(s -> {
            s.markRefreshed(until);
            return null;
        });
    }

    @Override
    public long countCalls(OffsetDateTime from, OffsetDateTime to) {
        return tx(s -> s.countCalls(from, to));
    }

    @Override
    public Optional<SyncRunEntity> lastSucceeded(SyncRunEntity.Kind kind) {
        return tx(s -> s.lastSucceeded(kind));
    }

    @Override
    public Optional<SyncRunEntity> unfinishedRun() {
        return tx(JpaSyncStore::unfinishedRun);
    }

    @Override
    public SyncRunEntity startRun(SyncRunEntity run) {
        return tx(s -> s.startRun(run));
    }

    @Override
    public SyncRunEntity resumeRun(long runId, String node) {
        return tx(s -> s.resumeRun(runId, node));
    }

    @Override
    public SyncRunEntity commitPage(long runId, List<? extends CallWrite> calls, String nextCursor, Integer totalExpected,
                                    int requests, OffsetDateTime at) {
        return tx(s -> s.commitPage(runId, calls, nextCursor, totalExpected, requests, at));
    }

    @Override
    public SyncRunEntity restartFromCheckpoint(long runId, boolean expired) {
        return tx(s -> s.restartFromCheckpoint(runId, expired));
    }

    @Override
    public SyncRunEntity finishRun(long runId, SyncRunEntity.Status status, OffsetDateTime at, String error) {
        return tx(s -> s.finishRun(runId, status, at, error));
    }

    @Override
    public void markGongUnreachable(long runId) {
        tx(s -> {
            s.markGongUnreachable(runId);
            return null;
        });
    }

    @Override
    public void saveUsers(List<DirectoryUser> users, OffsetDateTime at) {
        tx(s -> {
            s.saveUsers(users, at);
            return null;
        });
    }

    @Override
    public void saveWorkspaces(List<WorkspaceEntity> workspaces) {
        tx(s -> {
            s.saveWorkspaces(workspaces);
            return null;
        });
    }

    @Override
    public SyncRunEntity addWarning(long runId, String endpoint, String message) {
        return tx(s -> s.addWarning(runId, endpoint, message));
    }

    @Override
    public void addRequests(long runId, int requests) {
        tx(s -> {
            s.addRequests(runId, requests);
            return null;
        });
    }

    @Override
    public List<String> callsWithoutTranscript(OffsetDateTime from, OffsetDateTime to, boolean includePrivate,
                                               OffsetDateTime askedBefore, OffsetDateTime youngSince, int limit) {
        return tx(s -> s.callsWithoutTranscript(from, to, includePrivate, askedBefore, youngSince, limit));
    }

    @Override
    public void saveTranscripts(long runId, List<TranscriptRows> transcripts, int requests, OffsetDateTime at) {
        tx(s -> {
            s.saveTranscripts(runId, transcripts, requests, at);
            return null;
        });
    }

    @Override
    public List<SyncRunEntity> recentRuns(int count) {
        return tx(s -> s.recentRuns(count));
    }
}
