package io.calldeck.store;

import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Which calls the per-rep aggregates (talk time, team stats, trackers) read: the calls with a primary user (Gong's
 * {@code metaData.primaryUserId}, the rep) started in a period, in one workspace and scope, optionally of some reps.
 * Private calls are counted: an aggregate shows no call.
 *
 * <p>The aggregates read the whole UTC days of a period from the store's daily rollups ({@code rep_daily_stats},
 * {@code tracker_daily_mentions}) and only the hours at its ends, when it does not start or end at UTC midnight (a
 * dashboard viewer in another time zone), from the calls themselves: see {@link #split()}.
 *
 * @param from        start, inclusive (UTC instant with any offset), or {@code null} for no lower bound
 * @param to          end, exclusive, or {@code null} for no upper bound
 * @param workspaceId one workspace's Gong id, or {@code null}
 * @param scope       {@code Internal}, {@code External}, {@code Unknown}, or {@code null} for all
 * @param repIds      only these reps' Gong user ids, or {@code null}/empty for all
 */
public record RepFilter(OffsetDateTime from, OffsetDateTime to, String workspaceId, String scope,
                        List<String> repIds) implements java.io.Serializable {

    /** @return the JPQL {@code WHERE} clause over {@code CallEntity c} */
    String where() {
        StringBuilder where = new StringBuilder(" WHERE c.primaryUserId IS NOT NULL");
        if (from != null) {
            where.append(" AND c.started >= :from");
        }
        if (to != null) {
            where.append(" AND c.started < :to");
        }
        if (workspaceId != null && !workspaceId.isBlank()) {
            where.append(" AND c.workspaceId = :workspace");
        }
        if (scope != null && !scope.isBlank()) {
            where.append(" AND c.scope = :scope");
        }
        if (repIds != null && !repIds.isEmpty()) {
            where.append(" AND c.primaryUserId IN :reps");
        }
        return where.toString();
    }

    /**
     * @param query a query built with {@link #where()}
     * @param <T>   its result type
     * @return the query with this filter's parameters bound
     */
    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        if (workspaceId != null && !workspaceId.isBlank()) {
            query.setParameter("workspace", workspaceId);
        }
        if (scope != null && !scope.isBlank()) {
            query.setParameter("scope", scope);
        }
        if (repIds != null && !repIds.isEmpty()) {
            query.setParameter("reps", repIds);
        }
        return query;
    }

    /**
     * A period cut at UTC midnights: the whole days inside it, which the daily rollups answer, and the parts of a
     * day at either end, which the calls answer.
     *
     * @param firstDay the first whole UTC day, or {@code null} when the period has no lower bound
     * @param endDay   the day after the last whole UTC day, or {@code null} when it has no upper bound
     * @param hasDays  whether there is any whole day (otherwise the period is all edge)
     * @param edges    the filters of the partial days at the ends (none, one or two), or the whole filter when
     *                 there is no whole day
     */
    record Split(LocalDate firstDay, LocalDate endDay, boolean hasDays, List<RepFilter> edges) {
    }

    /** @return this period cut at UTC midnights */
    Split split() {
        LocalDate firstDay = from == null ? null : ceilingDay(from);
        LocalDate endDay = to == null ? null : to.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        if (firstDay != null && endDay != null && !firstDay.isBefore(endDay)) {
            return new Split(null, null, false, List.of(this));
        }
        List<RepFilter> edges = new ArrayList<>(2);
        if (from != null && from.isBefore(midnight(firstDay))) {
            edges.add(between(from, midnight(firstDay)));
        }
        if (to != null && midnight(endDay).isBefore(to)) {
            edges.add(between(midnight(endDay), to));
        }
        return new Split(firstDay, endDay, true, List.copyOf(edges));
    }

    /**
     * The native SQL {@code WHERE} clause over a daily rollup table for the whole days of a split, with this
     * filter's workspace, scope and reps; its positional parameters ({@code ?1}, ...) are appended to
     * {@code parameters}.
     */
    String rollupWhere(Split split, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (split.firstDay() != null) {
            parameters.add(split.firstDay());
            where.append(" AND started_day >= ?").append(parameters.size());
        }
        if (split.endDay() != null) {
            parameters.add(split.endDay());
            where.append(" AND started_day < ?").append(parameters.size());
        }
        if (workspaceId != null && !workspaceId.isBlank()) {
            parameters.add(workspaceId);
            where.append(" AND workspace_id = ?").append(parameters.size());
        }
        if (scope != null && !scope.isBlank()) {
            parameters.add(scope);
            where.append(" AND scope = ?").append(parameters.size());
        }
        if (repIds != null && !repIds.isEmpty()) {
            List<String> marks = new ArrayList<>();
            for (String rep : repIds) {
                parameters.add(rep);
                marks.add("?" + parameters.size());
            }
            where.append(" AND primary_user_id IN (").append(String.join(", ", marks)).append(")");
        }
        return where.toString();
    }

    /** @return a native query with the parameters {@link #rollupWhere} collected bound */
    static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private RepFilter between(OffsetDateTime start, OffsetDateTime end) {
        return new RepFilter(start, end, workspaceId, scope, repIds);
    }

    private static LocalDate ceilingDay(OffsetDateTime instant) {
        OffsetDateTime utc = instant.withOffsetSameInstant(ZoneOffset.UTC);
        LocalDate day = utc.toLocalDate();
        return utc.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? day : day.plusDays(1);
    }

    private static OffsetDateTime midnight(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
