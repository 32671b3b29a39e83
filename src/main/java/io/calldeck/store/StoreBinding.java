package io.calldeck.store;

import io.calldeck.store.entity.StoreBindingEntity;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * One store, one Gong. The store records which Gong filled it ({@link GongIdentity}: the base URL and a fingerprint of
 * the credential, never a secret); when CallDeck is configured for another Gong, it never mixes the two: by default
 * it refuses to sync, and {@value #ON_GONG_CHANGE} says what to do instead. The sandbox's own store holds only demo
 * data and is emptied when the sandbox's data set changes. Runs in the caller's transaction.
 */
public final class StoreBinding {

    /**
     * What to do when the configured Gong is not the one that filled the store: {@code refuse} (default: do not
     * sync, say so everywhere), {@code adopt} (keep the stored calls as this Gong's: the same tenant with a new key)
     * or {@code clear} (empty the store, then sync this Gong from scratch). Environment variable
     * {@code CALLDECK_STORE_ON_GONG_CHANGE}.
     */
    public static final String ON_GONG_CHANGE = "calldeck.store.on-gong-change";

    /** What {@value #ON_GONG_CHANGE} says. */
    public enum Policy {
        /** Do not sync into a store another Gong filled. */
        REFUSE,
        /** Take the stored calls as the configured Gong's. */
        ADOPT,
        /** Empty the store and sync the configured Gong from scratch. */
        CLEAR;

        /**
         * @param value {@code refuse}, {@code adopt} or {@code clear}; blank for the default
         * @return the policy
         * @throws IllegalArgumentException naming the key, for any other value
         */
        public static Policy parse(String value) {
            if (value == null || value.isBlank()) {
                return REFUSE;
            }
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(ON_GONG_CHANGE + " must be refuse, adopt or clear, got: " + value, e);
            }
        }
    }

    /** How the check ended. */
    public enum State {
        /** An empty store, now bound to the configured Gong. */
        BOUND,
        /** The store is the configured Gong's. */
        MATCHED,
        /** Another Gong's (or an unknown Gong's) store, taken as the configured Gong's ({@link Policy#ADOPT}). */
        ADOPTED,
        /** Another Gong's store (or the sandbox's, for another data set), emptied and bound to the configured Gong. */
        CLEARED,
        /** Another Gong's store, left as it is: CallDeck does not sync ({@link Policy#REFUSE}). */
        REFUSED
    }

    /**
     * @param state   how the check ended
     * @param message what it means, for the log, the pages and {@code /health/ready}
     */
    public record Outcome(State state, String message) {
        /** @return whether CallDeck may sync into the store */
        public boolean syncAllowed() {
            return state != State.REFUSED;
        }
    }

    /** Gong's data in the store, children first: what {@link #clear(EntityManager)} deletes. */
    private static final List<String> GONG_DATA = List.of("PartyEntity", "SpeakerEntity", "InteractionStatEntity",
            "TopicEntity", "TrackerEntity", "KeyPointEntity", "CommentEntity", "CrmObjectEntity",
            "TranscriptSentenceEntity", "CallEntity", "UserEntity", "WorkspaceEntity", "SyncRunEntity");

    private StoreBinding() {
    }

    /**
     * Checks the store against the configured Gong, and binds, adopts or clears it as the policy says.
     *
     * @param em         the store's entity manager, in a transaction
     * @param configured the Gong CallDeck is configured for
     * @param policy     what to do when it is not the store's
     * @param now        the time
     * @return how it ended
     */
    public static Outcome check(EntityManager em, GongIdentity configured, Policy policy, OffsetDateTime now) {
        StoreBindingEntity bound = em.find(StoreBindingEntity.class, StoreBindingEntity.GONG);
        if (bound == null && !holdsGongData(em)) {
            em.persist(new StoreBindingEntity(configured.baseUrl(), configured.fingerprint(),
                    configured.description(), now));
            return new Outcome(State.BOUND, "The store is bound to " + configured.description());
        }
        if (bound != null && bound.getBaseUrl().equals(configured.baseUrl())
                && bound.getFingerprint().equals(configured.fingerprint())) {
            return new Outcome(State.MATCHED, "The store holds " + configured.description() + "'s calls");
        }
        String filledBy = bound == null
                ? "an unknown Gong (calls synced before CallDeck recorded which Gong filled its store)"
                : bound.getDescription() + " (since " + bound.getBoundAt().toLocalDate() + ")";
        if (configured.sandbox() || policy == Policy.CLEAR) {
            clear(em);
            bind(em, bound, configured, now);
            return new Outcome(State.CLEARED, "The store held " + filledBy + "; it was emptied for "
                    + configured.description() + (configured.sandbox() ? " (the sandbox's store holds demo data only)"
                    : " (" + ON_GONG_CHANGE + "=clear)"));
        }
        if (policy == Policy.ADOPT) {
            bind(em, bound, configured, now);
            return new Outcome(State.ADOPTED, "The store held " + filledBy + "; its calls are now taken as "
                    + configured.description() + "'s (" + ON_GONG_CHANGE + "=adopt)");
        }
        return new Outcome(State.REFUSED, "CallDeck does not sync: its store holds the calls of " + filledBy
                + ", and it is configured for " + configured.description() + ". It never mixes two Gongs' calls."
                + " Set " + ON_GONG_CHANGE + "=adopt to keep the stored calls as this Gong's (the same tenant with a new"
                + " key), or " + ON_GONG_CHANGE + "=clear to empty the store and sync this Gong from scratch.");
    }

    private static void bind(EntityManager em, StoreBindingEntity bound, GongIdentity configured, OffsetDateTime now) {
        if (bound == null) {
            em.persist(new StoreBindingEntity(configured.baseUrl(), configured.fingerprint(),
                    configured.description(), now));
        } else {
            bound.update(configured.baseUrl(), configured.fingerprint(), configured.description(), now);
        }
    }

    private static boolean holdsGongData(EntityManager em) {
        return !em.createQuery("SELECT c.id FROM CallEntity c", String.class).setMaxResults(1).getResultList().isEmpty()
                || !em.createQuery("SELECT r.id FROM SyncRunEntity r", Long.class).setMaxResults(1).getResultList()
                .isEmpty();
    }

    /**
     * Deletes every call, Gong user, workspace and sync run, and forgets how far the sync got; CallDeck's sign-in
     * users and the append-only call-access audit are kept.
     *
     * @param em the store's entity manager, in a transaction
     */
    public static void clear(EntityManager em) {
        DailyRollups.clear(em);
        for (String entity : GONG_DATA) {
            em.createQuery("DELETE FROM " + entity + " x").executeUpdate();
        }
        em.createQuery("UPDATE SyncStateEntity s SET s.syncedUntil = NULL, s.refreshedAt = NULL, s.lockedBy = NULL,"
                + " s.lockedUntil = NULL, s.version = s.version + 1").executeUpdate();
    }
}
