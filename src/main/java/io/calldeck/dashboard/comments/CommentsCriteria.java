package io.calldeck.dashboard.comments;

import io.calldeck.dashboard.Period;
import io.calldeck.dashboard.QueryString;
import io.calldeck.store.CommentQueries;
import io.calldeck.store.GongIds;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Comments page lists, as its URL holds it: {@code from} and {@code to} (dates, both inclusive, in the
 * viewer's time zone; default the last 30 days), {@code by} (commenters' Gong user ids) and {@code rep} (the calls'
 * primary users), both comma-separated. A value that does not parse is dropped for its default.
 *
 * @param from       first day, inclusive
 * @param to         last day, inclusive, not before {@code from}
 * @param commenters commenters' Gong user ids, empty for anyone
 * @param reps       the calls' reps' Gong user ids, empty for any
 */
public record CommentsCriteria(LocalDate from, LocalDate to, List<String> commenters, List<String> reps)
        implements java.io.Serializable {

    /** Checks and copies the parts. */
    public CommentsCriteria {
        new Period(from, to);
        commenters = List.copyOf(commenters);
        reps = List.copyOf(reps);
        if (!commenters.stream().allMatch(GongIds::isId) || !reps.stream().allMatch(GongIds::isId)) {
            throw new IllegalArgumentException("commenters and reps must be Gong user ids, got: " + commenters + ", "
                    + reps);
        }
    }

    /**
     * @param query the page's query parameters (first value of each)
     * @param today today in the viewer's time zone
     * @return the criteria they give, defaults for what is missing or malformed
     */
    public static CommentsCriteria fromQuery(Map<String, String> query, LocalDate today) {
        Period period = Period.fromQuery(query.get("from"), query.get("to"), today);
        return new CommentsCriteria(period.from(), period.to(), ids(query.get("by")), ids(query.get("rep")));
    }

    /** @return the query parameters that give these criteria back, in a fixed order, unset ones left out */
    public Map<String, String> toQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("from", from.toString());
        query.put("to", to.toString());
        if (!commenters.isEmpty()) {
            query.put("by", String.join(",", commenters));
        }
        if (!reps.isEmpty()) {
            query.put("rep", String.join(",", reps));
        }
        return query;
    }

    /** @return {@link #toQuery()} as a URL query string, without the {@code ?} */
    public String toQueryString() {
        return QueryString.of(toQuery());
    }

    /**
     * @param zone        the viewer's time zone, in which the period's days begin and end
     * @param seesPrivate whether the viewer may see private calls' comments
     * @return the store's filter for these criteria
     */
    public CommentQueries.CommentFilter filter(ZoneId zone, boolean seesPrivate) {
        Period period = new Period(from, to);
        return new CommentQueries.CommentFilter(period.start(zone), period.end(zone), commenters, reps, seesPrivate);
    }

    private static List<String> ids(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::trim).filter(GongIds::isId)
                .distinct().toList();
    }
}
