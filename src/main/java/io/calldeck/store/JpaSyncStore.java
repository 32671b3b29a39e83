package io.calldeck.store;

import io.calldeck.store.entity.SyncRunEntity;
import io.calldeck.store.entity.WorkspaceEntity;
import io.calldeck.store.entity.SyncStateEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * {@link SyncStore} in JPA. Runs in the caller's transaction: the container's ({@link TransactionalSyncStore})
 * or a test's.
 */
public class JpaSyncStore implements SyncStore {

    private final EntityManager em;
    private final CallStore calls;

    /** @param em the entity manager */
    public JpaSyncStore(EntityManager em) {
        this.em = em;
        this.calls = new CallStore(em);
    }

    @Override
    public boolean acquireLease(String node, OffsetDateTime now, Duration lease) {
        int updated = em.createQuery("UPDATE SyncStateEntity s SET s.lockedBy = :node, s.lockedUntil = :until,"
                        + " s.version = s.version + 1 WHERE s.id = :id AND (s.lockedBy IS NULL OR s.lockedUntil < :now"
                        + " OR s.lockedBy = :node)")
                .setParameter("node", node).setParameter("until", now.plus(lease)).setParameter("now", now)
                .setParameter("id", SyncStateEntity.CALLS).executeUpdate();
        return updated == 1;
    }

    @Override
    public void releaseLease(String node) {
        em.createQuery("UPDATE SyncStateEntity s SET s.lockedBy = NULL, s.lockedUntil = NULL,"
                        + " s.version = s.version + 1 WHERE s.id = :id AND s.lockedBy = :node")
                .setParameter("id", SyncStateEntity.CALLS).setParameter("node", node).executeUpdate();
    }

    @Override
    public boolean leaseFree(OffsetDateTime now) {
        SyncStateEntity state = em.find(SyncStateEntity.class, SyncStateEntity.CALLS);
        em.refresh(state);
        return state.getLockedBy() == null || state.getLockedUntil() == null || state.getLockedUntil().isBefore(now);
    }

    @Override
    public Optional<OffsetDateTime> syncedUntil() {
        return Optional.ofNullable(em.find(SyncStateEntity.class, SyncStateEntity.CALLS).getSyncedUntil());
    }

    @Override
    public Optional<OffsetDateTime> refreshedAt() {
        return Optional.ofNullable(em.find(SyncStateEntity.class, SyncStateEntity.CALLS).getRefreshedAt());
    }

    @Override
    public void markRefreshed(OffsetDateTime until) {
        em.find(SyncStateEntity.class, SyncStateEntity.CALLS).setRefreshedAt(until);
    }

    @Override
    public long countCalls(OffsetDateTime from, OffsetDateTime to) {
        return em.createQuery("SELECT COUNT(c) FROM CallEntity c WHERE c.started >= :from AND c.started < :to",
                Long.class).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    @Override
    public Optional<SyncRunEntity> lastSucceeded(SyncRunEntity.Kind kind) {
        return em.createQuery("SELECT r FROM SyncRunEntity r WHERE r.kind = :kind AND r.status = :status"
                        + " ORDER BY r.id DESC", SyncRunEntity.class).setParameter("kind", kind)
                .setParameter("status", SyncRunEntity.Status.SUCCEEDED).setMaxResults(1).getResultList().stream()
                .findFirst();
    }

    @Override
    public Optional<SyncRunEntity> unfinishedRun() {
        return em.createQuery("SELECT r FROM SyncRunEntity r ORDER BY r.id DESC", SyncRunEntity.class)
                .setMaxResults(1).getResultList().stream()
                .filter(r -> r.getStatus() != SyncRunEntity.Status.SUCCEEDED).findFirst();
    }

    @Override
    public SyncRunEntity startRun(SyncRunEntity run) {
        em.persist(run);
        em.flush();
        return run;
    }

    @Override
    public SyncRunEntity resumeRun(long runId, String node) {
        SyncRunEntity run = em.find(SyncRunEntity.class, runId, LockModeType.PESSIMISTIC_WRITE);
        run.resume(node);
        return run;
    }

    @Override
    public SyncRunEntity commitPage(long runId, List<? extends CallWrite> page, String nextCursor, Integer totalExpected,
                                    int requests, OffsetDateTime at) {
        calls.saveCalls(page, at);
        SyncRunEntity run = em.find(SyncRunEntity.class, runId);
        CallWrite last = page.isEmpty() ? null : page.get(page.size() - 1);
        run.pageCommitted(nextCursor, last == null ? null : last.started(), last == null ? null : last.id(),
                page.size(), totalExpected);
        run.addRequests(requests);
        return run;
    }

    @Override
    public SyncRunEntity restartFromCheckpoint(long runId, boolean expired) {
        SyncRunEntity run = em.find(SyncRunEntity.class, runId);
        run.restartFromCheckpoint(expired);
        return run;
    }

    @Override
    public SyncRunEntity finishRun(long runId, SyncRunEntity.Status status, OffsetDateTime at, String error) {
        SyncRunEntity run = em.find(SyncRunEntity.class, runId);
        run.finish(status, at, error);
        if (status == SyncRunEntity.Status.SUCCEEDED) {
            SyncStateEntity state = em.find(SyncStateEntity.class, SyncStateEntity.CALLS);
            if (state.getSyncedUntil() == null || state.getSyncedUntil().isBefore(run.getWindowTo())) {
                state.setSyncedUntil(run.getWindowTo());
            }
        }
        return run;
    }

    @Override
    public void saveUsers(List<DirectoryUser> users, OffsetDateTime at) {
        calls.saveUsers(users, at);
    }

    @Override
    public void saveWorkspaces(List<WorkspaceEntity> workspaces) {
        calls.saveWorkspaces(workspaces);
    }

    @Override
    public SyncRunEntity addWarning(long runId, String endpoint, String message) {
        SyncRunEntity run = em.find(SyncRunEntity.class, runId);
        run.addWarning(endpoint, message);
        return run;
    }

    @Override
    public void addRequests(long runId, int requests) {
        em.find(SyncRunEntity.class, runId).addRequests(requests);
    }

    @Override
    public List<String> callsWithoutTranscript(OffsetDateTime from, OffsetDateTime to, boolean includePrivate,
                                               OffsetDateTime askedBefore, OffsetDateTime youngSince, int limit) {
        return em.createQuery("SELECT c.id FROM CallEntity c WHERE c.started >= :from AND c.started < :to"
                        + (includePrivate ? "" : " AND c.isPrivate = FALSE")
                        + " AND (c.transcriptFetchedAt IS NULL OR (c.transcriptFetchedAt < :askedBefore"
                        + " AND c.started >= :young AND NOT EXISTS (SELECT s.callId FROM TranscriptSentenceEntity s"
                        + " WHERE s.callId = c.id)))"
                        + " ORDER BY c.started, c.id", String.class)
                .setParameter("from", from).setParameter("to", to).setParameter("askedBefore", askedBefore)
                .setParameter("young", youngSince).setMaxResults(limit).getResultList();
    }

    @Override
    public void saveTranscripts(long runId, List<TranscriptRows> transcripts, int requests, OffsetDateTime at) {
        int kept = 0;
        for (TranscriptRows transcript : transcripts) {
            if (calls.saveTranscript(transcript, at)) {
                kept++;
            }
        }
        SyncRunEntity run = em.find(SyncRunEntity.class, runId);
        run.addTranscripts(kept);
        run.addRequests(requests);
    }

    @Override
    public void markGongUnreachable(long runId) {
        em.find(SyncRunEntity.class, runId).markGongUnreachable();
    }

    @Override
    public List<SyncRunEntity> recentRuns(int count) {
        return em.createQuery("SELECT r FROM SyncRunEntity r ORDER BY r.id DESC", SyncRunEntity.class)
                .setMaxResults(count).getResultList();
    }
}
