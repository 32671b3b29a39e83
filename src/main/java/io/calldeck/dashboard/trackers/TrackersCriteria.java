package io.calldeck.dashboard.trackers;

import io.calldeck.dashboard.FormQuery;
import io.calldeck.dashboard.Period;
import io.calldeck.dashboard.QueryString;
import io.calldeck.store.GongIds;
import io.calldeck.store.RepFilter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Trackers page shows, as its URL holds it: {@code from} and {@code to} (dates, both inclusive, in the
 * viewer's time zone; default the last 30 days), {@code ws} (a workspace id), {@code scope} and {@code tracker} (the
 * tracker shown per rep and week; default the one most calls mention). A value that does not parse is dropped for
 * its default.
 *
 * @param from      first day, inclusive
 * @param to        last day, inclusive, not before {@code from}
 * @param workspace a workspace's Gong id, or {@code null} for all
 * @param scope     a call scope, or {@code null} for all
 * @param tracker   a tracker's Gong id, or {@code null} for the default
 */
public record TrackersCriteria(LocalDate from, LocalDate to, String workspace, String scope, String tracker)
        implements java.io.Serializable {

    /** Checks the parts. */
    public TrackersCriteria {
        new Period(from, to);
        FormQuery.check(scope, workspace);
        if (tracker != null && !GongIds.isId(tracker)) {
            throw new IllegalArgumentException("tracker must be a Gong id, got: " + tracker);
        }
    }

    /**
     * @param query the page's query parameters (first value of each)
     * @param today today in the viewer's time zone
     * @return the criteria they give, defaults for what is missing or malformed
     */
    public static TrackersCriteria fromQuery(Map<String, String> query, LocalDate today) {
        Period period = Period.fromQuery(query.get("from"), query.get("to"), today);
        return new TrackersCriteria(period.from(), period.to(), FormQuery.workspace(query.get("ws")),
                FormQuery.scope(query.get("scope")),
                GongIds.isId(query.get("tracker")) ? query.get("tracker") : null);
    }

    /**
     * @param id a tracker's Gong id, or {@code null}
     * @return these criteria showing that tracker
     */
    public TrackersCriteria withTracker(String id) {
        return new TrackersCriteria(from, to, workspace, scope, id);
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
        if (tracker != null) {
            query.put("tracker", tracker);
        }
        return query;
    }

    /** @return {@link #toQuery()} as a URL query string, without the {@code ?} */
    public String toQueryString() {
        return QueryString.of(toQuery());
    }

    /**
     * @param zone the viewer's time zone, in which the period's days begin and end
     * @return the store's filter for these criteria
     */
    public RepFilter filter(ZoneId zone) {
        Period period = new Period(from, to);
        return new RepFilter(period.start(zone), period.end(zone), workspace, scope, null);
    }
}
