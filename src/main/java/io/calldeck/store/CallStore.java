package io.calldeck.store;

import io.calldeck.connector.model.CallTranscript;
import io.calldeck.connector.model.ExtensiveCall;
import io.calldeck.connector.model.GongUser;
import io.calldeck.connector.model.Party;
import io.calldeck.connector.model.Workspace;
import io.calldeck.store.entity.CallEntity;
import io.calldeck.store.entity.CommentEntity;
import io.calldeck.store.entity.CrmObjectEntity;
import io.calldeck.store.entity.InteractionStatEntity;
import io.calldeck.store.entity.KeyPointEntity;
import io.calldeck.store.entity.PartyEntity;
import io.calldeck.store.entity.SpeakerEntity;
import io.calldeck.store.entity.TopicEntity;
import io.calldeck.store.entity.TrackerEntity;
import io.calldeck.store.entity.TranscriptSentenceEntity;
import io.calldeck.store.entity.UserEntity;
import io.calldeck.store.entity.WorkspaceEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes Gong data into the store. Every method runs in the caller's transaction: a page of calls is written
 * by one call of {@link #saveCalls(List, OffsetDateTime)} inside the sync's page transaction, so it lands
 * whole or not at all.
 *
 * <p>Upserts by Gong id: a call read again replaces its row and all its parts (parties, speakers, stats,
 * topics, trackers, key points, comments, CRM objects), so a call is never stored twice. Its transcript, fetched
 * separately, is kept.
 */
@ApplicationScoped
public class CallStore {

    private static final List<Class<?>> CALL_PARTS = List.of(PartyEntity.class, SpeakerEntity.class,
            InteractionStatEntity.class, TopicEntity.class, TrackerEntity.class, KeyPointEntity.class,
            CommentEntity.class, CrmObjectEntity.class);

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
     * @param calls calls of {@code /v2/calls/extensive}
     * @param at    when they were read
     * @return how many calls were new to the store
     */
    public int saveCalls(List<ExtensiveCall> calls, OffsetDateTime at) {
        Map<String, ExtensiveCall> byId = new LinkedHashMap<>();
        calls.forEach(call -> byId.put(call.metaData().id(), call));
        if (byId.isEmpty()) {
            return 0;
        }
        List<String> ids = List.copyOf(byId.keySet());
        for (Class<?> part : CALL_PARTS) {
            em.createQuery("DELETE FROM " + part.getSimpleName() + " p WHERE p.callId IN :ids")
                    .setParameter("ids", ids).executeUpdate();
        }
        Map<String, CallEntity> existing = em.createQuery("SELECT c FROM CallEntity c WHERE c.id IN :ids",
                        CallEntity.class).setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(CallEntity::getId, Function.identity()));
        int created = 0;
        Map<String, Party> internal = new LinkedHashMap<>();
        for (ExtensiveCall call : byId.values()) {
            CallEntity entity = existing.get(call.metaData().id());
            boolean isNew = entity == null;
            if (isNew) {
                entity = new CallEntity(call.metaData().id());
                created++;
            }
            CallMapper.Rows rows = CallMapper.fill(entity, call, at);
            if (isNew) {
                em.persist(entity);
            }
            rows.parties().forEach(em::persist);
            rows.speakers().forEach(em::persist);
            rows.stats().forEach(em::persist);
            rows.topics().forEach(em::persist);
            rows.trackers().forEach(em::persist);
            rows.keyPoints().forEach(em::persist);
            rows.comments().forEach(em::persist);
            rows.crmObjects().forEach(em::persist);
            if (call.parties() != null) {
                call.parties().stream().filter(p -> p.isInternal() && p.userId() != null && p.name() != null)
                        .forEach(p -> internal.putIfAbsent(p.userId(), p));
            }
        }
        rememberParties(internal.values(), at);
        for (ExtensiveCall call : byId.values()) {
            CallEntity entity = em.find(CallEntity.class, call.metaData().id());
            if (entity.getRepName() == null && entity.getPrimaryUserId() != null) {
                UserEntity rep = em.find(UserEntity.class, entity.getPrimaryUserId());
                entity.setRepName(rep == null ? null : rep.getName());
            }
        }
        return created;
    }

    private void rememberParties(java.util.Collection<Party> parties, OffsetDateTime at) {
        if (parties.isEmpty()) {
            return;
        }
        Map<String, UserEntity> known = em.createQuery("SELECT u FROM UserEntity u WHERE u.id IN :ids",
                        UserEntity.class).setParameter("ids", parties.stream().map(Party::userId).toList())
                .getResultList().stream().collect(Collectors.toMap(UserEntity::getId, Function.identity()));
        for (Party party : parties) {
            UserEntity user = known.get(party.userId());
            if (user == null) {
                user = new UserEntity(party.userId());
                user.update(party.name(), party.emailAddress(), party.title(), null, true, false, at);
                em.persist(user);
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
    public void saveUsers(List<GongUser> users, OffsetDateTime at) {
        for (GongUser gong : users) {
            UserEntity user = em.find(UserEntity.class, gong.id());
            if (user == null) {
                user = new UserEntity(gong.id());
                em.persist(user);
            }
            user.update(gong.fullName() == null ? gong.id() : gong.fullName(), gong.emailAddress(), gong.title(),
                    gong.managerId(), !Boolean.FALSE.equals(gong.active()), true, at);
        }
    }

    /**
     * Upserts workspaces ({@code /v2/workspaces}).
     *
     * @param workspaces the workspaces
     */
    public void saveWorkspaces(List<Workspace> workspaces) {
        for (Workspace workspace : workspaces) {
            WorkspaceEntity entity = em.find(WorkspaceEntity.class, workspace.id());
            if (entity == null) {
                em.persist(new WorkspaceEntity(workspace.id(), workspace.name()));
            } else {
                entity.setName(workspace.name());
            }
        }
    }

    /**
     * Keeps a call's transcript, replacing one fetched before, and when Gong was asked. An empty transcript (Gong
     * has not published one yet) never replaces sentences already kept.
     *
     * @param transcript the transcript ({@code /v2/calls/transcript})
     * @param at         when Gong was asked
     * @return whether the call is in the store (transcripts of unknown calls are not kept)
     */
    public boolean saveTranscript(CallTranscript transcript, OffsetDateTime at) {
        CallEntity call = em.find(CallEntity.class, transcript.callId());
        if (call == null) {
            return false;
        }
        List<TranscriptSentenceEntity> rows = CallMapper.sentences(transcript);
        if (!rows.isEmpty()) {
            em.createQuery("DELETE FROM TranscriptSentenceEntity s WHERE s.callId = :id")
                    .setParameter("id", transcript.callId()).executeUpdate();
            rows.forEach(em::persist);
        }
        call.setTranscriptFetchedAt(at);
        return true;
    }
}
