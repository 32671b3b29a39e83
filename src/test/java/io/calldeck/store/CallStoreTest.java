package io.calldeck.store;

import static io.calldeck.store.StoreFixture.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import io.calldeck.connector.model.CallCollaboration;
import io.calldeck.connector.model.CallTranscript;
import io.calldeck.connector.model.ExtensiveCall;
import io.calldeck.connector.model.GongUser;
import io.calldeck.connector.model.Party;
import io.calldeck.connector.model.Speaker;
import io.calldeck.sandbox.data.SandboxData;
import io.calldeck.store.entity.CallEntity;
import io.calldeck.store.entity.UserEntity;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Calls land whole, are upserted by Gong id (never doubled), keep their transcript, and name their users. */
class CallStoreTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-01T12:00:00Z");

    private static long rows(EntityManager em, String entity) {
        return em.createQuery("SELECT COUNT(x) FROM " + entity + " x", Long.class).getSingleResult();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void savingTheSameCallsTwiceStoresThemOnce(TestDatabase database) {
        TestDatabase.Opened db = database.open();
        EntityManager em = db.factory().createEntityManager();
        try {
            List<ExtensiveCall> calls = StoreFixture.calls(StoreFixture.sandbox(3, 300)).subList(0, 150);
            CallStore store = new CallStore(em);
            int created = inTransaction(em, e -> store.saveCalls(StoreFixture.writes(calls), AT));
            long parties = rows(em, "PartyEntity");
            long trackers = rows(em, "TrackerEntity");
            long comments = rows(em, "CommentEntity");
            int again = inTransaction(em, e -> store.saveCalls(StoreFixture.writes(calls), AT.plusHours(1)));

            assertThat(created).isEqualTo(150);
            assertThat(again).isZero();
            assertThat(rows(em, "CallEntity")).isEqualTo(150);
            assertThat(rows(em, "PartyEntity")).isEqualTo(parties)
                    .isEqualTo(calls.stream().mapToLong(c -> c.parties().size()).sum());
            assertThat(rows(em, "TrackerEntity")).isEqualTo(trackers);
            assertThat(rows(em, "CommentEntity")).isEqualTo(comments)
                    .isEqualTo(calls.stream().mapToLong(c -> c.collaboration().publicComments().size()).sum());
            assertThat(em.find(CallEntity.class, calls.get(0).metaData().id()).getSyncedAt())
                    .isEqualTo(AT.plusHours(1));
        } finally {
            em.close();
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCallReadAgainReplacesItsPartsAndKeepsItsTranscript(TestDatabase database) {
        TestDatabase.Opened db = database.open();
        EntityManager em = db.factory().createEntityManager();
        try {
            SandboxData data = StoreFixture.sandbox(5, 200);
            ExtensiveCall call = StoreFixture.calls(data).stream()
                    .filter(c -> c.collaboration().publicComments().size() >= 2).findFirst().orElseThrow();
            CallStore store = new CallStore(em);
            CallTranscript transcript = data.transcript(data.byId(call.metaData().id()).orElseThrow());
            inTransaction(em, e -> store.saveCalls(StoreFixture.writes(List.of(call)), AT));
            inTransaction(em, e -> store.saveTranscript(io.calldeck.sync.CallMapper.transcript(transcript), AT));
            ExtensiveCall edited = new ExtensiveCall(call.metaData(), call.context(), call.parties(), call.content(),
                    call.interaction(), new CallCollaboration(call.collaboration().publicComments().subList(0, 1)),
                    call.media());
            inTransaction(em, e -> store.saveCalls(StoreFixture.writes(List.of(edited)), AT.plusMinutes(5)));

            CallDetails.CallDetail detail = new CallDetails(em).detail(call.metaData().id()).orElseThrow();
            assertThat(detail.comments()).hasSize(1);
            assertThat(detail.call().getCommentCount()).isEqualTo(1);
            assertThat(detail.transcript()).hasSize((int) transcript.transcript().stream()
                    .mapToLong(m -> m.sentences().size()).sum());
            assertThat(detail.call().getTranscriptFetchedAt()).isEqualTo(AT);
            assertThat(detail.parties()).extracting(p -> p.getPartyId())
                    .containsExactlyElementsOf(call.parties().stream().map(Party::id).toList());
        } finally {
            em.close();
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyPartOfACallIsReadBackAsItWasWrittenNewAndAgain(TestDatabase database) {
        TestDatabase.Opened db = database.open();
        EntityManager em = db.factory().createEntityManager();
        try {
            List<ExtensiveCall> calls = StoreFixture.calls(StoreFixture.sandbox(11, 300));
            ExtensiveCall call = calls.stream().filter(c -> c.context() != null && !c.context().isEmpty()
                    && !c.collaboration().publicComments().isEmpty() && !c.content().keyPoints().isEmpty()
                    && c.content().trackers().stream().anyMatch(t -> t.count() == 0)
                    && c.content().trackers().stream().anyMatch(t -> t.count() > 0)).findFirst().orElseThrow();
            CallStore store = new CallStore(em);
            CallParts expected = io.calldeck.sync.CallMapper.fill(new CallEntity(call.metaData().id()), call);
            for (int write = 0; write < 2; write++) { // new; then as a call stored before content hashes: rewritten
                inTransaction(em, e -> e.createNativeQuery("UPDATE gong_call SET content_hash = NULL").executeUpdate());
                inTransaction(em, e -> store.saveCalls(StoreFixture.writes(calls.subList(0, 100).contains(call)
                        ? calls.subList(0, 100) : List.of(call)), AT));
                em.clear();
                CallDetails.CallDetail detail = new CallDetails(em).detail(call.metaData().id()).orElseThrow();
                assertSameRows(detail.parties(), expected.parties());
                assertSameRows(detail.speakers(), expected.speakers());
                assertSameRows(detail.stats(), expected.stats());
                assertSameRows(detail.topics(), expected.topics());
                assertSameRows(detail.trackers(), expected.trackers());
                assertSameRows(detail.keyPoints(), expected.keyPoints());
                assertSameRows(detail.comments(), expected.comments());
                assertSameRows(detail.crmObjects(), expected.crmObjects());
                assertThat(detail.parties()).isNotEmpty();
                assertThat(detail.crmObjects()).isNotEmpty();
                assertThat(detail.trackers()).extracting(t -> t.getName()).containsExactlyElementsOf(call.content()
                        .trackers().stream().filter(t -> t.count() > 0).map(t -> t.name()).toList());
            }
        } finally {
            em.close();
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCallReadAgainUnchangedKeepsItsRowsAndAChangedOneIsRewritten(TestDatabase database) {
        TestDatabase.Opened db = database.open();
        EntityManager em = db.factory().createEntityManager();
        try {
            ExtensiveCall call = StoreFixture.calls(StoreFixture.sandbox(5, 200)).stream()
                    .filter(c -> c.collaboration().publicComments().size() >= 2).findFirst().orElseThrow();
            String id = call.metaData().id();
            CallStore store = new CallStore(em);
            inTransaction(em, e -> store.saveCalls(StoreFixture.writes(List.of(call)), AT));
            // A mark only a rewrite removes: the store's copy of the first party's name.
            inTransaction(em, e -> e.createNativeQuery("UPDATE call_party SET name = 'kept' WHERE call_id = ?1"
                    + " AND position = 0").setParameter(1, id).executeUpdate());
            ExtensiveCall newMedia = new ExtensiveCall(call.metaData(), call.context(), call.parties(), call.content(),
                    call.interaction(), call.collaboration(), new io.calldeck.connector.model.CallMedia(
                            "https://media.example/audio?signature=new", null));

            int created = inTransaction(em, e -> store.saveCalls(StoreFixture.writes(List.of(newMedia)), AT.plusHours(1)));
            em.clear();
            CallDetails.CallDetail unchanged = new CallDetails(em).detail(id).orElseThrow();
            assertThat(created).isZero();
            assertThat(unchanged.parties().get(0).getName()).as("an unchanged call's rows are kept").isEqualTo("kept");
            assertThat(unchanged.call().getSyncedAt()).isEqualTo(AT.plusHours(1));

            ExtensiveCall edited = new ExtensiveCall(call.metaData(), call.context(), call.parties(), call.content(),
                    call.interaction(), new CallCollaboration(call.collaboration().publicComments().subList(0, 1)),
                    call.media());
            inTransaction(em, e -> store.saveCalls(StoreFixture.writes(List.of(edited)), AT.plusHours(2)));
            em.clear();
            CallDetails.CallDetail changed = new CallDetails(em).detail(id).orElseThrow();
            assertThat(changed.parties().get(0).getName()).isEqualTo(call.parties().get(0).name());
            assertThat(changed.comments()).hasSize(1);
            assertThat(changed.call().getSyncedAt()).isEqualTo(AT.plusHours(2));
        } finally {
            em.close();
            db.close();
        }
    }

    private static <T> void assertSameRows(List<T> stored, List<T> written) {
        assertThat(stored).usingRecursiveFieldByFieldElementComparator(
                        org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                                .withComparatorForType(java.util.Comparator.comparing(OffsetDateTime::toInstant),
                                        OffsetDateTime.class).build())
                .containsExactlyInAnyOrderElementsOf(written);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theRepsTalkTimeAndRatioAreTheirOwnSpeakers(TestDatabase database) {
        TestDatabase.Opened db = database.open();
        EntityManager em = db.factory().createEntityManager();
        try {
            List<ExtensiveCall> calls = StoreFixture.calls(StoreFixture.sandbox(8, 120));
            inTransaction(em, e -> new CallStore(em).saveCalls(StoreFixture.writes(calls), AT));
            for (ExtensiveCall call : calls) {
                double own = call.interaction().speakers().stream()
                        .filter(s -> call.metaData().primaryUserId().equals(s.userId()))
                        .mapToDouble(Speaker::talkTime).sum();
                CallEntity stored = em.find(CallEntity.class, call.metaData().id());
                assertThat(stored.getRepTalkSeconds()).isCloseTo(own, org.assertj.core.data.Offset.offset(1e-6));
                double all = call.interaction().speakers().stream().mapToDouble(Speaker::talkTime).sum();
                assertThat(stored.getTalkRatio()).as("Gong's talk ratio: the host's share of all talk")
                        .isCloseTo(own / all, org.assertj.core.data.Offset.offset(1e-6));
                assertThat(stored.getRepName()).isNotBlank();
                assertThat(stored.getStarted().toInstant()).isEqualTo(call.metaData().started().toInstant());
            }
        } finally {
            em.close();
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void internalPartiesBecomeUsersUntilTheDirectorySaysMore(TestDatabase database) {
        TestDatabase.Opened db = database.open();
        EntityManager em = db.factory().createEntityManager();
        try {
            SandboxData data = StoreFixture.sandbox(9, 100);
            List<ExtensiveCall> calls = StoreFixture.calls(data);
            CallStore store = new CallStore(em);
            inTransaction(em, e -> store.saveCalls(StoreFixture.writes(calls), AT));
            GongUser directoryUser = data.users().get(3);
            Optional<Boolean> listedBefore = Optional.ofNullable(em.find(UserEntity.class, directoryUser.id()))
                    .map(UserEntity::isInDirectory);
            StoreFixture.runInTransaction(em, e -> store.saveUsers(io.calldeck.sync.CallMapper.users(data.users()), AT));

            assertThat(listedBefore).as("known from a call's party, not yet from the directory").contains(false);
            UserEntity after = em.find(UserEntity.class, directoryUser.id());
            assertThat(after.isInDirectory()).isTrue();
            assertThat(after.getManagerId()).isEqualTo(directoryUser.managerId());
            assertThat(after.getName()).isEqualTo(directoryUser.fullName());
        } finally {
            em.close();
            db.close();
        }
    }
}
