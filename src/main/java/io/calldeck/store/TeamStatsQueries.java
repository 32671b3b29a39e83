package io.calldeck.store;

import io.calldeck.store.DailyRollups.Measure;
import io.calldeck.store.DailyRollups.RepGrouping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Team stats: per rep (a call's primary user), the mean over the calls they hosted of each interaction stat Gong
 * sends for the host ({@code interaction.interactionStats[]}, requested with {@code personInteractionStats}) and of
 * the questions asked ({@code interaction.questions}). Summed in the database, never loading a call: whole UTC days
 * from the daily rollup ({@code rep_daily_stats}), the hours at a period's ends from the calls' per-rep index
 * ({@code gong_call_rep_stats}). Read-only.
 */
@ApplicationScoped
public class TeamStatsQueries {

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
        return DailyRollups.repTotals(em, filter, RepGrouping.REP).stream().map(TeamStatsQueries::stats)
                .sorted(Comparator.comparing(RepStats::name, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(RepStats::userId))
                .toList();
    }

    /**
     * Interaction stats per rep and week, for trend charts.
     *
     * @param filter period, workspace, scope, reps
     * @return one row per rep and week with calls, weeks in order
     */
    public List<WeeklyRepStats> byWeek(RepFilter filter) {
        return DailyRollups.repTotals(em, filter, RepGrouping.WEEK_AND_REP).stream()
                .map(t -> new WeeklyRepStats(t.week(), stats(t)))
                .sorted(Comparator.comparing(WeeklyRepStats::week).thenComparing(w -> w.stats().userId()))
                .toList();
    }

    private static RepStats stats(DailyRollups.RepTotals t) {
        return new RepStats(t.userId(), t.name(), t.calls(), t.mean(Measure.HOST_TALK_RATIO),
                t.mean(Measure.HOST_LONGEST_MONOLOGUE_SECONDS), t.mean(Measure.HOST_LONGEST_CUSTOMER_STORY_SECONDS),
                t.mean(Measure.HOST_INTERACTIVITY), t.mean(Measure.HOST_PATIENCE_SECONDS),
                t.mean(Measure.QUESTIONS_COMPANY), t.mean(Measure.QUESTIONS_NON_COMPANY));
    }
}
