package io.calldeck.store;

import io.calldeck.store.entity.CallEntity;
import io.calldeck.store.entity.TranscriptSentenceEntity;
import io.calldeck.store.entity.UserEntity;
import io.calldeck.store.entity.WorkspaceEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes Gong data into the store, as the sync maps it ({@link CallWrite}, {@link DirectoryUser},
 * {@link TranscriptRows}). Every method runs in the caller's transaction: a page of calls is written
 * by one call of {@link #saveCalls(List, OffsetDateTime)} inside the sync's page transaction, so it lands
 * whole or not at all.
 *
 * <p>Upserts by Gong id: a call read again replaces its row and all its parts (parties, speakers, stats,
 * topics, trackers, key points, comments, CRM objects), so a call is never stored twice. Its transcript, fetched
 * separately, is kept. A call read again unchanged (an equal {@link CallWrite#contentHash}) only has its
 * {@code syncedAt} moved: every look-back and refresh reads days of such calls.
 *
 * <p>This is the store's only writer of calls, so it also keeps the daily rollups exact ({@link DailyRollups}):
 * the rep-days a page's changed calls were and are on are recomputed in the same transaction.
 */
@ApplicationScoped
public class CallStore {

    @Inject
    @Store
    EntityManager em;

    /** For CDI. */
    protected CallStore() {
    }

    /** @param em the entity manager to write with (tests, tools) */
    public CallStore(EntityManager em) {
        this.em = em;
    }

    /**
     * Upserts calls with all their parts, and the company users their internal parties name.
     *
     * @param calls calls of {@code /v2/calls/extensive}, as the sync maps them
     * @param at    when they were read
     * @return how many calls were new to the store
     * @throws PersistenceException when the database refuses a row (the caller's transaction then rolls back)
     */
    public int saveCalls(List<? extends CallWrite> calls, OffsetDateTime at) {
        Map<String, CallWrite> byId = new LinkedHashMap<>();
        calls.forEach(call -> byId.put(call.id(), call));
        if (byId.isEmpty()) {
            return 0;
        }
        // Everything is read before anything is written, so that JPA flushes once, before the parts go in.
        Map<String, CallEntity> existing = em.createQuery("SELECT c FROM CallEntity c WHERE c.id IN :ids",
                        CallEntity.class).setParameter("ids", List.copyOf(byId.keySet())).getResultList().stream()
                .collect(Collectors.toMap(CallEntity::getId, Function.identity()));
        List<CallWrite> changed = new ArrayList<>();
        Map<String, CallWrite.InternalParty> internal = new LinkedHashMap<>();
        Set<String> userIds = new HashSet<>();
        for (CallWrite call : byId.values()) {
            CallEntity stored = existing.get(call.id());
            if (stored != null && call.contentHash().equals(stored.getContentHash())) {
                stored.setSyncedAt(at); // read again, unchanged: its rows stay
                continue;
            }
            changed.add(call);
            if (call.primaryUserId() != null) {
                userIds.add(call.primaryUserId());
            }
            call.internalParties().forEach(p -> internal.putIfAbsent(p.userId(), p));
        }
        userIds.addAll(internal.keySet());
        Map<String, UserEntity> users = userIds.isEmpty() ? new HashMap<>()
                : em.createQuery("SELECT u FROM UserEntity u WHERE u.id IN :ids", UserEntity.class)
                .setParameter("ids", List.copyOf(userIds)).getResultList().stream()
                .collect(Collectors.toMap(UserEntity::getId, Function.identity()));
        rememberParties(internal.values(), users, at);

        List<CallParts> rows = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        Set<DailyRollups.RepDay> days = new LinkedHashSet<>(); // the rollups' rows to recompute, before and after
        for (CallWrite call : changed) {
            CallEntity entity = existing.get(call.id());
            boolean isNew = entity == null;
            if (isNew) {
                entity = new CallEntity(call.id());
            } else {
                days.add(DailyRollups.RepDay.of(entity.getPrimaryUserId(), entity.getStarted()));
            }
            CallParts parts = call.fill(entity);
            days.add(DailyRollups.RepDay.of(entity.getPrimaryUserId(), entity.getStarted()));
            entity.setSyncedAt(at);
            entity.setContentHash(call.contentHash());
            if (entity.getRepName() == null && entity.getPrimaryUserId() != null) {
                UserEntity rep = users.get(entity.getPrimaryUserId());
                entity.setRepName(rep == null ? null : rep.getName());
            }
            if (isNew) {
                em.persist(entity);
            } else {
                replaced.add(entity.getId());
            }
            rows.add(parts);
        }
        em.flush(); // the calls' rows, which the parts reference
        try {
            Connection connection = em.unwrap(Connection.class);
            CallPartsWriter parts = new CallPartsWriter(connection);
            parts.deleteParts(replaced);
            parts.insertParts(rows);
            days.remove(null); // calls without a primary user are in no rollup
            DailyRollups.refresh(connection, days);
        } catch (SQLException e) {
            throw new PersistenceException("The store refused the parts of " + byId.size() + " calls (first "
                    + byId.keySet().iterator().next() + "): " + e.getMessage(), e);
        }
        return byId.size() - existing.size();
    }

    /** Adds the company users that calls' parties name and the directory does not know; {@code known} gets them. */
    private void rememberParties(java.util.Collection<CallWrite.InternalParty> parties,
                                 Map<String, UserEntity> known, OffsetDateTime at) {
        for (CallWrite.InternalParty party : parties) {
            UserEntity user = known.get(party.userId());
            if (user == null) {
                user = new UserEntity(party.userId());
                user.update(party.name(), party.emailAddress(), party.title(), null, true, false, at);
                em.persist(user);
                known.put(user.getId(), user);
            } else if (!user.isInDirectory()) {
                user.update(party.name(), party.emailAddress(), party.title(), user.getManagerId(), true, false, at);
            }
        }
    }

    /**
     * Upserts users from Gong's directory ({@code /v2/users}): they win over what calls' parties said.
     *
     * @param users the users
     * @param at    when they were read
     */
    public void saveUsers(List<DirectoryUser> users, OffsetDateTime at) {
        for (DirectoryUser gong : users) {
            UserEntity user = em.find(UserEntity.class, gong.id());
            if (user == null) {
                user = new UserEntity(gong.id());
                em.persist(user);
            }
            user.update(gong.name(), gong.emailAddress(), gong.title(), gong.managerId(), gong.active(), true, at);
        }
    }

    /**
     * Upserts workspaces ({@code /v2/workspaces}) by id.
     *
     * @param workspaces the workspaces, as new (unmanaged) entities
     */
    public void saveWorkspaces(List<WorkspaceEntity> workspaces) {
        for (WorkspaceEntity workspace : workspaces) {
            WorkspaceEntity entity = em.find(WorkspaceEntity.class, workspace.getId());
            if (entity == null) {
                em.persist(new WorkspaceEntity(workspace.getId(), workspace.getName()));
            } else {
                entity.setName(workspace.getName());
            }
        }
    }

    /**
     * Keeps a call's transcript, replacing one fetched before, and when Gong was asked. An empty transcript (Gong
     * has not published one yet) never replaces sentences already kept.
     *
     * @param transcript the transcript's sentences ({@code /v2/calls/transcript})
     * @param at         when Gong was asked
     * @return whether the call is in the store (transcripts of unknown calls are not kept)
     */
    public boolean saveTranscript(TranscriptRows transcript, OffsetDateTime at) {
        CallEntity call = em.find(CallEntity.class, transcript.callId());
        if (call == null) {
            return false;
        }
        if (!transcript.sentences().isEmpty()) {
            em.createQuery("DELETE FROM TranscriptSentenceEntity s WHERE s.callId = :id")
                    .setParameter("id", transcript.callId()).executeUpdate();
            transcript.sentences().forEach(em::persist);
        }
        call.setTranscriptFetchedAt(at);
        return true;
    }
}
