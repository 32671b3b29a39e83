package io.calldeck.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.calldeck.connector.model.CallsFilter;
import io.calldeck.connector.model.ExtensiveCall;
import io.calldeck.connector.model.PublicComment;
import io.calldeck.sandbox.SandboxClock;
import io.calldeck.sandbox.data.CallSkeleton;
import io.calldeck.sandbox.data.SandboxCall;
import io.calldeck.sandbox.data.SandboxData;
import io.calldeck.store.StoreFixture;
import io.calldeck.store.TestDatabase;
import io.calldeck.store.entity.CallEntity;
import io.calldeck.store.entity.CommentEntity;
import io.calldeck.store.entity.SyncRunEntity;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Gong publishes late, and each kind of lateness reaches the store by its own path, as time moves on (one clock for
 * the sandbox and the sync): a call listed hours after it ended by the next run's look-back; a comment posted weeks
 * after its call, an edit and a deletion only by the refresh; a transcript Gong had not made yet by asking again
 * after the retry time. On H2 and PostgreSQL.
 */
class LateDataSyncTest {

    private static final Instant NOW = StoreFixture.NOW;

    private static SyncSettings settings() {
        return SyncSettings.builder().initialDelay(Duration.ZERO).node("node-a").build();
    }

    private static <T> T read(TestDatabase.Opened db, Function<EntityManager, T> query) {
        EntityManager em = db.factory().createEntityManager();
        try {
            return query.apply(em);
        } finally {
            em.close();
        }
    }

    private static Set<String> storedIds(TestDatabase.Opened db) {
        return Set.copyOf(read(db, em -> em.createQuery("SELECT c.id FROM CallEntity c", String.class)
                .getResultList()));
    }

    /** @return per stored call, its comments' ids and texts */
    private static Map<String, Set<String>> storedComments(TestDatabase.Opened db) {
        Map<String, Set<String>> byCall = new HashMap<>();
        read(db, em -> em.createQuery("SELECT c FROM CommentEntity c", CommentEntity.class).getResultList())
                .forEach(c -> byCall.computeIfAbsent(c.getCallId(), k -> new java.util.TreeSet<>())
                        .add(c.getCommentId() + ":" + c.getText()));
        return byCall;
    }

    /** @return per call Gong lists now that started in [from, to), its comments' ids and texts */
    private static Map<String, Set<String>> gongComments(SandboxData data, Instant from, Instant to) {
        Map<String, Set<String>> byCall = new HashMap<>();
        for (SandboxCall call : data.find(CallsFilter.between(from, to))) {
            ExtensiveCall rendered = data.render(call);
            Set<String> comments = rendered.collaboration().publicComments().stream()
                    .map(c -> c.id() + ":" + c.comment()).collect(Collectors.toCollection(java.util.TreeSet::new));
            if (!comments.isEmpty()) {
                byCall.put(call.id(), comments);
            }
        }
        return byCall;
    }

    private static Map<String, Set<String>> startedIn(Map<String, Set<String>> comments, SandboxData data,
                                                     Instant from, Instant to) {
        Set<String> ids = data.find(CallsFilter.between(from, to)).stream().map(SandboxCall::id)
                .collect(Collectors.toSet());
        return comments.entrySet().stream().filter(e -> ids.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** @return a generated call of the 20 days before {@link #NOW} that matches, the oldest first */
    private static CallSkeleton generated(SandboxData data, java.util.function.Predicate<CallSkeleton> matches) {
        var generator = data.generator().orElseThrow();
        int today = (int) java.time.LocalDate.ofInstant(NOW, generator.zone()).toEpochDay();
        for (int day = today - 20; day < today; day++) {
            for (CallSkeleton call : generator.day(day)) {
                if (matches.test(call)) {
                    return call;
                }
            }
        }
        throw new AssertionError("no such generated call");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCallListedLateArrivesWithTheNextRunsLookBack(TestDatabase database) {
        TestDatabase.Opened db = database.open();
        try {
            SandboxClock clock = new SandboxClock(Clock.systemUTC(), NOW);
            SandboxData data = StoreFixture.sandbox(31, 600, clock);
            CallSkeleton late = generated(data, c -> Duration.between(c.started(), c.visibleAt()).toHours() >= 6);
            Instant ended = late.started().plusSeconds(late.duration());
            ResourceLocalSyncStore store = new ResourceLocalSyncStore(db.factory());
            CallSync sync = new CallSync(new SandboxGongSource(data), store, settings(), clock, run -> { });

            clock.set(ended.plus(Duration.ofMinutes(100)));
            assertThat(sync.run(SyncRunEntity.Kind.INCREMENTAL, null)).isEqualTo(CallSync.Outcome.SUCCEEDED);
            assertThat(storedIds(db)).as("a run after the call ended, before Gong listed it").isNotEmpty()
                    .doesNotContain(late.id());

            clock.set(late.visibleAt().plus(Duration.ofMinutes(1)));
            assertThat(sync.run(SyncRunEntity.Kind.INCREMENTAL, null)).isEqualTo(CallSync.Outcome.SUCCEEDED);

            assertThat(storedIds(db)).as("listed %s after it started", Duration.between(late.started(),
                    late.visibleAt())).contains(late.id());
        } finally {
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void commentsPostedEditedAndDeletedOnOlderCallsReachTheStoreThroughTheRefresh(TestDatabase database) {
        TestDatabase.Opened db = database.open();
        try {
            SandboxClock clock = new SandboxClock(Clock.systemUTC(), NOW);
            SandboxData data = StoreFixture.sandbox(32, 900, clock);
            ResourceLocalSyncStore store = new ResourceLocalSyncStore(db.factory());
            CallSync sync = new CallSync(new SandboxGongSource(data), store, settings(), clock, run -> { });
            sync.run(SyncRunEntity.Kind.INCREMENTAL, null);
            assertThat(sync.refreshDue(NOW)).as("the first run read the whole refresh window").isFalse();

            Instant later = NOW.plus(Duration.ofDays(10));
            clock.set(later);
            Instant refreshFrom = later.minus(Duration.ofDays(30));
            Instant lookBackFrom = NOW.minus(Duration.ofDays(3));
            String old = data.find(CallsFilter.between(refreshFrom, lookBackFrom)).stream()
                    .filter(c -> !data.render(c).collaboration().publicComments().isEmpty()).findFirst()
                    .orElseThrow().id();
            PublicComment posted;
            try {
                posted = data.postComment(old, data.users().get(0).id(), "Posted weeks later", 12.5);
            } catch (SandboxData.UnknownCallsException e) {
                throw new AssertionError(e);
            }
            PublicComment edited = data.render(data.byId(old).orElseThrow()).collaboration().publicComments().get(0);
            data.editComment(old, edited.id(), "Edited in Gong");
            String deletedCall = data.find(CallsFilter.between(refreshFrom, lookBackFrom)).stream()
                    .filter(c -> !c.id().equals(old) && !data.render(c).collaboration().publicComments().isEmpty())
                    .findFirst().orElseThrow().id();
            PublicComment deleted = data.render(data.byId(deletedCall).orElseThrow()).collaboration().publicComments()
                    .get(0);
            data.deleteComment(deletedCall, deleted.id());

            assertThat(sync.run(SyncRunEntity.Kind.INCREMENTAL, null)).isEqualTo(CallSync.Outcome.SUCCEEDED);
            Map<String, Set<String>> gong = startedIn(gongComments(data, refreshFrom, later), data, refreshFrom,
                    lookBackFrom);
            Map<String, Set<String>> stored = startedIn(storedComments(db), data, refreshFrom, lookBackFrom);
            assertThat(stored).as("the look-back does not re-read calls older than it").isNotEqualTo(gong);
            assertThat(stored.get(old)).doesNotContain(posted.id() + ":Posted weeks later");
            assertThat(sync.refreshDue(later)).as("a day has passed since the window was last re-read").isTrue();

            assertThat(sync.run(SyncRunEntity.Kind.REFRESH, null)).isEqualTo(CallSync.Outcome.SUCCEEDED);

            stored = startedIn(storedComments(db), data, refreshFrom, later);
            assertThat(stored).as("after the refresh, the store's comments of the last 30 days are Gong's")
                    .isEqualTo(gongComments(data, refreshFrom, later));
            assertThat(stored.get(old)).contains(posted.id() + ":Posted weeks later", edited.id() + ":Edited in Gong");
            assertThat(stored.getOrDefault(deletedCall, Set.of())).noneMatch(c -> c.startsWith(deleted.id() + ":"));
            CallEntity call = read(db, em -> em.find(CallEntity.class, old));
            assertThat(call.getCommentCount()).isEqualTo(gongComments(data, refreshFrom, later).get(old).size());
            SyncRunEntity refresh = store.lastSucceeded(SyncRunEntity.Kind.REFRESH).orElseThrow();
            assertThat(refresh.getWindowFrom().toInstant()).isEqualTo(refreshFrom);
            assertThat(refresh.getRequests()).as("its cost: a page per 100 calls, and the directory")
                    .isEqualTo(refresh.getPages() + 2);
            assertThat(sync.refreshDue(later)).isFalse();
        } finally {
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTranscriptGongHadNotMadeYetIsAskedForAgainAfterTheRetryTime(TestDatabase database) {
        TestDatabase.Opened db = database.open();
        try {
            SandboxClock clock = new SandboxClock(Clock.systemUTC(), NOW);
            SandboxData data = StoreFixture.sandbox(33, 300, clock);
            CallSkeleton slow = generated(data, c -> Duration.between(c.visibleAt(), c.transcriptAt()).toMinutes() >= 90);
            Instant listed = slow.visibleAt().plus(Duration.ofMinutes(1));
            ResourceLocalSyncStore store = new ResourceLocalSyncStore(db.factory());
            SandboxGongSource gong = new SandboxGongSource(data);
            SyncSettings withTranscripts = settings().toBuilder().transcripts(true).privateTranscripts(true)
                    .transcriptRetry(Duration.ofMinutes(60)).build();
            CallSync sync = new CallSync(gong, store, withTranscripts, clock, run -> { });

            clock.set(listed);
            sync.run(SyncRunEntity.Kind.INCREMENTAL, null);
            assertThat(storedIds(db)).contains(slow.id());
            assertThat(sentences(db, List.of(slow.id()))).as("Gong had not transcribed it yet").isZero();

            clock.set(listed.plus(Duration.ofMinutes(59)));
            int asked = gong.transcriptRequests.get();
            sync.run(SyncRunEntity.Kind.INCREMENTAL, null);
            assertThat(gong.transcriptRequests.get()).as("not asked again within the retry time").isEqualTo(asked);

            clock.set(slow.transcriptAt().plus(Duration.ofMinutes(61)));
            sync.run(SyncRunEntity.Kind.INCREMENTAL, null);

            assertThat(gong.transcriptRequests.get()).isGreaterThan(asked);
            long expected = data.transcript(data.byId(slow.id()).orElseThrow()).transcript().stream()
                    .mapToLong(m -> m.sentences().size()).sum();
            assertThat(expected).isPositive();
            assertThat(sentences(db, List.of(slow.id()))).as("asked for again, Gong had it").isEqualTo(expected);
        } finally {
            db.close();
        }
    }

    private static long sentences(TestDatabase.Opened db, List<String> callIds) {
        return read(db, em -> em.createQuery("SELECT COUNT(s) FROM TranscriptSentenceEntity s WHERE s.callId IN :ids",
                Long.class).setParameter("ids", callIds).getSingleResult());
    }
}
