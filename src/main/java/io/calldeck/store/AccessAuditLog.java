package io.calldeck.store;

import io.calldeck.store.entity.AccessAuditEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The append-only record of call-access changes made through CallDeck. Each entry commits on its own
 * ({@code REQUIRES_NEW}), so a failure recorded is never rolled back with the work that failed.
 */
@ApplicationScoped
public class AccessAuditLog {

    /** What was done. */
    public enum Action {
        /** Access given ({@code PUT /v2/calls/users-access}). */
        GIVE,
        /** Access removed ({@code DELETE /v2/calls/users-access}). */
        REMOVE
    }

    @Inject
    @Store
    EntityManager em;

    /**
     * @param actor         the signed-in CallDeck user
     * @param action        give or remove
     * @param callIds       the calls
     * @param userIds       the users
     * @param gongRequestId Gong's requestId, if Gong answered
     * @param succeeded     whether Gong applied it
     * @param detail        Gong's errors or other detail
     * @return the entry
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AccessAuditEntity record(String actor, Action action, List<String> callIds, List<String> userIds,
                                    String gongRequestId, boolean succeeded, String detail) {
        AccessAuditEntity entry = new AccessAuditEntity(OffsetDateTime.now(ZoneOffset.UTC), actor, action.name(),
                cut(String.join(",", callIds)), cut(String.join(",", userIds)), gongRequestId,
                succeeded ? "SUCCEEDED" : "FAILED", detail == null ? null : cut(detail));
        em.persist(entry);
        return entry;
    }

    private static String cut(String value) {
        return value.length() <= 4000 ? value : value.substring(0, 3999) + "…";
    }

    /**
     * @param offset first entry, from 0
     * @param limit  entries
     * @return entries, newest first
     */
    public List<AccessAuditEntity> recent(int offset, int limit) {
        return em.createQuery("SELECT a FROM AccessAuditEntity a ORDER BY a.id DESC", AccessAuditEntity.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** @return how many entries there are */
    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM AccessAuditEntity a", Long.class).getSingleResult();
    }
}
