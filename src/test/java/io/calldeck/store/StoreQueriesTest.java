package io.calldeck.store;

import static io.calldeck.store.StoreFixture.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.calldeck.connector.model.ExtensiveCall;
import io.calldeck.connector.model.PublicComment;
import io.calldeck.connector.model.Speaker;
import io.calldeck.sandbox.data.SandboxData;
import io.calldeck.store.entity.CallEntity;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every dashboard query on H2 and PostgreSQL, checked against the same answer computed in memory from the
 * calls that were stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreQueriesTest {

    /** The store's queries over one test database. */
    private record Queries(EntityManager em, CallSearch search, TalkTimeQueries talkTime, TeamStatsQueries team,
                           TrackerQueries trackers, CommentQueries comments, Directory directory) {
    }

    private final Map<TestDatabase, TestDatabase.Opened> databases = new HashMap<>();
    private SandboxData data;
    private List<ExtensiveCall> calls;

    @BeforeAll
    void generate() {
        data = StoreFixture.sandbox(11, 600);
        calls = StoreFixture.calls(data);
    }

    @AfterAll
    void close() {
        databases.values().forEach(TestDatabase.Opened::close);
    }

    private Queries queries(TestDatabase database) {
        TestDatabase.Opened db = databases.computeIfAbsent(database, d -> {
            TestDatabase.Opened opened = d.open();
            EntityManager em = opened.factory().createEntityManager();
            inTransaction(em, e -> new CallStore(e).saveCalls(StoreFixture.writes(calls), OffsetDateTime.now(ZoneOffset.UTC)));
            em.close();
            return opened;
        });
        EntityManager em = db.factory().createEntityManager();
        return new Queries(em, new CallSearch(em), new TalkTimeQueries(em), new TeamStatsQueries(em), new TrackerQueries(em),
                new CommentQueries(em),
                new Directory(em));
    }

    private List<String> expectedIds(Predicate<ExtensiveCall> filter, Comparator<ExtensiveCall> order) {
        return calls.stream().filter(filter).sorted(order).map(c -> c.metaData().id()).toList();
    }

    private static final Comparator<ExtensiveCall> NEWEST_FIRST = Comparator
            .comparing((ExtensiveCall c) -> c.metaData().started().toInstant()).reversed()
            .thenComparing(c -> c.metaData().id());

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void filtersOnDateRepAndDirectionNewestFirst(TestDatabase database) {
        Queries queries = queries(database);
        String rep = calls.get(0).metaData().primaryUserId();
        OffsetDateTime from = calls.get(calls.size() / 4).metaData().started();
        OffsetDateTime to = calls.get(calls.size() * 3 / 4).metaData().started();
        CallFilter filter = CallFilter.between(from, to).withReps(List.of(rep))
                .withDirections(List.of("Conference", "Outbound"));
        Predicate<ExtensiveCall> same = c -> !c.metaData().started().isBefore(from)
                && c.metaData().started().isBefore(to) && c.metaData().primaryUserId().equals(rep)
                && List.of("Conference", "Outbound").contains(c.metaData().direction());

        CallSearch.CallPage page = queries.search().search(filter, CallSort.STARTED, false, 0, 500);

        assertThat(page.calls()).extracting(CallEntity::getId).containsExactlyElementsOf(expectedIds(same, NEWEST_FIRST));
        assertThat(page.total()).isEqualTo(page.calls().size()).isPositive();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void pagesTogetherHoldEveryMatchOnce(TestDatabase database) {
        Queries queries = queries(database);
        List<String> seen = new ArrayList<>();
        long total = -1;
        for (int offset = 0; ; offset += 25) {
            CallSearch.CallPage page = queries.search().search(CallFilter.ALL, CallSort.DURATION, true, offset, 25);
            total = page.total();
            if (page.calls().isEmpty()) {
                break;
            }
            page.calls().forEach(c -> seen.add(c.getId()));
        }
        assertThat(total).isEqualTo(calls.size());
        assertThat(seen).hasSize(calls.size()).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyColumnSorts(TestDatabase database) {
        Queries queries = queries(database);
        for (CallSort sort : CallSort.values()) {
            for (boolean ascending : new boolean[] {true, false}) {
                List<CallEntity> page = queries.search().search(CallFilter.ALL, sort, ascending, 0, 500).calls();
                assertThat(page).as("%s %s", sort, ascending ? "asc" : "desc").hasSize(Math.min(500, calls.size()));
                Comparator<CallEntity> order = comparator(sort);
                for (int i = 1; i < page.size(); i++) {
                    int cmp = order.compare(page.get(i - 1), page.get(i));
                    assertThat(ascending ? cmp <= 0 : cmp >= 0).as("%s %s at row %d", sort, ascending, i).isTrue();
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Comparator<CallEntity> comparator(CallSort sort) {
        java.util.function.Function<CallEntity, Comparable<Object>> key = switch (sort) {
            case STARTED -> c -> (Comparable<Object>) (Object) c.getStarted().toInstant();
            case TITLE -> c -> (Comparable<Object>) (Object) c.getTitle();
            case REP -> c -> (Comparable<Object>) (Object) c.getRepName();
            case DURATION -> c -> (Comparable<Object>) (Object) c.getDurationSeconds();
            case DIRECTION -> c -> (Comparable<Object>) (Object) c.getDirection();
            case SCOPE -> c -> (Comparable<Object>) (Object) c.getScope();
            case SYSTEM -> c -> (Comparable<Object>) (Object) c.getSystem();
            case PARTIES -> c -> (Comparable<Object>) (Object) c.getPartyCount();
            case TALK_RATIO -> c -> (Comparable<Object>) (Object) (c.getTalkRatio() == null ? -1.0 : c.getTalkRatio());
            case COMMENTS -> c -> (Comparable<Object>) (Object) c.getCommentCount();
            case PRIVATE -> c -> (Comparable<Object>) (Object) c.isPrivate();
            case WORKSPACE -> c -> (Comparable<Object>) (Object) c.getWorkspaceId();
        };
        if (sort == CallSort.TITLE || sort == CallSort.REP) {
            return (a, b) -> 0;
        }
        return Comparator.comparing(key);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void titleDurationCommentsAndPrivateFilters(TestDatabase database) {
        Queries queries = queries(database);
        String word = calls.get(5).metaData().title().split(" ")[0].toUpperCase();
        CallFilter filter = new CallFilter(null, null, null, null, null, List.of("External"), null, 600L, 3000L, word,
                true, false);
        Predicate<ExtensiveCall> same = c -> c.metaData().title().toUpperCase().contains(word)
                && "External".equals(c.metaData().scope()) && c.metaData().duration() >= 600
                && c.metaData().duration() <= 3000 && !c.collaboration().publicComments().isEmpty()
                && !c.metaData().isPrivate();

        assertThat(queries.search().search(filter, CallSort.STARTED, false, 0, 500).calls()).extracting(CallEntity::getId)
                .containsExactlyElementsOf(expectedIds(same, NEWEST_FIRST));
        assertThat(queries.search().count(new CallFilter(null, null, null, null, null, null, null, null, null, "100%_", null,
                null))).as("% and _ in the text are matched literally").isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void countingStopsAtItsLimitAndSaysTheCountIsALowerBound(TestDatabase database) {
        Queries queries = queries(database);
        String word = calls.get(5).metaData().title().split(" ")[0];
        CallFilter filter = new CallFilter(null, null, null, null, null, null, null, null, null, word, null, null);
        long all = queries.search().count(filter);
        assertThat(all).isGreaterThan(3);

        assertThat(queries.search().countUpTo(filter, (int) all)).isEqualTo(new CallSearch.CallCount(all, false));
        assertThat(queries.search().countUpTo(filter, (int) all + 1)).isEqualTo(new CallSearch.CallCount(all, false));
        assertThat(queries.search().countUpTo(filter, 3)).isEqualTo(new CallSearch.CallCount(3, true));
        assertThat(queries.search().search(filter, CallSort.STARTED, false, 0, 2)).satisfies(page -> {
            assertThat(page.total()).isEqualTo(all);
            assertThat(page.totalIsLowerBound()).isFalse();
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void talkTimePerRepIsTheSumOfTheirOwnSpeakers(TestDatabase database) {
        Queries queries = queries(database);
        String workspace = calls.get(0).metaData().workspaceId();
        Map<String, List<ExtensiveCall>> byRep = calls.stream()
                .filter(c -> workspace.equals(c.metaData().workspaceId()) && "External".equals(c.metaData().scope()))
                .collect(Collectors.groupingBy(c -> c.metaData().primaryUserId()));

        List<TalkTimeQueries.RepTalkTime> reps = queries.talkTime().talkTimeByRep(new RepFilter(null, null,
                workspace, "External", null));

        assertThat(reps).hasSize(byRep.size());
        for (TalkTimeQueries.RepTalkTime rep : reps) {
            List<ExtensiveCall> own = byRep.get(rep.userId());
            double talk = own.stream().mapToDouble(c -> repTalk(c)).sum();
            // Gong's talk ratio per call (the host's share of all speakers' talk), averaged over the rep's calls
            double ratio = own.stream().mapToDouble(c -> repTalk(c) / allTalk(c)).average().orElse(0);
            assertThat(rep.calls()).isEqualTo(own.size());
            assertThat(rep.talkTimeSeconds()).isCloseTo(talk, within(0.01));
            assertThat(rep.averageTalkRatio()).isCloseTo(ratio, within(1e-6));
            assertThat(rep.name()).isNotBlank();
        }
        assertThat(reps).isSortedAccordingTo(Comparator.comparing(TalkTimeQueries.RepTalkTime::talkTimeSeconds).reversed());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void weeklyTalkTimeAddsUpToThePeriod(TestDatabase database) {
        Queries queries = queries(database);
        RepFilter all = new RepFilter(null, null, null, null, null);
        Map<String, Double> weekly = queries.talkTime().talkTimeByWeek(all).stream().collect(Collectors.groupingBy(
                TalkTimeQueries.WeeklyTalkTime::userId, Collectors.summingDouble(TalkTimeQueries.WeeklyTalkTime::talkTimeSeconds)));
        queries.talkTime().talkTimeByRep(all).forEach(rep ->
                assertThat(weekly.get(rep.userId())).isCloseTo(rep.talkTimeSeconds(), within(0.01)));
        assertThat(queries.talkTime().talkTimeByWeek(all)).allSatisfy(w ->
                assertThat(w.week().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPagesCallsAreNotKeptInThePersistenceContextSoAnExportDoesNotHoldEveryCallItRead(TestDatabase database) {
        Queries queries = queries(database);

        List<CallEntity> page = queries.search().page(CallFilter.ALL, CallSort.STARTED, false, 0, 50);

        assertThat(page).hasSize(50);
        assertThat(page).noneMatch(queries.em()::contains);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void trackersCountTheCallsThatMentionThemAndTheCallsFilterListsExactlyThose(TestDatabase database) {
        Queries queries = queries(database);
        Map<String, List<String>> mentioning = new HashMap<>();
        Map<String, Long> mentions = new HashMap<>();
        calls.stream().filter(c -> c.metaData().primaryUserId() != null && c.content() != null
                && c.content().trackers() != null).forEach(c -> c.content().trackers().stream()
                .filter(t -> t.count() != null && t.count() > 0).forEach(t -> {
                    mentioning.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(c.metaData().id());
                    mentions.merge(t.id(), (long) t.count(), Long::sum);
                }));

        List<TrackerQueries.TrackerMentions> trackers = queries.trackers().trackers(new RepFilter(null, null, null,
                null, null));

        assertThat(trackers).extracting(TrackerQueries.TrackerMentions::id)
                .containsExactlyInAnyOrderElementsOf(mentioning.keySet());
        trackers.forEach(t -> {
            assertThat(t.calls()).as("calls of %s", t.name()).isEqualTo(mentioning.get(t.id()).size());
            assertThat(t.mentions()).isEqualTo(mentions.get(t.id()));
        });
        String some = trackers.get(trackers.size() / 2).id();
        List<String> listed = queries.search().search(CallFilter.ALL.withTracker(some), CallSort.STARTED, false, 0, 500)
                .calls().stream().map(CallEntity::getId).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(mentioning.get(some));
        long perRep = queries.trackers().byRep(new RepFilter(null, null, null, null, null), some).stream()
                .mapToLong(TrackerQueries.RepMentions::calls).sum();
        long perWeek = queries.trackers().byWeek(new RepFilter(null, null, null, null, null), some).stream()
                .mapToLong(TrackerQueries.WeeklyMentions::mentions).sum();
        assertThat(perRep).isEqualTo(mentioning.get(some).size());
        assertThat(perWeek).isEqualTo(mentions.get(some));
        assertThat(queries.trackers().name(some)).contains(trackers.get(trackers.size() / 2).name());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void teamStatsAreEachRepsMeansOfGongsHostStatsOverTheirCalls(TestDatabase database) {
        Queries queries = queries(database);
        OffsetDateTime from = calls.get(calls.size() / 2).metaData().started();
        String workspace = calls.get(0).metaData().workspaceId();
        Map<String, List<ExtensiveCall>> byRep = calls.stream()
                .filter(c -> !c.metaData().started().isBefore(from) && workspace.equals(c.metaData().workspaceId()))
                .collect(Collectors.groupingBy(c -> c.metaData().primaryUserId()));

        List<TeamStatsQueries.RepStats> reps = queries.team().byRep(new RepFilter(from, null, workspace, null, null));

        assertThat(reps).extracting(TeamStatsQueries.RepStats::userId).containsExactlyInAnyOrderElementsOf(byRep.keySet());
        for (TeamStatsQueries.RepStats rep : reps) {
            List<ExtensiveCall> own = byRep.get(rep.userId());
            assertThat(rep.calls()).isEqualTo(own.size());
            assertThat(rep.talkRatio()).isCloseTo(mean(own, c -> stat(c, "Talk Ratio")), within(1e-9));
            assertThat(rep.longestMonologueSeconds()).isCloseTo(mean(own, c -> stat(c, "Longest Monologue")), within(1e-9));
            assertThat(rep.longestCustomerStorySeconds())
                    .isCloseTo(mean(own, c -> stat(c, "Longest Customer Story")), within(1e-9));
            assertThat(rep.interactivity()).isCloseTo(mean(own, c -> stat(c, "Interactivity")), within(1e-9));
            assertThat(rep.patienceSeconds()).isCloseTo(mean(own, c -> stat(c, "Patience")), within(1e-9));
            assertThat(rep.companyQuestions()).isCloseTo(mean(own, c -> (double) c.interaction().questions().companyCount()),
                    within(1e-9));
            assertThat(rep.nonCompanyQuestions())
                    .isCloseTo(mean(own, c -> (double) c.interaction().questions().nonCompanyCount()), within(1e-9));
        }
        Map<String, Long> weekly = queries.team().byWeek(new RepFilter(from, null, workspace, null, null)).stream()
                .collect(Collectors.groupingBy(w -> w.stats().userId(), Collectors.summingLong(w -> w.stats().calls())));
        reps.forEach(rep -> assertThat(weekly.get(rep.userId())).isEqualTo(rep.calls()));
    }

    private static double mean(List<ExtensiveCall> calls, java.util.function.Function<ExtensiveCall, Double> value) {
        return calls.stream().map(value).filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).average()
                .orElseThrow();
    }

    private static Double stat(ExtensiveCall call, String name) {
        return call.interaction().interactionStats().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow().value();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void commentsNewestFirstWithThreadsAndFilters(TestDatabase database) {
        Queries queries = queries(database);
        List<PublicComment> all = calls.stream().flatMap(c -> c.collaboration().publicComments().stream()).toList();
        CommentQueries.CommentPage page = queries.comments().comments(new CommentQueries.CommentFilter(null, null, null, null, true), 0, 500);

        assertThat(page.total()).isEqualTo(all.size());
        assertThat(page.comments()).extracting(r -> r.comment().getPosted().toInstant())
                .isSortedAccordingTo(Comparator.reverseOrder());
        String commenter = all.get(0).commenterUserId();
        CommentQueries.CommentPage mine = queries.comments().comments(new CommentQueries.CommentFilter(null, null, List.of(commenter),
                null, true), 0, 500);
        assertThat(mine.total()).isEqualTo(all.stream().filter(c -> c.commenterUserId().equals(commenter)).count());
        assertThat(mine.comments()).allSatisfy(r -> assertThat(r.commenterName()).isNotBlank());
        assertThat(page.comments()).anySatisfy(r -> assertThat(r.comment().getInReplyTo()).isNotNull());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void repsUsersAndSystemsForTheFilters(TestDatabase database) {
        Queries queries = queries(database);
        assertThat(queries.directory().reps()).extracting(u -> u.getId())
                .containsExactlyInAnyOrderElementsOf(calls.stream().map(c -> c.metaData().primaryUserId()).distinct()
                        .toList());
        assertThat(queries.directory().systems()).containsExactlyInAnyOrderElementsOf(calls.stream()
                .map(c -> c.metaData().system()).distinct().toList());
        String someone = queries.directory().reps().get(0).getName();
        assertThat(queries.directory().findUsers(someone.substring(0, 3).toLowerCase(), 10))
                .anySatisfy(u -> assertThat(u.getName()).isEqualTo(someone));
    }

    private static double allTalk(ExtensiveCall call) {
        return call.interaction().speakers().stream().mapToDouble(Speaker::talkTime).sum();
    }

    private static double repTalk(ExtensiveCall call) {
        return call.interaction().speakers().stream()
                .filter(s -> call.metaData().primaryUserId().equals(s.userId())).mapToDouble(Speaker::talkTime).sum();
    }
}
