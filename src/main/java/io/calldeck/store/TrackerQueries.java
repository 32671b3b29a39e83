package io.calldeck.store;

import io.calldeck.store.DailyRollups.TrackerGrouping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Trackers over a period: how many calls mention each of the company's keyword and smart trackers and how often
 * (Gong's {@code content.trackers[]}: {@code id, name, type, count}), in all, per rep and per week. Gong lists every
 * tracker on every call; the store keeps only those with a count above 0, so a stored tracker row is a mention.
 * Summed in the database: whole UTC days from the daily rollup ({@code tracker_daily_mentions}), the hours at a
 * period's ends from the calls of those hours and their tracker rows. Read-only.
 */
@ApplicationScoped
public class TrackerQueries {

    @Inject
    @Store
    EntityManager em;

    /** For CDI. */
    protected TrackerQueries() {
    }

    /** @param em the entity manager to read with (tests, tools) */
    public TrackerQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * A tracker's mentions over a period.
     *
     * @param id       Gong tracker id
     * @param name     its name (the latest call's, when a tracker was renamed)
     * @param type     {@code KEYWORD} or {@code SMART} (Gong may add types)
     * @param calls    calls that mention it
     * @param mentions how often it was mentioned in all, the sum of its counts
     */
    public record TrackerMentions(String id, String name, String type, long calls, long mentions)
            implements java.io.Serializable {
    }

    /**
     * A tracker's mentions on one rep's calls.
     *
     * @param trackerId Gong tracker id
     * @param userId    the rep's Gong user id (the calls' primary user)
     * @param name      the rep's name
     * @param calls     the rep's calls that mention it
     * @param mentions  how often, in all
     */
    public record RepMentions(String trackerId, String userId, String name, long calls, long mentions)
            implements java.io.Serializable {
    }

    /**
     * A tracker's mentions in one week.
     *
     * @param trackerId Gong tracker id
     * @param week      the week's Monday (UTC)
     * @param calls     that week's calls that mention it
     * @param mentions  how often, in all
     */
    public record WeeklyMentions(String trackerId, LocalDate week, long calls, long mentions)
            implements java.io.Serializable {
    }

    /**
     * @param filter period, workspace, scope, reps
     * @return every tracker mentioned in the period, most calls first, then by name
     */
    public List<TrackerMentions> trackers(RepFilter filter) {
        return DailyRollups.trackerTotals(em, filter, null, TrackerGrouping.TRACKER).stream()
                .map(t -> new TrackerMentions((String) t.key(), t.name(), t.type(), t.calls(), t.mentions()))
                .sorted(Comparator.comparingLong(TrackerMentions::calls).reversed()
                        .thenComparing(TrackerMentions::name).thenComparing(TrackerMentions::id))
                .toList();
    }

    /**
     * @param filter    period, workspace, scope, reps
     * @param trackerId one tracker's Gong id
     * @return that tracker's mentions per rep, most calls first
     */
    public List<RepMentions> byRep(RepFilter filter, String trackerId) {
        return DailyRollups.trackerTotals(em, filter, trackerId, TrackerGrouping.REP).stream()
                .map(t -> new RepMentions(trackerId, (String) t.key(), t.repName(), t.calls(), t.mentions()))
                .sorted(Comparator.comparingLong(RepMentions::calls).reversed().thenComparing(RepMentions::userId))
                .toList();
    }

    /**
     * @param filter    period, workspace, scope, reps
     * @param trackerId one tracker's Gong id
     * @return that tracker's mentions per week with any, weeks in order
     */
    public List<WeeklyMentions> byWeek(RepFilter filter, String trackerId) {
        return DailyRollups.trackerTotals(em, filter, trackerId, TrackerGrouping.WEEK).stream()
                .map(t -> new WeeklyMentions(trackerId, (LocalDate) t.key(), t.calls(), t.mentions()))
                .sorted(Comparator.comparing(WeeklyMentions::week))
                .toList();
    }

    /**
     * @param trackerId a tracker's Gong id
     * @return its name as the store's calls give it, or empty when no stored call mentions it
     */
    public java.util.Optional<String> name(String trackerId) {
        return java.util.Optional.ofNullable(em.createQuery("SELECT MAX(t.name) FROM TrackerEntity t"
                + " WHERE t.trackerId = :tracker", String.class).setParameter("tracker", trackerId).getSingleResult());
    }
}
