package io.calldeck.store;

import io.calldeck.store.entity.CallEntity;
import io.calldeck.store.entity.CommentEntity;
import io.calldeck.store.entity.CrmObjectEntity;
import io.calldeck.store.entity.InteractionStatEntity;
import io.calldeck.store.entity.KeyPointEntity;
import io.calldeck.store.entity.PartyEntity;
import io.calldeck.store.entity.SpeakerEntity;
import io.calldeck.store.entity.TopicEntity;
import io.calldeck.store.entity.TrackerEntity;
import io.calldeck.store.entity.TranscriptSentenceEntity;
import io.calldeck.store.entity.UserEntity;
import io.calldeck.store.entity.WorkspaceEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard's questions, answered in the database with filters, sorting and paging pushed into SQL: never
 * by loading every call. Read-only.
 */
@ApplicationScoped
public class CallQueries {

    @Inject
    @Store
    EntityManager em;

    /** For CDI. */
    protected CallQueries() {
    }

    /** @param em the entity manager to read with (tests, tools) */
    public CallQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * A page of calls and how many match in all.
     *
     * @param total             how many calls match the filter, at most {@link #COUNT_LIMIT}
     * @param totalIsLowerBound more than {@link #COUNT_LIMIT} calls match
     * @param calls             the calls of the requested page
     */
    public record CallPage(long total, boolean totalIsLowerBound, List<CallEntity> calls)
            implements java.io.Serializable {
    }

    /**
     * Counting stops here: past it, a page shows "10,000+ calls". A title search matching most calls would otherwise
     * read every one of them just to count, where the page itself needs 25.
     */
    public static final int COUNT_LIMIT = 10_000;

    /**
     * How many calls match a filter, counted up to a limit.
     *
     * @param value      the count; {@link #COUNT_LIMIT} when it is a lower bound
     * @param lowerBound more calls match than {@code value}
     */
    public record CallCount(long value, boolean lowerBound) implements java.io.Serializable {
    }

    /**
     * The calls table: filter, sort, page, and how many calls match, up to {@link #COUNT_LIMIT} (two queries).
     *
     * @param filter    which calls
     * @param sort      the column to sort on (then by start time and id, so pages are stable)
     * @param ascending sort order
     * @param offset    first row, from 0
     * @param limit     rows per page (1 to 500)
     * @return the page and the total
     * @throws IllegalArgumentException when {@code offset} is negative or {@code limit} outside 1 to 500
     */
    public CallPage search(CallFilter filter, CallSort sort, boolean ascending, int offset, int limit) {
        List<CallEntity> calls = page(filter, sort, ascending, offset, limit);
        CallCount count = countUpTo(filter, COUNT_LIMIT);
        return new CallPage(count.value(), count.lowerBound(), calls);
    }

    /**
     * One page of the calls table without the total, for a caller that counts on its own (PrimeFaces' lazy table asks
     * {@link #count} before each page).
     *
     * @param filter    which calls
     * @param sort      the column to sort on (then by start time and id, so pages are stable)
     * @param ascending sort order
     * @param offset    first row, from 0
     * @param limit     rows per page (1 to 500)
     * @return the page's calls
     * @throws IllegalArgumentException when {@code offset} is negative or {@code limit} outside 1 to 500
     */
    public List<CallEntity> page(CallFilter filter, CallSort sort, boolean ascending, int offset, int limit) {
        if (limit < 1 || limit > 500 || offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0 and limit 1 to 500, got " + offset + ", " + limit);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<CallEntity> query = cb.createQuery(CallEntity.class);
        Root<CallEntity> call = query.from(CallEntity.class);
        Map<jakarta.persistence.criteria.ParameterExpression<Boolean>, Boolean> flags = new java.util.HashMap<>();
        query.where(predicates(cb, call, filter, flags));
        Expression<?> column = call.get(sort.attribute());
        query.orderBy(ascending ? cb.asc(column) : cb.desc(column),
                ascending ? cb.asc(call.get("started")) : cb.desc(call.get("started")), cb.asc(call.get("id")));
        TypedQuery<CallEntity> typed = em.createQuery(query);
        flags.forEach(typed::setParameter);
        return typed.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * Counts matching calls until there are more than {@code limit}: the database stops reading there (the ids of at
     * most {@code limit + 1} calls, in no order).
     *
     * @param filter which calls
     * @param limit  where counting stops, at least 1
     * @return the count, or {@code limit} as a lower bound
     * @throws IllegalArgumentException when {@code limit} is below 1
     */
    public CallCount countUpTo(CallFilter filter, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<String> query = cb.createQuery(String.class);
        Root<CallEntity> call = query.from(CallEntity.class);
        Map<jakarta.persistence.criteria.ParameterExpression<Boolean>, Boolean> flags = new java.util.HashMap<>();
        query.select(call.get("id")).where(predicates(cb, call, filter, flags));
        TypedQuery<String> typed = em.createQuery(query);
        flags.forEach(typed::setParameter);
        int found = typed.setMaxResults(limit + 1).getResultList().size();
        return found > limit ? new CallCount(limit, true) : new CallCount(found, false);
    }

    /**
     * @param filter which calls
     * @return how many stored calls match, all counted
     */
    public long count(CallFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<CallEntity> call = query.from(CallEntity.class);
        Map<jakarta.persistence.criteria.ParameterExpression<Boolean>, Boolean> flags = new java.util.HashMap<>();
        query.select(cb.count(call)).where(predicates(cb, call, filter, flags));
        TypedQuery<Long> typed = em.createQuery(query);
        flags.forEach(typed::setParameter);
        return typed.getSingleResult();
    }

    /**
     * @param flags receives boolean parameters: EclipseLink would inline a boolean literal as 0/1, which H2 2.x
     *              refuses to compare with a BOOLEAN column; bound, it is accepted by H2 and PostgreSQL alike
     */
    private static Predicate[] predicates(CriteriaBuilder cb, Root<CallEntity> call, CallFilter f,
                                          Map<jakarta.persistence.criteria.ParameterExpression<Boolean>, Boolean> flags) {
        List<Predicate> where = new ArrayList<>();
        if (f.from() != null) {
            where.add(cb.greaterThanOrEqualTo(call.get("started"), f.from()));
        }
        if (f.to() != null) {
            where.add(cb.lessThan(call.get("started"), f.to()));
        }
        if (f.repIds() != null && !f.repIds().isEmpty()) {
            where.add(call.get("primaryUserId").in(f.repIds()));
        }
        if (f.workspaceId() != null && !f.workspaceId().isBlank()) {
            where.add(cb.equal(call.get("workspaceId"), f.workspaceId()));
        }
        if (f.directions() != null && !f.directions().isEmpty()) {
            where.add(call.get("direction").in(f.directions()));
        }
        if (f.scopes() != null && !f.scopes().isEmpty()) {
            where.add(call.get("scope").in(f.scopes()));
        }
        if (f.systems() != null && !f.systems().isEmpty()) {
            where.add(call.get("system").in(f.systems()));
        }
        if (f.minDurationSeconds() != null) {
            where.add(cb.greaterThanOrEqualTo(call.get("durationSeconds"), f.minDurationSeconds()));
        }
        if (f.maxDurationSeconds() != null) {
            where.add(cb.lessThanOrEqualTo(call.get("durationSeconds"), f.maxDurationSeconds()));
        }
        if (f.titleContains() != null && !f.titleContains().isBlank()) {
            String pattern = "%" + f.titleContains().trim().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.add(cb.like(cb.lower(call.get("title")), pattern, '\\'));
        }
        if (f.hasComments() != null) {
            where.add(f.hasComments() ? cb.greaterThan(call.get("commentCount"), 0)
                    : cb.equal(call.get("commentCount"), 0));
        }
        if (f.isPrivate() != null) {
            where.add(f.isPrivate() ? cb.isTrue(call.get("isPrivate")) : cb.isFalse(call.get("isPrivate")));
        }
        return where.toArray(Predicate[]::new);
    }

    /**
     * Which calls the talk-time views aggregate.
     *
     * @param from        start, inclusive
     * @param to          end, exclusive
     * @param workspaceId one workspace, or {@code null}
     * @param scope       Internal, External, Unknown, or {@code null}
     * @param repIds      only these reps, or {@code null}/empty for all
     */
    public record TalkTimeFilter(OffsetDateTime from, OffsetDateTime to, String workspaceId, String scope,
                                 List<String> repIds) implements java.io.Serializable {
    }

    /**
     * A rep's talk time over a period. A rep is a call's primary user; their talk time is their own speaker's.
     *
     * @param userId                 Gong user id
     * @param name                   name
     * @param calls                  calls hosted
     * @param talkTimeSeconds        total talk time, seconds
     * @param averageTalkTimeSeconds average talk time per call, seconds
     * @param averageTalkRatio       the mean of the rep's per-call talk ratios (Gong's: their share of all speakers'
     *                               talk time), 0 to 1, over the calls with speaker data; {@code null} when none has
     */
    public record RepTalkTime(String userId, String name, long calls, double talkTimeSeconds,
                              double averageTalkTimeSeconds, Double averageTalkRatio) implements java.io.Serializable {
    }

    /**
     * A rep's talk time in one week.
     *
     * @param week             the week's Monday (UTC)
     * @param userId           Gong user id
     * @param name             name
     * @param calls            calls hosted that week
     * @param talkTimeSeconds  total talk time, seconds
     * @param averageTalkRatio the mean of the rep's per-call talk ratios that week, 0 to 1; {@code null} without
     *                         speaker data
     */
    public record WeeklyTalkTime(LocalDate week, String userId, String name, long calls, double talkTimeSeconds,
                                 Double averageTalkRatio) implements java.io.Serializable {
    }

    private static String talkTimeWhere(TalkTimeFilter f) {
        StringBuilder where = new StringBuilder(" WHERE c.primaryUserId IS NOT NULL");
        if (f.from() != null) {
            where.append(" AND c.started >= :from");
        }
        if (f.to() != null) {
            where.append(" AND c.started < :to");
        }
        if (f.workspaceId() != null && !f.workspaceId().isBlank()) {
            where.append(" AND c.workspaceId = :workspace");
        }
        if (f.scope() != null && !f.scope().isBlank()) {
            where.append(" AND c.scope = :scope");
        }
        if (f.repIds() != null && !f.repIds().isEmpty()) {
            where.append(" AND c.primaryUserId IN :reps");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, TalkTimeFilter f) {
        if (f.from() != null) {
            query.setParameter("from", f.from());
        }
        if (f.to() != null) {
            query.setParameter("to", f.to());
        }
        if (f.workspaceId() != null && !f.workspaceId().isBlank()) {
            query.setParameter("workspace", f.workspaceId());
        }
        if (f.scope() != null && !f.scope().isBlank()) {
            query.setParameter("scope", f.scope());
        }
        if (f.repIds() != null && !f.repIds().isEmpty()) {
            query.setParameter("reps", f.repIds());
        }
        return query;
    }

    /**
     * Talk time per rep over a period, most talk first.
     *
     * @param filter period, workspace, scope, reps
     * @return one row per rep who hosted calls
     */
    public List<RepTalkTime> talkTimeByRep(TalkTimeFilter filter) {
        String jpql = "SELECT c.primaryUserId, MAX(c.repName), COUNT(c), SUM(c.repTalkSeconds), AVG(c.repTalkSeconds),"
                + " AVG(c.talkRatio) FROM CallEntity c" + talkTimeWhere(filter)
                + " GROUP BY c.primaryUserId ORDER BY SUM(c.repTalkSeconds) DESC, c.primaryUserId";
        List<Object[]> rows = bind(em.createQuery(jpql, Object[].class), filter).getResultList();
        return rows.stream().map(r -> new RepTalkTime((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                number(r[3]), number(r[4]), nullable(r[5]))).toList();
    }

    /**
     * Talk time per rep and week, for trend charts.
     *
     * @param filter period, workspace, scope, reps
     * @return one row per rep and week with calls, weeks in order
     */
    public List<WeeklyTalkTime> talkTimeByWeek(TalkTimeFilter filter) {
        String jpql = "SELECT c.startedWeek, c.primaryUserId, MAX(c.repName), COUNT(c), SUM(c.repTalkSeconds),"
                + " AVG(c.talkRatio) FROM CallEntity c" + talkTimeWhere(filter)
                + " GROUP BY c.startedWeek, c.primaryUserId ORDER BY c.startedWeek, c.primaryUserId";
        List<Object[]> rows = bind(em.createQuery(jpql, Object[].class), filter).getResultList();
        return rows.stream().map(r -> new WeeklyTalkTime((LocalDate) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).longValue(), number(r[4]), nullable(r[5]))).toList();
    }

    private static double number(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }

    private static Double nullable(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
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
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(cm)" + from + where, Long.class);
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

    /**
     * Everything the call page shows.
     *
     * @param call       the call
     * @param parties    participants in Gong's order
     * @param speakers   talk times
     * @param stats      the host's interaction stats
     * @param topics     topics
     * @param trackers   trackers
     * @param keyPoints  key points
     * @param comments   public comments, oldest first
     * @param crmObjects CRM objects
     * @param transcript transcript sentences, empty until fetched
     */
    public record CallDetail(CallEntity call, List<PartyEntity> parties, List<SpeakerEntity> speakers,
                             List<InteractionStatEntity> stats, List<TopicEntity> topics, List<TrackerEntity> trackers,
                             List<KeyPointEntity> keyPoints, List<CommentEntity> comments,
                             List<CrmObjectEntity> crmObjects, List<TranscriptSentenceEntity> transcript)
            implements java.io.Serializable {
    }

    /**
     * @param callId a Gong call id
     * @return the call and all its parts, if stored
     */
    public Optional<CallDetail> detail(String callId) {
        CallEntity call = em.find(CallEntity.class, callId);
        if (call == null) {
            return Optional.empty();
        }
        return Optional.of(new CallDetail(call, parts(PartyEntity.class, callId), parts(SpeakerEntity.class, callId),
                parts(InteractionStatEntity.class, callId), parts(TopicEntity.class, callId),
                parts(TrackerEntity.class, callId), parts(KeyPointEntity.class, callId),
                em.createQuery("SELECT c FROM CommentEntity c WHERE c.callId = :id ORDER BY c.posted, c.position",
                        CommentEntity.class).setParameter("id", callId).getResultList(),
                parts(CrmObjectEntity.class, callId), parts(TranscriptSentenceEntity.class, callId)));
    }

    private <T> List<T> parts(Class<T> type, String callId) {
        return em.createQuery("SELECT p FROM " + type.getSimpleName() + " p WHERE p.callId = :id ORDER BY p.position",
                type).setParameter("id", callId).getResultList();
    }

    /**
     * @param ids Gong user ids
     * @return the names CallDeck knows for them
     */
    public Map<String, String> userNames(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new java.util.HashMap<>();
        em.createQuery("SELECT u FROM UserEntity u WHERE u.id IN :ids", UserEntity.class)
                .setParameter("ids", List.copyOf(ids)).getResultList().forEach(u -> names.put(u.getId(), u.getName()));
        return names;
    }

    /** @return every Gong user CallDeck knows (from the directory and calls' internal parties), by name */
    public List<UserEntity> users() {
        return em.createQuery("SELECT u FROM UserEntity u ORDER BY u.name, u.id", UserEntity.class).getResultList();
    }

    /**
     * @param text part of a name or email (case-insensitive)
     * @param max  most results
     * @return matching users, by name
     */
    public List<UserEntity> findUsers(String text, int max) {
        String pattern = "%" + (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return em.createQuery("SELECT u FROM UserEntity u WHERE LOWER(u.name) LIKE :p ESCAPE '\\'"
                        + " OR LOWER(u.email) LIKE :p ESCAPE '\\' ORDER BY u.name, u.id", UserEntity.class)
                .setParameter("p", pattern).setMaxResults(max).getResultList();
    }

    /** @return the reps: users who host at least one stored call, by name */
    public List<UserEntity> reps() {
        // EXISTS: one probe of the (primary_user_id, started) index per user, not a DISTINCT over every call
        return em.createQuery("SELECT u FROM UserEntity u WHERE EXISTS (SELECT c.id FROM CallEntity c"
                + " WHERE c.primaryUserId = u.id) ORDER BY u.name, u.id", UserEntity.class).getResultList();
    }

    /** @return the workspaces, by name */
    public List<WorkspaceEntity> workspaces() {
        return em.createQuery("SELECT w FROM WorkspaceEntity w ORDER BY w.name", WorkspaceEntity.class)
                .getResultList();
    }

    /** @return the systems stored calls were made with, in order */
    public List<String> systems() {
        return em.createQuery("SELECT DISTINCT c.system FROM CallEntity c WHERE c.system IS NOT NULL ORDER BY c.system",
                String.class).getResultList();
    }

    /** @return how many calls the store holds */
    public long callCount() {
        return em.createQuery("SELECT COUNT(c) FROM CallEntity c", Long.class).getSingleResult();
    }

    /**
     * @param ids Gong call ids
     * @return those of them the store holds, with their titles
     */
    public List<CallEntity> calls(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM CallEntity c WHERE c.id IN :ids ORDER BY c.started DESC", CallEntity.class)
                .setParameter("ids", ids).getResultList();
    }
}
