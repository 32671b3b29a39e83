package io.calldeck.store;

import io.calldeck.store.entity.CallEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;

/**
 * Talk time per rep and per week, aggregated in the database from the calls' columns ({@code primary_user_id},
 * {@code rep_talk_seconds}, {@code talk_ratio}, {@code started_week}) that the covering index holds. Read-only.
 */
@ApplicationScoped
public class TalkTimeQueries {

    @Inject
    @Store
    EntityManager em;

    /** For CDI. */
    protected TalkTimeQueries() {
    }

    /** @param em the entity manager to read with (tests, tools) */
    public TalkTimeQueries(EntityManager em) {
        this.em = em;
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

    /**
     * Talk time per rep over a period, most talk first.
     *
     * @param filter period, workspace, scope, reps
     * @return one row per rep who hosted calls
     */
    public List<RepTalkTime> talkTimeByRep(RepFilter filter) {
        String jpql = "SELECT c.primaryUserId, MAX(c.repName), COUNT(c), SUM(c.repTalkSeconds), AVG(c.repTalkSeconds),"
                + " AVG(c.talkRatio) FROM CallEntity c" + filter.where()
                + " GROUP BY c.primaryUserId ORDER BY SUM(c.repTalkSeconds) DESC, c.primaryUserId";
        List<Object[]> rows = filter.bind(em.createQuery(jpql, Object[].class)).getResultList();
        return rows.stream().map(r -> new RepTalkTime((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                number(r[3]), number(r[4]), nullable(r[5]))).toList();
    }

    /**
     * Talk time per rep and week, for trend charts.
     *
     * @param filter period, workspace, scope, reps
     * @return one row per rep and week with calls, weeks in order
     */
    public List<WeeklyTalkTime> talkTimeByWeek(RepFilter filter) {
        String jpql = "SELECT c.startedWeek, c.primaryUserId, MAX(c.repName), COUNT(c), SUM(c.repTalkSeconds),"
                + " AVG(c.talkRatio) FROM CallEntity c" + filter.where()
                + " GROUP BY c.startedWeek, c.primaryUserId ORDER BY c.startedWeek, c.primaryUserId";
        List<Object[]> rows = filter.bind(em.createQuery(jpql, Object[].class)).getResultList();
        return rows.stream().map(r -> new WeeklyTalkTime((LocalDate) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).longValue(), number(r[4]), nullable(r[5]))).toList();
    }

    private static double number(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }

    private static Double nullable(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
