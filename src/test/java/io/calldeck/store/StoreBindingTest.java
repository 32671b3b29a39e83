package io.calldeck.store;

import static io.calldeck.store.StoreFixture.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.calldeck.store.entity.AppUserEntity;
import io.calldeck.store.entity.StoreBindingEntity;
import io.calldeck.store.entity.SyncStateEntity;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One store, one Gong, on H2 and PostgreSQL: an empty store is bound to the first Gong that fills it; another Gong is
 * refused by default, adopted or cleared when configured so; the sandbox's store is emptied for another data set.
 */
class StoreBindingTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 20, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final GongIdentity TENANT = new GongIdentity("https://us-12345.api.gong.io",
            "access-key:sha256:1111111111111111", "Gong at us-12345.api.gong.io (access key 1111…)", false);
    private static final GongIdentity NEW_KEY = new GongIdentity("https://us-12345.api.gong.io",
            "access-key:sha256:2222222222222222", "Gong at us-12345.api.gong.io (access key 2222…)", false);
    private static final GongIdentity OTHER_TENANT = new GongIdentity("https://eu-777.api.gong.io",
            "access-key:sha256:1111111111111111", "Gong at eu-777.api.gong.io (access key 1111…)", false);

    private static StoreBinding.Outcome check(EntityManager em, GongIdentity gong, StoreBinding.Policy policy) {
        return inTransaction(em, e -> StoreBinding.check(e, gong, policy, AT));
    }

    private static long calls(EntityManager em) {
        return em.createQuery("SELECT COUNT(c) FROM CallEntity c", Long.class).getSingleResult();
    }

    private static void fill(EntityManager em) {
        inTransaction(em, e -> new CallStore(e).saveCalls(StoreFixture.writes(StoreFixture.calls(StoreFixture.sandbox(3, 60))), AT));
        inTransaction(em, e -> {
            e.find(SyncStateEntity.class, SyncStateEntity.CALLS).setSyncedUntil(AT);
            if (e.find(AppUserEntity.class, "admin") == null) {
                e.persist(new AppUserEntity("admin", "hash", "admin", AT));
            }
            return null;
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anotherGongIsRefusedByDefaultAndNothingChanges(TestDatabase database) {
        TestDatabase.Opened db = database.open();
        EntityManager em = db.factory().createEntityManager();
        try {
            assertThat(check(em, TENANT, StoreBinding.Policy.REFUSE).state()).isEqualTo(StoreBinding.State.BOUND);
            fill(em);
            long stored = calls(em);
            assertThat(check(em, TENANT, StoreBinding.Policy.REFUSE).state()).isEqualTo(StoreBinding.State.MATCHED);

            for (GongIdentity other : new GongIdentity[] {NEW_KEY, OTHER_TENANT}) {
                StoreBinding.Outcome refused = check(em, other, StoreBinding.Policy.REFUSE);
                assertThat(refused.state()).isEqualTo(StoreBinding.State.REFUSED);
                assertThat(refused.syncAllowed()).isFalse();
                assertThat(refused.message()).contains(TENANT.description(), other.description(),
                        "calldeck.store.on-gong-change=adopt", "calldeck.store.on-gong-change=clear");
            }
            assertThat(calls(em)).isEqualTo(stored);
            assertThat(em.find(StoreBindingEntity.class, StoreBindingEntity.GONG).getFingerprint())
                    .isEqualTo(TENANT.fingerprint());
        } finally {
            em.close();
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void adoptKeepsTheCallsAndClearEmptiesTheStoreButNotItsUsers(TestDatabase database) {
        TestDatabase.Opened db = database.open();
        EntityManager em = db.factory().createEntityManager();
        try {
            check(em, TENANT, StoreBinding.Policy.REFUSE);
            fill(em);
            long stored = calls(em);

            assertThat(check(em, NEW_KEY, StoreBinding.Policy.ADOPT).state()).isEqualTo(StoreBinding.State.ADOPTED);
            assertThat(calls(em)).isEqualTo(stored);
            assertThat(check(em, NEW_KEY, StoreBinding.Policy.REFUSE).state()).isEqualTo(StoreBinding.State.MATCHED);

            assertThat(check(em, OTHER_TENANT, StoreBinding.Policy.CLEAR).state())
                    .isEqualTo(StoreBinding.State.CLEARED);
            em.clear();
            assertThat(calls(em)).isZero();
            assertThat(em.createQuery("SELECT COUNT(u) FROM UserEntity u", Long.class).getSingleResult()).isZero();
            assertThat(em.createQuery("SELECT COUNT(p) FROM PartyEntity p", Long.class).getSingleResult()).isZero();
            assertThat(em.find(SyncStateEntity.class, SyncStateEntity.CALLS).getSyncedUntil())
                    .as("the next sync starts from scratch").isNull();
            assertThat(em.find(AppUserEntity.class, "admin")).as("CallDeck's sign-in users stay").isNotNull();
            assertThat(check(em, OTHER_TENANT, StoreBinding.Policy.REFUSE).state())
                    .isEqualTo(StoreBinding.State.MATCHED);
        } finally {
            em.close();
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theSandboxsStoreIsEmptiedForAnotherDataSetAndAnUnboundStoreIsAnUnknownGongs(TestDatabase database) {
        TestDatabase.Opened db = database.open();
        EntityManager em = db.factory().createEntityManager();
        try {
            fill(em);
            StoreBinding.Outcome unknown = check(em, TENANT, StoreBinding.Policy.REFUSE);
            assertThat(unknown.state()).as("calls synced before CallDeck recorded the Gong").isEqualTo(
                    StoreBinding.State.REFUSED);
            assertThat(unknown.message()).contains("an unknown Gong");

            GongIdentity generated = new GongIdentity("sandbox", "sandbox:generated:seed=42", "the demo", true);
            assertThat(check(em, generated, StoreBinding.Policy.REFUSE).state()).isEqualTo(StoreBinding.State.CLEARED);
            fill(em);
            GongIdentity recorded = new GongIdentity("sandbox", "sandbox:recorded:sha256:ab", "recorded", true);
            assertThat(check(em, recorded, StoreBinding.Policy.REFUSE).state())
                    .as("the sandbox's store holds demo data only").isEqualTo(StoreBinding.State.CLEARED);
            em.clear();
            assertThat(calls(em)).isZero();
        } finally {
            em.close();
            db.close();
        }
    }

    @Test
    void thePolicyIsReadStrictly() {
        assertThat(StoreBinding.Policy.parse(null)).isEqualTo(StoreBinding.Policy.REFUSE);
        assertThat(StoreBinding.Policy.parse(" Clear ")).isEqualTo(StoreBinding.Policy.CLEAR);
        assertThatThrownBy(() -> StoreBinding.Policy.parse("wipe")).hasMessageContaining("calldeck.store.on-gong-change");
    }
}
