package io.calldeck.store;

import io.calldeck.store.entity.CallEntity;
import io.calldeck.store.entity.TrackerEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The calls table's question: which stored calls match a filter, sorted and paged in SQL, and how many match (counted
 * up to {@link #COUNT_LIMIT}). Read-only; never loads every call.
 */
@ApplicationScoped
public class CallSearch {

    @Inject
    @Store
    EntityManager em;

    /** For CDI. */
    protected CallSearch() {
    }

    /** @param em the entity manager to read with (tests, tools) */
    public CallSearch(EntityManager em) {
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

    /** Before any call: the lower bound of a search without a period (see {@code predicates}). */
    /** EclipseLink's query hint for results not registered in the persistence context; other providers ignore it. */
    static final String READ_ONLY = "eclipselink.read-only";

    private static final OffsetDateTime EARLIEST = OffsetDateTime.parse("1970-01-01T00:00:00Z");

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
        // The page's ids first, then their rows: sorting and skipping run over narrow (id, sort column) tuples that an
        // index can answer, and only the page's calls are read whole (H2 sorted every matching row whole: 30 days by
        // duration on a 100,000-call store took 400-700 ms).
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<String> query = cb.createQuery(String.class);
        Root<CallEntity> call = query.from(CallEntity.class);
        Map<jakarta.persistence.criteria.ParameterExpression<Boolean>, Boolean> flags = new java.util.HashMap<>();
        query.select(call.get("id")).where(predicates(cb, query, call, filter, flags));
        Expression<?> column = call.get(sort.attribute());
        query.orderBy(ascending ? cb.asc(column) : cb.desc(column),
                ascending ? cb.asc(call.get("started")) : cb.desc(call.get("started")), cb.asc(call.get("id")));
        TypedQuery<String> typed = em.createQuery(query);
        flags.forEach(typed::setParameter);
        List<String> ids = typed.setFirstResult(offset).setMaxResults(limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, CallEntity> rows = new java.util.HashMap<>();
        // Read-only: the calls are not kept in the persistence context. On Liberty a request without a transaction
        // keeps one persistence context for the whole request, so an export reading 100,000 calls 500 at a time kept
        // every call it had written in memory until the download ended (live heap +330 MB at 94,000 rows).
        em.createQuery("SELECT c FROM CallEntity c WHERE c.id IN :ids", CallEntity.class).setParameter("ids", ids)
                .setHint(READ_ONLY, "true").getResultList().forEach(c -> rows.put(c.getId(), c));
        // A call deleted between the two reads is left out of the page.
        return ids.stream().map(rows::get).filter(java.util.Objects::nonNull).toList();
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
        query.select(call.get("id")).where(predicates(cb, query, call, filter, flags));
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
        query.select(cb.count(call)).where(predicates(cb, query, call, filter, flags));
        TypedQuery<Long> typed = em.createQuery(query);
        flags.forEach(typed::setParameter);
        return typed.getSingleResult();
    }

    /**
     * @param flags receives boolean parameters: EclipseLink would inline a boolean literal as 0/1, which H2 2.x
     *              refuses to compare with a BOOLEAN column; bound, it is accepted by H2 and PostgreSQL alike
     */
    private static Predicate[] predicates(CriteriaBuilder cb, AbstractQuery<?> query, Root<CallEntity> call, CallFilter f,
                                          Map<jakarta.persistence.criteria.ParameterExpression<Boolean>, Boolean> flags) {
        List<Predicate> where = new ArrayList<>();
        // Without a period, still a condition on started: H2 reads an index instead of every call's wide row only when
        // a condition seeks in it, so an open-ended search (/calls, /api/calls without from) scans the narrow search
        // index (db/h2) from its start. No call starts before EARLIEST; PostgreSQL plans the same either way.
        where.add(cb.greaterThanOrEqualTo(call.get("started"), f.from() != null ? f.from() : EARLIEST));
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
        if (f.trackerId() != null && !f.trackerId().isBlank()) { // stored only where mentioned: a count above 0
            Subquery<String> mentioning = query.subquery(String.class);
            Root<TrackerEntity> tracker = mentioning.from(TrackerEntity.class);
            mentioning.select(tracker.get("callId")).where(cb.equal(tracker.get("trackerId"), f.trackerId()));
            where.add(call.get("id").in(mentioning));
        }
        return where.toArray(Predicate[]::new);
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
