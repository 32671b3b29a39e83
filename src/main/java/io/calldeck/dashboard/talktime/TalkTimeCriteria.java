package io.calldeck.dashboard.talktime;

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
 * What the Talk time page shows, as its URL holds it: {@code from} and {@code to} (dates, both inclusive, in the
 * viewer's time zone; default the last 30 days), {@code ws} (a workspace id), {@code scope} and {@code rep} (the user
 * ids in the weekly trend, comma-separated; default the five who talk most). A value that does not parse is dropped
 * for its default.
 *
 * @param from      first day, inclusive
 * @param to        last day, inclusive, not before {@code from}
 * @param workspace a workspace's Gong id, or {@code null} for all
 * @param scope     {@code Internal}, {@code External}, {@code Unknown}, or {@code null} for all
 * @param trendReps the reps in the weekly trend, empty for the default
 */
public record TalkTimeCriteria(LocalDate from, LocalDate to, String workspace, String scope, List<String> trendReps)
        implements java.io.Serializable {

    /** Checks and copies the parts. */
    public TalkTimeCriteria {
        new Period(from, to);
        FormQuery.check(scope, workspace);
        trendReps = List.copyOf(trendReps);
        if (!trendReps.stream().allMatch(GongIds::isId)) {
            throw new IllegalArgumentException("trendReps must be Gong user ids, got: " + trendReps);
        }
    }

    /**
     * @param query the page's query parameters (first value of each)
     * @param today today in the viewer's time zone
     * @return the criteria they give, defaults for what is missing or malformed
     */
    public static TalkTimeCriteria fromQuery(Map<String, String> query, LocalDate today) {
        Period period = Period.fromQuery(query.get("from"), query.get("to"), today);
        List<String> reps = query.get("rep") == null ? List.of() : Arrays.stream(query.get("rep").split(","))
                .map(String::trim).filter(GongIds::isId).distinct().toList();
        return new TalkTimeCriteria(period.from(), period.to(), FormQuery.workspace(query.get("ws")),
                FormQuery.scope(query.get("scope")), reps);
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
