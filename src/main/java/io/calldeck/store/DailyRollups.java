package io.calldeck.store;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The store's daily rollups (V8): per rep (a call's primary user), UTC day, workspace and scope, the calls and the
 * sum and count of each {@link Measure} ({@code rep_daily_stats}), and per tracker as well, the calls that mention
 * it and their mentions ({@code tracker_daily_mentions}). The per-rep aggregates read whole days from them and
 * the hours at a period's ends from the calls, and merge both ({@link #repTotals}, {@link #trackerTotals}); a mean
 * is a sum over the calls that carry the measure divided by their number, as SQL's {@code AVG} would give.
 *
 * <p>The rollups are derived data and kept exact: {@link #refresh} recomputes the rows of the (rep, day) pairs a
 * write touched from {@code gong_call} and {@code call_tracker}, on the writer's connection and in its transaction,
 * so a reader never sees a call without its day's totals or the other way round.
 */
final class DailyRollups {

    /**
     * What a rep's daily row sums: a column of {@code gong_call} (and {@code CallEntity}'s field), kept as
     * {@code <column>_sum} and {@code <column>_n} (the calls where it is not {@code NULL}).
     */
    enum Measure {
        /** The rep's own talk time, seconds. */
        REP_TALK_SECONDS("rep_talk_seconds", "repTalkSeconds"),
        /** The rep's share of the speakers' talk time, 0 to 1 (computed from {@code parties}/speakers). */
        TALK_RATIO("talk_ratio", "talkRatio"),
        /** Gong's {@code Talk Ratio} interaction stat, 0 to 1. */
        HOST_TALK_RATIO("host_talk_ratio", "hostTalkRatio"),
        /** Gong's {@code Longest Monologue}, seconds. */
        HOST_LONGEST_MONOLOGUE_SECONDS("host_longest_monologue_seconds", "hostLongestMonologueSeconds"),
        /** Gong's {@code Longest Customer Story}, seconds. */
        HOST_LONGEST_CUSTOMER_STORY_SECONDS("host_longest_customer_story_seconds", "hostLongestCustomerStorySeconds"),
        /** Gong's {@code Interactivity}, 0 to 10. */
        HOST_INTERACTIVITY("host_interactivity", "hostInteractivity"),
        /** Gong's {@code Patience}, seconds. */
        HOST_PATIENCE_SECONDS("host_patience_seconds", "hostPatienceSeconds"),
        /** {@code interaction.questions.companyCount}. */
        QUESTIONS_COMPANY("questions_company", "questionsCompany"),
        /** {@code interaction.questions.nonCompanyCount}. */
        QUESTIONS_NON_COMPANY("questions_non_company", "questionsNonCompany");

        private final String column;
        private final String field;

        Measure(String column, String field) {
            this.column = column;
            this.field = field;
        }
    }

    private static final List<Measure> MEASURES = List.of(Measure.values());
    private static final String RAW_SUMS = MEASURES.stream()
            .map(m -> "SUM(c." + m.field + "), COUNT(c." + m.field + ")").collect(Collectors.joining(", "));
    private static final String ROLLUP_SUMS = MEASURES.stream()
            .map(m -> "SUM(" + m.column + "_sum), SUM(" + m.column + "_n)").collect(Collectors.joining(", "));

    private static final String DELETE_REP_DAY = "DELETE FROM rep_daily_stats WHERE primary_user_id = ? AND"
            + " started_day = ?";
    private static final String INSERT_REP_DAY = "INSERT INTO rep_daily_stats (primary_user_id, started_day,"
            + " started_week, workspace_id, scope, rep_name, calls, "
            + MEASURES.stream().map(m -> m.column + "_sum, " + m.column + "_n").collect(Collectors.joining(", "))
            + ") SELECT ?, ?, ?, COALESCE(workspace_id, ''), COALESCE(scope, ''), MAX(rep_name), COUNT(*), "
            + MEASURES.stream().map(m -> "SUM(" + m.column + "), COUNT(" + m.column + ")")
            .collect(Collectors.joining(", "))
            + " FROM gong_call WHERE primary_user_id = ? AND started >= ? AND started < ?"
            + " GROUP BY COALESCE(workspace_id, ''), COALESCE(scope, '')";
    private static final String DELETE_TRACKER_DAY = "DELETE FROM tracker_daily_mentions WHERE primary_user_id = ?"
            + " AND started_day = ?";
    // Gong lists every tracker on every call; the store keeps only those mentioned (a count above 0).
    private static final String INSERT_TRACKER_DAY = "INSERT INTO tracker_daily_mentions (tracker_id,"
            + " primary_user_id, started_day, started_week, workspace_id, scope, name, tracker_type, rep_name, calls,"
            + " mentions) SELECT t.tracker_id, ?, ?, ?, COALESCE(c.workspace_id, ''), COALESCE(c.scope, ''),"
            + " MAX(t.name), MAX(t.tracker_type), MAX(c.rep_name), COUNT(DISTINCT t.call_id),"
            + " COALESCE(SUM(t.occurrence_count), 0) FROM call_tracker t JOIN gong_call c ON c.id = t.call_id"
            + " WHERE c.primary_user_id = ? AND c.started >= ? AND c.started < ? AND t.tracker_id IS NOT NULL"
            + " GROUP BY t.tracker_id, COALESCE(c.workspace_id, ''), COALESCE(c.scope, '')";

    private DailyRollups() {
    }

    /**
     * A rep's UTC day: the unit the rollups are recomputed in.
     *
     * @param userId the rep's Gong user id ({@code metaData.primaryUserId})
     * @param day    the UTC date the calls started on
     */
    record RepDay(String userId, LocalDate day) {

        /** @return the pair a call belongs to, or {@code null} for a call without a primary user (never rolled up) */
        static RepDay of(String userId, OffsetDateTime started) {
            return userId == null || started == null ? null
                    : new RepDay(userId, started.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
        }
    }

    /**
     * Recomputes the rollup rows of (rep, day) pairs from the calls and tracker rows now in the store.
     *
     * @param db   the connection of the writer's transaction, which holds the written calls (JPA flushed)
     * @param days the pairs whose calls were written, before and after (a call moved to another rep or day)
     * @throws SQLException when the database refuses a statement
     */
    static void refresh(Connection db, Collection<RepDay> days) throws SQLException {
        if (days.isEmpty()) {
            return;
        }
        try (PreparedStatement deleteStats = db.prepareStatement(DELETE_REP_DAY);
             PreparedStatement deleteTrackers = db.prepareStatement(DELETE_TRACKER_DAY)) {
            for (RepDay day : days) {
                bindKey(deleteStats, day);
                deleteStats.addBatch();
                bindKey(deleteTrackers, day);
                deleteTrackers.addBatch();
            }
            deleteStats.executeBatch();
            deleteTrackers.executeBatch();
        }
        try (PreparedStatement stats = db.prepareStatement(INSERT_REP_DAY);
             PreparedStatement trackers = db.prepareStatement(INSERT_TRACKER_DAY)) {
            for (RepDay day : days) {
                bindDay(stats, day);
                stats.addBatch();
                bindDay(trackers, day);
                trackers.addBatch();
            }
            stats.executeBatch();
            trackers.executeBatch();
        }
    }

    private static void bindKey(PreparedStatement statement, RepDay day) throws SQLException {
        statement.setString(1, day.userId());
        statement.setObject(2, day.day());
    }

    private static void bindDay(PreparedStatement statement, RepDay day) throws SQLException {
        statement.setString(1, day.userId());
        statement.setObject(2, day.day());
        statement.setObject(3, day.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        statement.setString(4, day.userId());
        statement.setObject(5, day.day().atStartOfDay().atOffset(ZoneOffset.UTC));
        statement.setObject(6, day.day().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    /**
     * Empties both rollups (with the calls they sum).
     *
     * @param em the store's entity manager, in a transaction
     */
    static void clear(EntityManager em) {
        em.createNativeQuery("DELETE FROM tracker_daily_mentions").executeUpdate();
        em.createNativeQuery("DELETE FROM rep_daily_stats").executeUpdate();
    }

    /** How the per-rep totals are grouped. */
    enum RepGrouping {
        /** One total per rep. */
        REP("primary_user_id", "c.primaryUserId"),
        /** One total per week and rep. */
        WEEK_AND_REP("started_week, primary_user_id", "c.startedWeek, c.primaryUserId");

        private final String columns;
        private final String fields;

        RepGrouping(String columns, String fields) {
            this.columns = columns;
            this.fields = fields;
        }
    }

    /** A rep's (or a rep's week's) calls and sums, merged from the rollup and the period's partial days. */
    static final class RepTotals {
        private final LocalDate week;
        private final String userId;
        private String name;
        private long calls;
        private final double[] sums = new double[MEASURES.size()];
        private final long[] counts = new long[MEASURES.size()];

        private RepTotals(LocalDate week, String userId) {
            this.week = week;
            this.userId = userId;
        }

        /** @return the week's Monday (UTC), or {@code null} when grouped by rep only */
        LocalDate week() {
            return week;
        }

        /** @return the rep's Gong user id */
        String userId() {
            return userId;
        }

        /** @return the rep's name on their calls (the greatest, as {@code MAX(rep_name)}) */
        String name() {
            return name;
        }

        /** @return calls hosted */
        long calls() {
            return calls;
        }

        /** @return the sum of a measure over the calls that carry it, 0 when none does */
        double sum(Measure measure) {
            return sums[measure.ordinal()];
        }

        /** @return the mean of a measure over the calls that carry it, {@code null} when none does */
        Double mean(Measure measure) {
            long n = counts[measure.ordinal()];
            return n == 0 ? null : sums[measure.ordinal()] / n;
        }

        private void add(Object[] row, int at) {
            name = greatest(name, (String) row[at]);
            calls += longOf(row[at + 1]);
            for (int i = 0; i < MEASURES.size(); i++) {
                sums[i] += row[at + 2 + 2 * i] == null ? 0 : ((Number) row[at + 2 + 2 * i]).doubleValue();
                counts[i] += longOf(row[at + 3 + 2 * i]);
            }
        }
    }

    /**
     * Calls and measure sums per rep (or week and rep) over a filter's period.
     *
     * @param em       the store's entity manager
     * @param filter   period, workspace, scope, reps
     * @param grouping per rep, or per week and rep
     * @return the totals of every rep (and week) with calls, in no particular order
     */
    static Collection<RepTotals> repTotals(EntityManager em, RepFilter filter, RepGrouping grouping) {
        boolean weekly = grouping == RepGrouping.WEEK_AND_REP;
        int keys = weekly ? 2 : 1;
        Map<List<Object>, RepTotals> totals = new LinkedHashMap<>();
        RepFilter.Split split = filter.split();
        if (split.hasDays()) {
            List<Object> parameters = new java.util.ArrayList<>();
            String sql = "SELECT " + grouping.columns + ", MAX(rep_name), SUM(calls), " + ROLLUP_SUMS
                    + " FROM rep_daily_stats" + filter.rollupWhere(split, parameters) + " GROUP BY " + grouping.columns;
            for (Object row : RepFilter.bind(em.createNativeQuery(sql), parameters).getResultList()) {
                merge(totals, (Object[]) row, weekly, keys);
            }
        }
        for (RepFilter edge : split.edges()) {
            String jpql = "SELECT " + grouping.fields + ", MAX(c.repName), COUNT(c), " + RAW_SUMS + " FROM CallEntity c"
                    + edge.where() + " GROUP BY " + grouping.fields;
            for (Object[] row : edge.bind(em.createQuery(jpql, Object[].class)).getResultList()) {
                merge(totals, row, weekly, keys);
            }
        }
        return totals.values();
    }

    private static void merge(Map<List<Object>, RepTotals> totals, Object[] row, boolean weekly, int keys) {
        LocalDate week = weekly ? dateOf(row[0]) : null;
        String userId = (String) row[keys - 1];
        totals.computeIfAbsent(Arrays.asList(week, userId), k -> new RepTotals(week, userId)).add(row, keys);
    }

    /** How the tracker totals are grouped. */
    enum TrackerGrouping {
        /** One total per tracker. */
        TRACKER("tracker_id", "t.trackerId"),
        /** One tracker's totals per rep. */
        REP("primary_user_id", "c.primaryUserId"),
        /** One tracker's totals per week. */
        WEEK("started_week", "c.startedWeek");

        private final String column;
        private final String field;

        TrackerGrouping(String column, String field) {
            this.column = column;
            this.field = field;
        }
    }

    /** A tracker's calls and mentions in one group, merged from the rollup and the period's partial days. */
    static final class TrackerTotals {
        private final Object key;
        private String name;
        private String type;
        private String repName;
        private long calls;
        private long mentions;

        private TrackerTotals(Object key) {
            this.key = key;
        }

        /** @return the group: a tracker id, a rep's user id or a week's Monday (a {@link LocalDate}) */
        Object key() {
            return key;
        }

        /** @return the tracker's name (the greatest the calls give) */
        String name() {
            return name;
        }

        /** @return the tracker's type */
        String type() {
            return type;
        }

        /** @return the rep's name, when grouped by rep */
        String repName() {
            return repName;
        }

        /** @return calls that mention the tracker */
        long calls() {
            return calls;
        }

        /** @return the sum of the tracker's counts on those calls */
        long mentions() {
            return mentions;
        }

        private void add(Object[] row) {
            name = greatest(name, (String) row[1]);
            type = greatest(type, (String) row[2]);
            repName = greatest(repName, (String) row[3]);
            calls += longOf(row[4]);
            mentions += longOf(row[5]);
        }
    }

    /**
     * Tracker mentions over a filter's period.
     *
     * @param em        the store's entity manager
     * @param filter    period, workspace, scope, reps
     * @param trackerId one tracker's Gong id, or {@code null} for all
     * @param grouping  per tracker, or (for one tracker) per rep or week
     * @return a total per group with mentions, in no particular order
     */
    static Collection<TrackerTotals> trackerTotals(EntityManager em, RepFilter filter, String trackerId,
                                                   TrackerGrouping grouping) {
        Map<Object, TrackerTotals> totals = new LinkedHashMap<>();
        RepFilter.Split split = filter.split();
        if (split.hasDays()) {
            List<Object> parameters = new java.util.ArrayList<>();
            String where = filter.rollupWhere(split, parameters);
            if (trackerId != null) {
                parameters.add(trackerId);
                where += " AND tracker_id = ?" + parameters.size();
            }
            String sql = "SELECT " + grouping.column + ", MAX(name), MAX(tracker_type), MAX(rep_name), SUM(calls),"
                    + " SUM(mentions) FROM tracker_daily_mentions" + where + " GROUP BY " + grouping.column;
            for (Object row : RepFilter.bind(em.createNativeQuery(sql), parameters).getResultList()) {
                mergeTracker(totals, (Object[]) row, grouping);
            }
        }
        for (RepFilter edge : split.edges()) {
            String jpql = "SELECT " + grouping.field + ", MAX(t.name), MAX(t.type), MAX(c.repName),"
                    + " COUNT(DISTINCT t.callId), SUM(t.count) FROM TrackerEntity t, CallEntity c" + edge.where()
                    + " AND t.callId = c.id AND t.trackerId IS NOT NULL"
                    + (trackerId == null ? "" : " AND t.trackerId = :tracker") + " GROUP BY " + grouping.field;
            var query = edge.bind(em.createQuery(jpql, Object[].class));
            if (trackerId != null) {
                query.setParameter("tracker", trackerId);
            }
            for (Object[] row : query.getResultList()) {
                mergeTracker(totals, row, grouping);
            }
        }
        return totals.values();
    }

    private static void mergeTracker(Map<Object, TrackerTotals> totals, Object[] row, TrackerGrouping grouping) {
        Object key = grouping == TrackerGrouping.WEEK ? dateOf(row[0]) : row[0];
        totals.computeIfAbsent(key, TrackerTotals::new).add(row);
    }

    private static String greatest(String current, String candidate) {
        return candidate != null && (current == null || candidate.compareTo(current) > 0) ? candidate : current;
    }

    private static long longOf(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** Native queries answer {@code java.sql.Date}, JPQL {@code LocalDate}. */
    private static LocalDate dateOf(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
