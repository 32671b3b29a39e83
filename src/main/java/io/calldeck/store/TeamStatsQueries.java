package io.calldeck.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;

/**
 * Team stats: per rep (a call's primary user), the mean over the calls they hosted of each interaction stat Gong
 * sends for the host ({@code interaction.interactionStats[]}, requested with {@code personInteractionStats}) and of
 * the questions asked ({@code interaction.questions}). One grouped query per view, answered from the calls' per-rep
 * index ({@code gong_call_rep_stats}); no call is loaded. Read-only.
 */
@ApplicationScoped
public class TeamStatsQueries {

    private static final String AVERAGES = "COUNT(c), AVG(c.hostTalkRatio), AVG(c.hostLongestMonologueSeconds),"
            + " AVG(c.hostLongestCustomerStorySeconds), AVG(c.hostInteractivity), AVG(c.hostPatienceSeconds),"
            + " AVG(c.questionsCompany), AVG(c.questionsNonCompany)";

    @Inject
    @Store
    EntityManager em;

    /** For CDI. */
    protected TeamStatsQueries() {
    }

    /** @param em the entity manager to read with (tests, tools) */
    public TeamStatsQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * A rep's interaction stats over a period. Each stat is the mean over the rep's calls that carry it, and
     * {@code null} when none does (Gong sends no stats for a call it has not processed, or without speech).
     *
     * @param userId                      Gong user id ({@code metaData.primaryUserId})
     * @param name                        the rep's name, as a party of their calls
     * @param calls                       calls hosted in the period
     * @param talkRatio                   {@code Talk Ratio}: the rep's share of the talk, 0 to 1
     * @param longestMonologueSeconds     {@code Longest Monologue}: the rep's longest uninterrupted speech, seconds
     * @param longestCustomerStorySeconds {@code Longest Customer Story}: a customer's longest uninterrupted speech,
     *                                    seconds
     * @param interactivity               {@code Interactivity}: how often the speakers switch, Gong's score, 0 to 10
     * @param patienceSeconds             {@code Patience}: the rep's pause before answering, seconds
     * @param companyQuestions            questions asked by the company's speakers per call
     *                                    ({@code questions.companyCount})
     * @param nonCompanyQuestions         questions asked by the other speakers per call
     *                                    ({@code questions.nonCompanyCount})
     */
    public record RepStats(String userId, String name, long calls, Double talkRatio, Double longestMonologueSeconds,
                           Double longestCustomerStorySeconds, Double interactivity, Double patienceSeconds,
                           Double companyQuestions, Double nonCompanyQuestions) implements java.io.Serializable {
    }

    /**
     * A rep's interaction stats in one week.
     *
     * @param week  the week's Monday (UTC, {@code started_week})
     * @param stats the rep's means over that week's calls
     */
    public record WeeklyRepStats(LocalDate week, RepStats stats) implements java.io.Serializable {
    }

    /**
     * Interaction stats per rep over a period.
     *
     * @param filter period, workspace, scope, reps
     * @return one row per rep who hosted calls, by name, then user id
     */
    public List<RepStats> byRep(RepFilter filter) {
        String jpql = "SELECT c.primaryUserId, MAX(c.repName), " + AVERAGES + " FROM CallEntity c" + filter.where()
                + " GROUP BY c.primaryUserId ORDER BY MAX(c.repName), c.primaryUserId";
        return filter.bind(em.createQuery(jpql, Object[].class)).getResultList().stream()
                .map(r -> stats(r, 0)).toList();
    }

    /**
     * Interaction stats per rep and week, for trend charts.
     *
     * @param filter period, workspace, scope, reps
     * @return one row per rep and week with calls, weeks in order
     */
    public List<WeeklyRepStats> byWeek(RepFilter filter) {
        String jpql = "SELECT c.startedWeek, c.primaryUserId, MAX(c.repName), " + AVERAGES + " FROM CallEntity c"
                + filter.where() + " GROUP BY c.startedWeek, c.primaryUserId ORDER BY c.startedWeek, c.primaryUserId";
        return filter.bind(em.createQuery(jpql, Object[].class)).getResultList().stream()
                .map(r -> new WeeklyRepStats((LocalDate) r[0], stats(r, 1))).toList();
    }

    private static RepStats stats(Object[] r, int at) {
        return new RepStats((String) r[at], (String) r[at + 1], ((Number) r[at + 2]).longValue(), nullable(r[at + 3]),
                nullable(r[at + 4]), nullable(r[at + 5]), nullable(r[at + 6]), nullable(r[at + 7]), nullable(r[at + 8]),
                nullable(r[at + 9]));
    }

    private static Double nullable(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
