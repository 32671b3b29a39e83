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
 * Talk time per rep and per week, summed in the database: whole UTC days from the daily rollup
 * ({@code rep_daily_stats}), the hours at a period's ends from the calls' columns ({@code primary_user_id},
 * {@code rep_talk_seconds}, {@code talk_ratio}, {@code started_week}) that the covering index holds; no call is
 * loaded. Read-only.
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
        return DailyRollups.repTotals(em, filter, RepGrouping.REP).stream()
                .map(t -> new RepTalkTime(t.userId(), t.name(), t.calls(), t.sum(Measure.REP_TALK_SECONDS),
                        orZero(t.mean(Measure.REP_TALK_SECONDS)), t.mean(Measure.TALK_RATIO)))
                .sorted(Comparator.comparingDouble(RepTalkTime::talkTimeSeconds).reversed()
                        .thenComparing(RepTalkTime::userId))
                .toList();
    }

    /**
     * Talk time per rep and week, for trend charts.
     *
     * @param filter period, workspace, scope, reps
     * @return one row per rep and week with calls, weeks in order
     */
    public List<WeeklyTalkTime> talkTimeByWeek(RepFilter filter) {
        return DailyRollups.repTotals(em, filter, RepGrouping.WEEK_AND_REP).stream()
                .map(t -> new WeeklyTalkTime(t.week(), t.userId(), t.name(), t.calls(), t.sum(Measure.REP_TALK_SECONDS),
                        t.mean(Measure.TALK_RATIO)))
                .sorted(Comparator.comparing(WeeklyTalkTime::week).thenComparing(WeeklyTalkTime::userId))
                .toList();
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }
}
