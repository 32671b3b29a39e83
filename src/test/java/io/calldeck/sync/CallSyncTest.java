package io.calldeck.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.calldeck.connector.GongScope;
import io.calldeck.connector.model.CallDirection;
import io.calldeck.connector.model.CallsFilter;
import io.calldeck.connector.model.ExtensiveCall;
import io.calldeck.connector.model.NewCall;
import io.calldeck.sandbox.data.SandboxData;
import io.calldeck.store.StoreFixture;
import io.calldeck.store.TestDatabase;
import io.calldeck.store.entity.CallEntity;
import io.calldeck.store.entity.SyncRunEntity;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sync into an empty store gives exactly Gong's calls, a second run adds nothing, late calls inside the
 * look-back window arrive, and neither a crash nor an expired cursor loses or doubles a call. On H2 and PostgreSQL.
 */
class CallSyncTest {

    private static final Clock CLOCK = Clock.fixed(StoreFixture.NOW, ZoneOffset.UTC);

    private static SyncSettings settings(String node) {
        return SyncSettings.builder().initialDelay(Duration.ZERO).node(node).build();
    }

    /** What the store holds, as a checksum of each call's identity and key figures, in id order. */
    static String storeChecksum(EntityManager em) {
        return em.createQuery("SELECT c FROM CallEntity c ORDER BY c.id", CallEntity.class).getResultList().stream()
                .map(c -> c.getId() + "|" + c.getStarted().toInstant() + "|" + c.getDurationSeconds() + "|"
                        + c.getTitle() + "|" + c.getPrimaryUserId() + "|" + c.getPartyCount() + "|" + c.getCommentCount())
                .collect(Collectors.joining("\n")).hashCode() + ":" + em.createQuery(
                        "SELECT COUNT(c) FROM CallEntity c", Long.class).getSingleResult();
    }

    /** The same checksum computed from what Gong (the sandbox) holds. */
    static String gongChecksum(SandboxData data) {
        List<ExtensiveCall> calls = data.find(CallsFilter.builder().build()).stream().map(data::render)
                .sorted(java.util.Comparator.comparing(c -> c.metaData().id())).toList();
        return calls.stream().map(c -> c.metaData().id() + "|" + c.metaData().started().toInstant() + "|"
                        + c.metaData().duration() + "|" + c.metaData().title() + "|" + c.metaData().primaryUserId() + "|"
                        + c.parties().size() + "|" + (c.collaboration() == null ? 0 : c.collaboration().publicComments().size()))
                .collect(Collectors.joining("\n")).hashCode() + ":" + calls.size();
    }

    private static long rows(TestDatabase.Opened db, String entity) {
        EntityManager em = db.factory().createEntityManager();
        try {
            return em.createQuery("SELECT COUNT(x) FROM " + entity + " x", Long.class).getSingleResult();
        } finally {
            em.close();
        }
    }

    private static String checksum(TestDatabase.Opened db) {
        EntityManager em = db.factory().createEntityManager();
        try {
            return storeChecksum(em);
        } finally {
            em.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void firstRunCopiesGongExactlyAndASecondAddsNothing(TestDatabase database) {
        TestDatabase.Opened db = database.open();
        try {
            SandboxData data = StoreFixture.sandbox(21, 700);
            SandboxGongSource gong = new SandboxGongSource(data);
            ResourceLocalSyncStore store = new ResourceLocalSyncStore(db.factory());
            CallSync sync = new CallSync(gong, store, settings("node-a"), CLOCK, run -> { });

            assertThat(sync.run(SyncRunEntity.Kind.INCREMENTAL, null)).isEqualTo(CallSync.Outcome.SUCCEEDED);
            String first = checksum(db);
            long parties = rows(db, "PartyEntity");
            assertThat(first).isEqualTo(gongChecksum(data));

            assertThat(sync.run(SyncRunEntity.Kind.INCREMENTAL, null)).isEqualTo(CallSync.Outcome.SUCCEEDED);
            assertThat(checksum(db)).isEqualTo(first);
            assertThat(rows(db, "PartyEntity")).isEqualTo(parties);
            List<SyncRunEntity> runs = store.recentRuns(5);
            assertThat(runs).hasSize(2).allSatisfy(r -> assertThat(r.getStatus()).isEqualTo(SyncRunEntity.Status.SUCCEEDED));
            assertThat(runs.get(0).getWindowFrom()).isEqualTo(runs.get(1).getWindowTo().minusDays(3));
            assertThat(runs.get(1).getExpectedCalls()).isEqualTo(runs.get(1).getCalls());
            assertThat(rows(db, "UserEntity")).isGreaterThanOrEqualTo(data.users().size());
            assertThat(rows(db, "WorkspaceEntity")).isEqualTo(2);
        } finally {
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void withOnlyTheExtensiveScopeEveryCallIsStoredNamedByItsParties(TestDatabase database) {
        TestDatabase.Opened db = database.open();
        try {
            SandboxData data = StoreFixture.sandbox(27, 300);
            SandboxGongSource gong = new SandboxGongSource(data).without(GongScope.USERS_READ,
                    GongScope.WORKSPACES_READ, GongScope.CALLS_READ_TRANSCRIPT);
            ResourceLocalSyncStore store = new ResourceLocalSyncStore(db.factory());
            SyncSettings withTranscripts = settings("node-a").toBuilder().transcripts(true).build();
            CallSync sync = new CallSync(gong, store, withTranscripts, CLOCK, run -> { });

            assertThat(sync.run(SyncRunEntity.Kind.INCREMENTAL, null)).isEqualTo(CallSync.Outcome.SUCCEEDED);

            assertThat(checksum(db)).as("every call of Gong, though the directory and transcripts were refused")
                    .isEqualTo(gongChecksum(data));
            SyncRunEntity run = store.recentRuns(1).get(0);
            assertThat(run.getWarnings()).hasSize(3)
                    .anySatisfy(w -> assertThat(w).startsWith("GET /v2/users: HTTP 401")
                            .contains("'api:users:read'"))
                    .anySatisfy(w -> assertThat(w).startsWith("GET /v2/workspaces: HTTP 401")
                            .contains("'api:workspaces:read'"))
                    .anySatisfy(w -> assertThat(w).startsWith("POST /v2/calls/transcript: HTTP 401"));
            assertThat(sync.progress().warnings()).isEqualTo(run.getWarnings());
            EntityManager em = db.factory().createEntityManager();
            try {
                assertThat(em.createQuery("SELECT COUNT(w) FROM WorkspaceEntity w", Long.class).getSingleResult())
                        .as("no workspace names without the scope").isZero();
                List<CallEntity> calls = em.createQuery("SELECT c FROM CallEntity c", CallEntity.class).getResultList();
                assertThat(calls).allSatisfy(c -> assertThat(c.getRepName()).as("call %s's rep, from its parties",
                        c.getId()).isNotBlank());
                assertThat(em.createQuery("SELECT COUNT(u) FROM UserEntity u WHERE u.inDirectory = TRUE", Long.class)
                        .getSingleResult()).isZero();
            } finally {
                em.close();
            }

            gong.withAllScopes();
            int directoryBefore = gong.directoryRequests.get();
            assertThat(sync.run(SyncRunEntity.Kind.INCREMENTAL, null)).isEqualTo(CallSync.Outcome.SUCCEEDED);
            assertThat(gong.directoryRequests.get() - directoryBefore).as("the next run asks again").isEqualTo(2);
            assertThat(store.recentRuns(1).get(0).getWarnings()).isEmpty();
            assertThat(sync.progress().warnings()).isEmpty();
            assertThat(rows(db, "WorkspaceEntity")).isEqualTo(2);
        } finally {
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aLateCallInsideTheLookBackWindowArrivesWithTheNextRun(TestDatabase database) {
        TestDatabase.Opened db = database.open();
        try {
            SandboxData data = StoreFixture.sandbox(22, 300);
            ResourceLocalSyncStore store = new ResourceLocalSyncStore(db.factory());
            CallSync sync = new CallSync(new SandboxGongSource(data), store, settings("node-a"), CLOCK, run -> { });
            sync.run(SyncRunEntity.Kind.INCREMENTAL, null);
            String rep = data.users().get(4).id();
            OffsetDateTime twoDaysAgo = OffsetDateTime.ofInstant(StoreFixture.NOW.minus(Duration.ofDays(2)), ZoneOffset.UTC);
            String added = data.add(NewCall.builder("late-1", twoDaysAgo, rep, CallDirection.OUTBOUND)
                    .title("Published late").party(NewCall.Party.user(rep, "Rep")).duration(300).build()).callId();

            sync.run(SyncRunEntity.Kind.INCREMENTAL, null);

            EntityManager em = db.factory().createEntityManager();
            assertThat(em.find(CallEntity.class, added)).isNotNull()
                    .satisfies(c -> assertThat(c.getTitle()).isEqualTo("Published late"));
            em.close();
            assertThat(checksum(db)).isEqualTo(gongChecksum(data));
        } finally {
            db.close();
        }
    }

    /** Stands in for the server being killed: not an exception the sync could handle. */
    private static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }

    /** A clock that ticks, from the fixture's now: leases lapse in real time. */
    private static Clock ticking() {
        return Clock.offset(Clock.systemUTC(), Duration.between(java.time.Instant.now(), StoreFixture.NOW));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theLeaseHoldsWhileTheRunWaitsLongerThanTheLease(TestDatabase database) throws Exception {
        TestDatabase.Opened db = database.open();
        java.util.concurrent.ScheduledExecutorService heartbeat = java.util.concurrent.Executors
                .newSingleThreadScheduledExecutor();
        try {
            SandboxData data = StoreFixture.sandbox(31, 300);
            ResourceLocalSyncStore store = new ResourceLocalSyncStore(db.factory());
            Clock clock = ticking();
            Duration lease = Duration.ofMillis(1200); // renewed every 300 ms: a busy 2-core machine stalls a renewal for 300 ms
            SyncSettings settings = settings("node-a").toBuilder().lease(lease).build();
            java.util.concurrent.atomic.AtomicInteger taken = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.atomic.AtomicInteger tries = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
            Thread other = new Thread(() -> {
                while (!done.get()) {
                    tries.incrementAndGet();
                    OffsetDateTime now = OffsetDateTime.now(clock);
                    if (store.acquireLease("node-b", now, lease)) {
                        taken.incrementAndGet();
                        store.releaseLease("node-b");
                    }
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            // Another server tries for the lease from the first committed page on, every 50 ms.
            // Page 2 is read ahead of page 1's commit; the run waits in page request 3, after page 1's commit.
            CallSync sync = new CallSync(new SandboxGongSource(data).pauseAtPageRequest(3, Duration.ofMillis(3000)),
                    store, settings, clock, run -> {
                        if (run.getPages() == 1) {
                            other.start();
                        }
                    }, Runnable::run, heartbeat);
            CallSync.Outcome outcome;
            try {
                outcome = sync.run(SyncRunEntity.Kind.INCREMENTAL, null);
            } finally {
                done.set(true);
                other.join();
            }

            assertThat(outcome).isEqualTo(CallSync.Outcome.SUCCEEDED);
            assertThat(tries.get()).as("another server's attempts during the 3 s wait").isGreaterThan(20);
            assertThat(taken.get()).as("times another server got the lease while the run waited 3 s, lease 1.2 s")
                    .isZero();
            assertThat(checksum(db)).isEqualTo(gongChecksum(data));
        } finally {
            heartbeat.shutdownNow();
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRunThatLosesItsLeaseStopsAtOnceAndTheServerHoldingItFinishesTheRun(TestDatabase database) {
        TestDatabase.Opened db = database.open();
        java.util.concurrent.ScheduledExecutorService heartbeat = java.util.concurrent.Executors
                .newSingleThreadScheduledExecutor();
        try {
            SandboxData data = StoreFixture.sandbox(32, 500);
            ResourceLocalSyncStore store = new ResourceLocalSyncStore(db.factory());
            Clock clock = ticking();
            Duration lease = Duration.ofMillis(400);
            SyncSettings settings = settings("node-a").toBuilder().lease(lease).build();
            // While node-a waits in page 3, node-b is given the lease (as if node-a had been gone a lease long).
            java.util.concurrent.atomic.AtomicBoolean given = new java.util.concurrent.atomic.AtomicBoolean();
            CallSync thoughtDead = new CallSync(new SandboxGongSource(data).pauseAtPageRequest(3, Duration.ofMinutes(1)),
                    store, settings, clock, r -> {
                        if (r.getPages() == 1) { // the run then waits in page request 3 (page 2 is read ahead)
                            heartbeat.schedule(() -> {
                                store.releaseLease("node-a");
                                given.set(store.acquireLease("node-b", OffsetDateTime.now(clock), Duration.ofMinutes(5)));
                            }, 200, java.util.concurrent.TimeUnit.MILLISECONDS);
                        }
                    }, Runnable::run, heartbeat);
            long began = System.nanoTime();

            CallSync.Outcome outcome = thoughtDead.run(SyncRunEntity.Kind.INCREMENTAL, null);

            assertThat(given.get()).as("node-b was given the lease").isTrue();
            assertThat(outcome).isEqualTo(CallSync.Outcome.LEASE_LOST);
            assertThat(Duration.ofNanos(System.nanoTime() - began)).as("stopped at once, not after the minute's wait")
                    .isLessThan(Duration.ofSeconds(20));
            assertThat(Thread.interrupted()).as("the run's thread is left uninterrupted").isFalse();
            SyncRunEntity run = store.unfinishedRun().orElseThrow();
            assertThat(run.getStatus()).as("left running, for the server that holds it").isEqualTo(SyncRunEntity.Status.RUNNING);
            assertThat(run.getPages()).as("pages committed before the lease was lost, none after").isEqualTo(1);
            assertThat(run.getError()).isNull();

            store.releaseLease("node-b");
            CallSync holder = new CallSync(new SandboxGongSource(data), store, settings("node-b"), clock, r -> { });
            assertThat(holder.run(SyncRunEntity.Kind.INCREMENTAL, null)).isEqualTo(CallSync.Outcome.SUCCEEDED);
            assertThat(store.recentRuns(1).get(0).getId()).as("the same run, finished").isEqualTo(run.getId());
            assertThat(checksum(db)).isEqualTo(gongChecksum(data));
        } finally {
            heartbeat.shutdownNow();
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRunKilledAfterPageThreeResumesWithNoGapAndNoDuplicate(TestDatabase database) {
        TestDatabase.Opened db = database.open();
        try {
            SandboxData data = StoreFixture.sandbox(23, 800);
            ResourceLocalSyncStore store = new ResourceLocalSyncStore(db.factory());
            CallSync doomed = new CallSync(new SandboxGongSource(data), store, settings("node-a"), CLOCK, run -> {
                if (run.getPages() == 3) {
                    throw new Killed();
                }
            });
            try {
                doomed.run(SyncRunEntity.Kind.INCREMENTAL, null);
            } catch (Killed expected) {
                // the server went away after committing page 3
            }
            assertThat(rows(db, "CallEntity")).isEqualTo(300);
            SyncRunEntity interrupted = store.unfinishedRun().orElseThrow();
            assertThat(interrupted.getStatus()).isEqualTo(SyncRunEntity.Status.RUNNING);

            SandboxGongSource gong = new SandboxGongSource(data);
            CallSync restarted = new CallSync(gong, store, settings("node-a"), CLOCK, run -> { });
            assertThat(restarted.run(SyncRunEntity.Kind.INCREMENTAL, null)).isEqualTo(CallSync.Outcome.SUCCEEDED);

            assertThat(checksum(db)).isEqualTo(gongChecksum(data));
            SyncRunEntity resumed = store.recentRuns(1).get(0);
            assertThat(resumed.getId()).isEqualTo(interrupted.getId());
            assertThat(resumed.getCalls()).isEqualTo(data.find(CallsFilter.builder().build()).size());
            assertThat(gong.pageRequests.get()).as("resumed with its cursor, not from the start")
                    .isEqualTo(resumed.getPages() - 3);
        } finally {
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anExpiredCursorRestartsFromTheLastCommittedCall(TestDatabase database) {
        TestDatabase.Opened db = database.open();
        try {
            SandboxData data = StoreFixture.sandbox(24, 900);
            ResourceLocalSyncStore store = new ResourceLocalSyncStore(db.factory());
            CallSync sync = new CallSync(new SandboxGongSource(data).expireCursorAtRequest(3), store,
                    settings("node-a"), CLOCK, run -> { });

            assertThat(sync.run(SyncRunEntity.Kind.INCREMENTAL, null)).isEqualTo(CallSync.Outcome.SUCCEEDED);

            assertThat(checksum(db)).isEqualTo(gongChecksum(data));
            assertThat(store.recentRuns(1).get(0).getCursorRestarts()).isEqualTo(1);
        } finally {
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void askingForTheNextPageWhileCommittingLosesAndDoublesNothing(TestDatabase database) {
        TestDatabase.Opened db = database.open();
        java.util.concurrent.ExecutorService prefetch = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            SandboxData data = StoreFixture.sandbox(26, 900);
            ResourceLocalSyncStore store = new ResourceLocalSyncStore(db.factory());
            CallSync sync = new CallSync(new SandboxGongSource(data).expireCursorAtRequest(4), store,
                    settings("node-a"), CLOCK, run -> { }, prefetch);

            assertThat(sync.run(SyncRunEntity.Kind.INCREMENTAL, null)).isEqualTo(CallSync.Outcome.SUCCEEDED);

            assertThat(checksum(db)).isEqualTo(gongChecksum(data));
            assertThat(store.recentRuns(1).get(0).getCursorRestarts()).isEqualTo(1);
        } finally {
            prefetch.shutdownNow();
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFailedRunIsResumedAndOnlyOneServerRunsAtATime(TestDatabase database) {
        TestDatabase.Opened db = database.open();
        try {
            SandboxData data = StoreFixture.sandbox(25, 500);
            ResourceLocalSyncStore store = new ResourceLocalSyncStore(db.factory());
            CallSync failing = new CallSync(new SandboxGongSource(data).failAtPageRequest(2), store,
                    settings("node-a"), CLOCK, run -> { });
            assertThat(failing.run(SyncRunEntity.Kind.INCREMENTAL, null)).isEqualTo(CallSync.Outcome.FAILED);
            assertThat(failing.progress().lastError()).contains("503");
            assertThat(failing.gongUnreachable()).isTrue();

            assertThat(store.acquireLease("node-b", OffsetDateTime.now(CLOCK), Duration.ofMinutes(10))).isTrue();
            CallSync other = new CallSync(new SandboxGongSource(data), store, settings("node-a"), CLOCK, run -> { });
            assertThat(other.run(SyncRunEntity.Kind.INCREMENTAL, null)).isEqualTo(CallSync.Outcome.LOCKED);
            store.releaseLease("node-b");

            assertThat(other.run(SyncRunEntity.Kind.INCREMENTAL, null)).isEqualTo(CallSync.Outcome.SUCCEEDED);
            assertThat(checksum(db)).isEqualTo(gongChecksum(data));
            assertThat(store.recentRuns(5)).hasSize(1);
        } finally {
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void transcriptsAreFetchedInBatchesAndPrivateCallsSkipped(TestDatabase database) {
        TestDatabase.Opened db = database.open();
        try {
            SandboxData data = StoreFixture.sandbox(26, 250);
            ResourceLocalSyncStore store = new ResourceLocalSyncStore(db.factory());
            SandboxGongSource gong = new SandboxGongSource(data);
            SyncSettings withTranscripts = settings("node-a").toBuilder().transcripts(true).build();
            new CallSync(gong, store, withTranscripts, CLOCK, run -> { }).run(SyncRunEntity.Kind.INCREMENTAL, null);

            EntityManager em = db.factory().createEntityManager();
            long calls = em.createQuery("SELECT COUNT(c) FROM CallEntity c", Long.class).getSingleResult();
            long privateCalls = em.createQuery("SELECT COUNT(c) FROM CallEntity c WHERE c.isPrivate = TRUE", Long.class)
                    .getSingleResult();
            long fetched = em.createQuery("SELECT COUNT(c) FROM CallEntity c WHERE c.transcriptFetchedAt IS NOT NULL",
                    Long.class).getSingleResult();
            em.close();
            assertThat(privateCalls).isPositive();
            assertThat(fetched).isEqualTo(calls - privateCalls);
            assertThat(gong.transcriptRequests.get()).isEqualTo((int) Math.ceil(fetched / 100.0));
            assertThat(rows(db, "TranscriptSentenceEntity")).isPositive();
        } finally {
            db.close();
        }
    }
}
