package io.calldeck.store;

import io.calldeck.store.entity.CallEntity;
import io.calldeck.store.entity.CommentEntity;
import io.calldeck.store.entity.UserEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.List;

/** Public comments across calls, filtered and paged in SQL, newest first. Read-only. */
@ApplicationScoped
public class CommentQueries {

    @Inject
    @Store
    EntityManager em;

    /** For CDI. */
    protected CommentQueries() {
    }

    /** @param em the entity manager to read with (tests, tools) */
    public CommentQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * Which comments the comments view shows.
     *
     * @param from         posted at or after
     * @param to           posted before
     * @param commenterIds only comments by these users
     * @param repIds       only comments on calls hosted by these reps
     * @param includePrivate whether comments on private calls are included (only for those who may see them)
     */
    public record CommentFilter(OffsetDateTime from, OffsetDateTime to, List<String> commenterIds,
                                List<String> repIds, boolean includePrivate) implements java.io.Serializable {
    }

    /**
     * A comment with its call and the names the view shows.
     *
     * @param comment       the comment
     * @param callTitle     the call's title
     * @param callStarted   the call's start
     * @param repId         the call's host
     * @param repName       the host's name
     * @param commenterName the commenter's name, if CallDeck knows it
     */
    public record CommentRow(CommentEntity comment, String callTitle, OffsetDateTime callStarted, String repId,
                             String repName, String commenterName) implements java.io.Serializable {
    }

    /**
     * A page of comments and how many match.
     *
     * @param total    how many comments match
     * @param comments the page, newest first
     */
    public record CommentPage(long total, List<CommentRow> comments) implements java.io.Serializable {
    }

    /**
     * Public comments across calls, newest first.
     *
     * @param filter period, commenters, reps
     * @param offset first row, from 0
     * @param limit  rows (1 to 500)
     * @return the page and the total
     */
    public CommentPage comments(CommentFilter filter, int offset, int limit) {
        if (limit < 1 || limit > 500 || offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0 and limit 1 to 500, got " + offset + ", " + limit);
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (filter.from() != null) {
            where.append(" AND cm.posted >= :from");
        }
        if (filter.to() != null) {
            where.append(" AND cm.posted < :to");
        }
        if (filter.commenterIds() != null && !filter.commenterIds().isEmpty()) {
            where.append(" AND cm.commenterUserId IN :commenters");
        }
        if (filter.repIds() != null && !filter.repIds().isEmpty()) {
            where.append(" AND c.primaryUserId IN :reps");
        }
        if (!filter.includePrivate()) {
            where.append(" AND c.isPrivate = :private");
        }
        String from = " FROM CommentEntity cm JOIN CallEntity c ON c.id = cm.callId";
        TypedQuery<Object[]> rows = em.createQuery("SELECT cm, c.title, c.started, c.primaryUserId, c.repName, u.name"
                + from + " LEFT JOIN UserEntity u ON u.id = cm.commenterUserId" + where
                + " ORDER BY cm.posted DESC, cm.callId, cm.position", Object[].class);
        // The count joins the calls only to filter on them: every comment's call read by its key costs more than
        // counting the comments (H2, 30 days of a 100,000-call store: about 280 ms against 40).
        boolean onCalls = !filter.includePrivate() || (filter.repIds() != null && !filter.repIds().isEmpty());
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(cm)" + (onCalls ? from : " FROM CommentEntity cm")
                + where, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            if (filter.from() != null) {
                query.setParameter("from", filter.from());
            }
            if (filter.to() != null) {
                query.setParameter("to", filter.to());
            }
            if (filter.commenterIds() != null && !filter.commenterIds().isEmpty()) {
                query.setParameter("commenters", filter.commenterIds());
            }
            if (filter.repIds() != null && !filter.repIds().isEmpty()) {
                query.setParameter("reps", filter.repIds());
            }
            if (!filter.includePrivate()) {
                query.setParameter("private", Boolean.FALSE);
            }
        }
        List<CommentRow> page = rows.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(r -> new CommentRow((CommentEntity) r[0], (String) r[1], (OffsetDateTime) r[2], (String) r[3],
                        (String) r[4], (String) r[5])).toList();
        return new CommentPage(count.getSingleResult(), page);
    }
}
