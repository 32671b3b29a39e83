package io.calldeck.store;

import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Which calls the per-rep aggregates (talk time, team stats, trackers) read: the calls with a primary user (Gong's
 * {@code metaData.primaryUserId}, the rep) started in a period, in one workspace and scope, optionally of some reps.
 * Private calls are counted: an aggregate shows no call.
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
}
