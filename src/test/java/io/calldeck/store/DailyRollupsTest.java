package io.calldeck.store;

import static io.calldeck.store.StoreFixture.inTransaction;
import static io.calldeck.store.StoreFixture.runInTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.calldeck.connector.model.CallContent;
import io.calldeck.connector.model.CallMetaData;
import io.calldeck.connector.model.ExtensiveCall;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The per-rep aggregates (talk time, team stats, trackers) read whole UTC days from the daily rollups and the
 * hours at a period's ends from the calls. They must answer exactly what one grouped query over the calls answers
 * (the reference below, the aggregates' former implementation), for periods in any time zone, after calls move to
 * another rep or day or lose their trackers, after the migration fills the rollups of an existing store, and after
 * the store is cleared.
 */
class DailyRollupsTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-01T12:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theAggregatesAnswerWhatTheCallsSumToAfterWritesMovesTheMigrationAndClearing(TestDatabase database)
            throws Exception {
        TestDatabase.Opened db = database.open();
        EntityManager em = db.factory().createEntityManager();
        try {
            List<ExtensiveCall> calls = StoreFixture.calls(StoreFixture.sandbox(17, 900));
            for (int i = 0; i < calls.size(); i += 100) {
                List<ExtensiveCall> page = calls.subList(i, Math.min(calls.size(), i + 100));
                inTransaction(em, e -> new CallStore(e).saveCalls(StoreFixture.writes(page), AT));
            }
            List<RepFilter> periods = periods(calls);
            assertThat(rollupRows(db)).as("rollup rows after the first writes").isPositive();
            periods.forEach(period -> assertAgrees(em, period));

            // Gong re-sends calls changed: a new host, a start on another day, trackers no longer mentioned.
            List<String> reps = calls.stream().map(c -> c.metaData().primaryUserId()).distinct().sorted().toList();
            List<ExtensiveCall> changed = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                ExtensiveCall call = calls.get(i * 7 + 3);
                CallMetaData m = call.metaData();
                changed.add(switch (i % 3) {
                    case 0 -> with(call, meta(m, reps.get((reps.indexOf(m.primaryUserId()) + 1) % reps.size()),
                            m.started()));
                    case 1 -> with(call, meta(m, m.primaryUserId(), m.started().plusDays(1).plusHours(3)));
                    default -> new ExtensiveCall(m, call.context(), call.parties(), withoutTrackers(call.content()),
                            call.interaction(), call.collaboration(), call.media());
                });
            }
            RepFilter all = new RepFilter(null, null, null, null, null);
            var before = new TeamStatsQueries(em).byRep(all);
            inTransaction(em, e -> new CallStore(e).saveCalls(StoreFixture.writes(changed), AT.plusHours(1)));
            assertThat(new TeamStatsQueries(em).byRep(all)).as("the moves changed who hosted what").isNotEqualTo(before);
            periods.forEach(period -> assertAgrees(em, period));

            // An existing store's rollups, as the migration fills them, are the rows the writes kept.
            List<List<Object>> kept = snapshot(db);
            try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                 Statement sql = c.createStatement()) {
                sql.executeUpdate("DELETE FROM rep_daily_stats");
                sql.executeUpdate("DELETE FROM tracker_daily_mentions");
                sql.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '8.1'");
            }
            assertThat(rollupRows(db)).isZero();
            db.flyway().migrate();
            assertThat(snapshot(db)).as("the rollups the migration filled").isEqualTo(kept);

            runInTransaction(em, StoreBinding::clear);
            assertThat(rollupRows(db)).as("rollup rows after clearing the store").isZero();
            assertThat(new TalkTimeQueries(em).talkTimeByRep(all)).isEmpty();
        } finally {
            em.close();
            db.close();
        }
    }

    /** Periods of every shape: none, whole UTC days, whole days elsewhere, within a day, open-ended, inverted. */
    private static List<RepFilter> periods(List<ExtensiveCall> calls) {
        ExtensiveCall middle = calls.get(calls.size() / 2);
        OffsetDateTime noon = middle.metaData().started();
        LocalDate day = noon.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        String workspace = middle.metaData().workspaceId();
        List<String> twoReps = calls.stream().map(c -> c.metaData().primaryUserId()).distinct().sorted().limit(2)
                .toList();
        ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        return List.of(
                new RepFilter(null, null, null, null, null),
                new RepFilter(utc(day.minusDays(10)), utc(day.plusDays(10)), null, null, null),
                new RepFilter(day.minusDays(9).atStartOfDay(losAngeles).toOffsetDateTime(),
                        day.atStartOfDay(losAngeles).toOffsetDateTime(), workspace, "External", null),
                new RepFilter(day.minusDays(6).atStartOfDay(kolkata).toOffsetDateTime(),
                        day.plusDays(1).atStartOfDay(kolkata).toOffsetDateTime(), null, null, twoReps),
                new RepFilter(utc(day).plusHours(3), utc(day).plusHours(17), null, null, null),
                new RepFilter(noon, null, workspace, null, null),
                new RepFilter(null, noon, null, "Internal", null),
                new RepFilter(noon, noon.minusDays(2), null, null, null));
    }

    private static OffsetDateTime utc(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private static void assertAgrees(EntityManager em, RepFilter period) {
        String what = "per rep " + period;
        Map<String, Object[]> raw = byKey(raw(em, period, "c.primaryUserId"), r -> r[0]);
        var talk = new TalkTimeQueries(em).talkTimeByRep(period);
        var team = new TeamStatsQueries(em).byRep(period);
        assertThat(talk).as(what).extracting(TalkTimeQueries.RepTalkTime::userId)
                .containsExactlyInAnyOrderElementsOf(raw.keySet());
        assertThat(team).as(what).extracting(TeamStatsQueries.RepStats::userId)
                .containsExactlyInAnyOrderElementsOf(raw.keySet());
        for (var rep : talk) {
            Object[] r = raw.get(rep.userId());
            assertThat(rep.name()).as(what).isEqualTo(r[1]);
            assertThat(rep.calls()).as(what).isEqualTo(((Number) r[2]).longValue());
            assertThat(rep.talkTimeSeconds()).as(what).isCloseTo(number(r[3]), within(1e-6));
            assertThat(rep.averageTalkTimeSeconds()).as(what).isCloseTo(number(r[4]), within(1e-6));
            assertClose(rep.averageTalkRatio(), r[5], what);
        }
        for (var rep : team) {
            Object[] r = raw.get(rep.userId());
            assertThat(rep.calls()).as(what).isEqualTo(((Number) r[2]).longValue());
            assertClose(rep.talkRatio(), r[6], what);
            assertClose(rep.longestMonologueSeconds(), r[7], what);
            assertClose(rep.longestCustomerStorySeconds(), r[8], what);
            assertClose(rep.interactivity(), r[9], what);
            assertClose(rep.patienceSeconds(), r[10], what);
            assertClose(rep.companyQuestions(), r[11], what);
            assertClose(rep.nonCompanyQuestions(), r[12], what);
        }

        Map<String, Object[]> weekly = byKey(raw(em, period, "c.startedWeek, c.primaryUserId"),
                r -> r[0] + "/" + r[1]);
        var talkWeeks = new TalkTimeQueries(em).talkTimeByWeek(period);
        assertThat(talkWeeks).as("per week " + period).extracting(w -> w.week() + "/" + w.userId())
                .containsExactlyInAnyOrderElementsOf(weekly.keySet());
        talkWeeks.forEach(w -> {
            Object[] r = weekly.get(w.week() + "/" + w.userId());
            assertThat(w.calls()).isEqualTo(((Number) r[3]).longValue());
            assertThat(w.talkTimeSeconds()).isCloseTo(number(r[4]), within(1e-6));
        });
        new TeamStatsQueries(em).byWeek(period).forEach(w -> {
            Object[] r = weekly.get(w.week() + "/" + w.stats().userId());
            assertThat(w.stats().calls()).isEqualTo(((Number) r[3]).longValue());
            assertClose(w.stats().patienceSeconds(), r[11], "per week " + period);
        });

        String trackerJpql = " FROM TrackerEntity t, CallEntity c" + period.where()
                + " AND t.callId = c.id AND t.trackerId IS NOT NULL";
        Map<String, Object[]> trackers = byKey(period.bind(em.createQuery("SELECT t.trackerId, MAX(t.name),"
                + " COUNT(DISTINCT t.callId), SUM(t.count)" + trackerJpql + " GROUP BY t.trackerId", Object[].class))
                .getResultList(), r -> r[0]);
        var mentions = new TrackerQueries(em).trackers(period);
        assertThat(mentions).as("trackers " + period).extracting(TrackerQueries.TrackerMentions::id)
                .containsExactlyInAnyOrderElementsOf(trackers.keySet());
        for (var tracker : mentions) {
            Object[] r = trackers.get(tracker.id());
            assertThat(tracker.name()).isEqualTo(r[1]);
            assertThat(tracker.calls()).as("calls mentioning %s in %s", tracker.name(), period)
                    .isEqualTo(((Number) r[2]).longValue());
            assertThat(tracker.mentions()).isEqualTo(((Number) r[3]).longValue());
            Map<String, Object[]> perRep = byKey(period.bind(em.createQuery("SELECT c.primaryUserId,"
                    + " COUNT(DISTINCT t.callId), SUM(t.count)" + trackerJpql + " AND t.trackerId = :tracker"
                    + " GROUP BY c.primaryUserId", Object[].class)).setParameter("tracker", tracker.id())
                    .getResultList(), x -> x[0]);
            var reps = new TrackerQueries(em).byRep(period, tracker.id());
            assertThat(reps).extracting(TrackerQueries.RepMentions::userId)
                    .containsExactlyInAnyOrderElementsOf(perRep.keySet());
            reps.forEach(rep -> assertThat(rep.mentions()).isEqualTo(((Number) perRep.get(rep.userId())[2]).longValue()));
            Map<String, Object[]> perWeek = byKey(period.bind(em.createQuery("SELECT c.startedWeek,"
                    + " COUNT(DISTINCT t.callId), SUM(t.count)" + trackerJpql + " AND t.trackerId = :tracker"
                    + " GROUP BY c.startedWeek", Object[].class)).setParameter("tracker", tracker.id())
                    .getResultList(), x -> x[0].toString());
            var weeks = new TrackerQueries(em).byWeek(period, tracker.id());
            assertThat(weeks).extracting(w -> w.week().toString()).containsExactlyInAnyOrderElementsOf(perWeek.keySet());
            weeks.forEach(w -> assertThat(w.calls()).isEqualTo(((Number) perWeek.get(w.week().toString())[1]).longValue()));
        }
    }

    /** The reference: one grouped query over the calls of the period (grouped by week too: every index + 1). */
    private static List<Object[]> raw(EntityManager em, RepFilter period, String groupBy) {
        return period.bind(em.createQuery("SELECT " + groupBy + ", MAX(c.repName), COUNT(c), SUM(c.repTalkSeconds),"
                + " AVG(c.repTalkSeconds), AVG(c.talkRatio), AVG(c.hostTalkRatio), AVG(c.hostLongestMonologueSeconds),"
                + " AVG(c.hostLongestCustomerStorySeconds), AVG(c.hostInteractivity), AVG(c.hostPatienceSeconds),"
                + " AVG(c.questionsCompany * 1.0), AVG(c.questionsNonCompany * 1.0) FROM CallEntity c" + period.where()
                + " GROUP BY " + groupBy, Object[].class)).getResultList();
    }

    private static Map<String, Object[]> byKey(List<Object[]> rows, Function<Object[], Object> key) {
        return rows.stream().collect(Collectors.toMap(r -> String.valueOf(key.apply(r)), r -> r));
    }

    private static void assertClose(Double actual, Object expected, String what) {
        if (expected == null) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat(actual).as(what).isNotNull().isCloseTo(number(expected), within(1e-9));
        }
    }

    private static double number(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }

    private static ExtensiveCall with(ExtensiveCall call, CallMetaData meta) {
        return new ExtensiveCall(meta, call.context(), call.parties(), call.content(), call.interaction(),
                call.collaboration(), call.media());
    }

    private static CallMetaData meta(CallMetaData m, String primaryUserId, OffsetDateTime started) {
        return new CallMetaData(m.id(), m.url(), m.title(), m.scheduled(), started, m.duration(), primaryUserId,
                m.direction(), m.system(), m.scope(), m.media(), m.language(), m.workspaceId(), m.sdrDisposition(),
                m.clientUniqueId(), m.customData(), m.purpose(), m.meetingUrl(), m.isPrivate(), m.calendarEventId());
    }

    private static CallContent withoutTrackers(CallContent c) {
        return new CallContent(c.structure(), List.of(), c.topics(), c.pointsOfInterest(), c.brief(), c.outline(),
                c.highlights(), c.callOutcome(), c.keyPoints());
    }

    private static long rollupRows(TestDatabase.Opened db) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement sql = c.createStatement();
             ResultSet rows = sql.executeQuery("SELECT (SELECT COUNT(*) FROM rep_daily_stats)"
                     + " + (SELECT COUNT(*) FROM tracker_daily_mentions)")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<List<Object>> snapshot(TestDatabase.Opened db) throws Exception {
        List<List<Object>> snapshot = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement sql = c.createStatement()) {
            for (String query : List.of("SELECT * FROM rep_daily_stats ORDER BY primary_user_id, started_day,"
                    + " workspace_id, scope", "SELECT * FROM tracker_daily_mentions ORDER BY primary_user_id,"
                    + " started_day, tracker_id, workspace_id, scope")) {
                try (ResultSet rows = sql.executeQuery(query)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= columns; i++) {
                            row.add(rows.getObject(i));
                        }
                        snapshot.add(row);
                    }
                }
            }
        }
        return snapshot;
    }
}
