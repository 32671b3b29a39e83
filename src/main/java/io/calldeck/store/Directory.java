package io.calldeck.store;

import io.calldeck.store.entity.CallEntity;
import io.calldeck.store.entity.UserEntity;
import io.calldeck.store.entity.WorkspaceEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who and what the filters offer: the Gong users CallDeck knows (the directory and calls' internal parties), the
 * reps among them, workspaces and call systems. Read-only.
 */
@ApplicationScoped
public class Directory {

    @Inject
    @Store
    EntityManager em;

    /** For CDI. */
    protected Directory() {
    }

    /** @param em the entity manager to read with (tests, tools) */
    public Directory(EntityManager em) {
        this.em = em;
    }

    /**
     * @param ids Gong user ids
     * @return the names CallDeck knows for them
     */
    public Map<String, String> userNames(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new java.util.HashMap<>();
        em.createQuery("SELECT u FROM UserEntity u WHERE u.id IN :ids", UserEntity.class)
                .setParameter("ids", List.copyOf(ids)).getResultList().forEach(u -> names.put(u.getId(), u.getName()));
        return names;
    }

    /** @return every Gong user CallDeck knows (from the directory and calls' internal parties), by name */
    public List<UserEntity> users() {
        return em.createQuery("SELECT u FROM UserEntity u ORDER BY u.name, u.id", UserEntity.class).getResultList();
    }

    /**
     * @param text part of a name or email (case-insensitive)
     * @param max  most results
     * @return matching users, by name
     */
    public List<UserEntity> findUsers(String text, int max) {
        String pattern = "%" + (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return em.createQuery("SELECT u FROM UserEntity u WHERE LOWER(u.name) LIKE :p ESCAPE '\\'"
                        + " OR LOWER(u.email) LIKE :p ESCAPE '\\' ORDER BY u.name, u.id", UserEntity.class)
                .setParameter("p", pattern).setMaxResults(max).getResultList();
    }

    /** @return the reps: users who host at least one stored call, by name */
    public List<UserEntity> reps() {
        // EXISTS: one probe of the (primary_user_id, started) index per user, not a DISTINCT over every call
        return em.createQuery("SELECT u FROM UserEntity u WHERE EXISTS (SELECT c.id FROM CallEntity c"
                + " WHERE c.primaryUserId = u.id) ORDER BY u.name, u.id", UserEntity.class).getResultList();
    }

    /** @return the workspaces, by name */
    public List<WorkspaceEntity> workspaces() {
        return em.createQuery("SELECT w FROM WorkspaceEntity w ORDER BY w.name", WorkspaceEntity.class)
                .getResultList();
    }

    /** @return the systems stored calls were made with, in order */
    public List<String> systems() {
        return em.createQuery("SELECT DISTINCT c.system FROM CallEntity c WHERE c.system IS NOT NULL ORDER BY c.system",
                String.class).getResultList();
    }
}
