package io.calldeck.dashboard.team;

import io.calldeck.dashboard.FormQuery;
import io.calldeck.dashboard.Period;
import io.calldeck.dashboard.QueryString;
import io.calldeck.store.GongIds;
import io.calldeck.store.RepFilter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Team page shows, as its URL holds it: {@code from} and {@code to} (dates, both inclusive, in the viewer's
 * time zone; default the last 30 days), {@code ws} (a workspace id), {@code scope} ({@code Internal},
 * {@code External}, {@code Unknown}), {@code rep} (the user ids in the weekly trend, comma-separated; default the
 * five reps with most calls) and {@code stat} (the trend's stat, default talk ratio). A value that does not parse is
 * dropped for its default, so an edited bookmark still opens the page.
 *
 * @param from       first day, inclusive
 * @param to         last day, inclusive, not before {@code from}
 * @param workspace  a workspace's Gong id, or {@code null} for all
 * @param scope      a call scope, or {@code null} for all
 * @param trendReps  the reps in the weekly trend, empty for the default
 * @param trendStat  the stat the weekly trend shows
 */
public record TeamCriteria(LocalDate from, LocalDate to, String workspace, String scope, List<String> trendReps,
                           TeamStat trendStat) implements java.io.Serializable {

    /** Days in the default period, today included. */
    public static final int DEFAULT_DAYS = Period.DEFAULT_DAYS;

    /** Checks and copies the parts. */
    public TeamCriteria {
        new Period(from, to);
        FormQuery.check(scope, workspace);
        trendReps = List.copyOf(trendReps);
        if (!trendReps.stream().allMatch(GongIds::isId)) {
            throw new IllegalArgumentException("trendReps must be Gong user ids, got: " + trendReps);
        }
        if (trendStat == null) {
            throw new IllegalArgumentException("trendStat is required");
        }
    }

    /**
     * @param query the page's query parameters (first value of each)
     * @param today today in the viewer's time zone
     * @return the criteria they give, defaults for what is missing or malformed
     */
    public static TeamCriteria fromQuery(Map<String, String> query, LocalDate today) {
        Period period = Period.fromQuery(query.get("from"), query.get("to"), today);
        String workspace = FormQuery.workspace(query.get("ws"));
        String scope = FormQuery.scope(query.get("scope"));
        List<String> reps = query.get("rep") == null ? List.of() : Arrays.stream(query.get("rep").split(","))
                .map(String::trim).filter(GongIds::isId).distinct().toList();
        TeamStat stat = TeamStat.ofKey(query.get("stat")).orElse(TeamStat.TALK_RATIO);
        return new TeamCriteria(period.from(), period.to(), workspace, scope, reps, stat);
    }

    /** @return the query parameters that give these criteria back, in a fixed order, defaults left out */
    public Map<String, String> toQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("from", from.toString());
        query.put("to", to.toString());
        if (workspace != null) {
            query.put("ws", workspace);
        }
        if (scope != null) {
            query.put("scope", scope);
        }
        if (!trendReps.isEmpty()) {
            query.put("rep", String.join(",", trendReps));
        }
        if (trendStat != TeamStat.TALK_RATIO) {
            query.put("stat", trendStat.key());
        }
        return query;
    }

    /** @return {@link #toQuery()} as a URL query string, without the {@code ?} */
    public String toQueryString() {
        return QueryString.of(toQuery());
    }

    /**
     * @param zone the viewer's time zone, in which the period's days begin and end
     * @param reps only these reps, or {@code null}/empty for all
     * @return the store's filter for these criteria
     */
    public RepFilter filter(ZoneId zone, List<String> reps) {
        Period period = new Period(from, to);
        return new RepFilter(period.start(zone), period.end(zone), workspace, scope, reps);
    }
}
