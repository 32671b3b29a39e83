package io.calldeck.dashboard.calls;

import io.calldeck.dashboard.QueryString;
import io.calldeck.store.CallFilter;
import io.calldeck.store.GongIds;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Calls page lists, as its URL holds it: {@code from}, {@code to} (dates, both inclusive, in the viewer's
 * time zone; {@code from} alone is that one day), {@code rep} (Gong user ids), {@code ws} (a workspace id),
 * {@code dir}, {@code scope}, {@code sys} (comma-separated), {@code min}, {@code max} (whole minutes), {@code q}
 * (title contains), {@code comments} ({@code yes} or {@code no}) and {@code tracker} (a tracker's id: the calls that
 * mention it). Every criterion is optional; a value that does not parse is dropped, so an edited bookmark still opens
 * the page.
 *
 * @param from       first day, or {@code null} for any
 * @param to         last day, or {@code null} ({@code from} alone is one day)
 * @param reps       Gong user ids of the calls' primary users
 * @param workspace  a workspace's Gong id, or {@code null}
 * @param directions Gong's directions (Conference, Outbound, Inbound, Unknown)
 * @param scopes     Gong's scopes (External, Internal, Unknown)
 * @param systems    systems, e.g. Zoom
 * @param minMinutes shortest duration, minutes, or {@code null}
 * @param maxMinutes longest duration, minutes, or {@code null}
 * @param title      text the title contains (case-insensitive), or {@code null}
 * @param comments   {@code true}: with public comments; {@code false}: without; {@code null}: either
 * @param tracker    a tracker's Gong id, or {@code null}
 */
public record CallsCriteria(LocalDate from, LocalDate to, List<String> reps, String workspace, List<String> directions,
                            List<String> scopes, List<String> systems, Integer minMinutes, Integer maxMinutes,
                            String title, Boolean comments, String tracker) implements java.io.Serializable {

    /** The directions Gong documents. */
    public static final List<String> DIRECTIONS = List.of("Conference", "Outbound", "Inbound", "Unknown");
    /** The scopes Gong documents. */
    public static final List<String> SCOPES = List.of("External", "Internal", "Unknown");
    /** No criteria: every call. */
    public static final CallsCriteria NONE = new CallsCriteria(null, null, List.of(), null, List.of(), List.of(),
            List.of(), null, null, null, null, null);

    /** Checks and copies the parts. */
    public CallsCriteria {
        if (to != null && from == null) {
            throw new IllegalArgumentException("to needs a from, got to " + to);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from must be on or before to, got: " + from + " to " + to);
        }
        reps = List.copyOf(reps);
        directions = List.copyOf(directions);
        scopes = List.copyOf(scopes);
        systems = List.copyOf(systems);
        if (!reps.stream().allMatch(GongIds::isId)) {
            throw new IllegalArgumentException("reps must be Gong user ids, got: " + reps);
        }
        if (workspace != null && !GongIds.isId(workspace)) {
            throw new IllegalArgumentException("workspace must be a Gong id, got: " + workspace);
        }
        if (!DIRECTIONS.containsAll(directions)) {
            throw new IllegalArgumentException("directions must be among " + DIRECTIONS + ", got: " + directions);
        }
        if (!SCOPES.containsAll(scopes)) {
            throw new IllegalArgumentException("scopes must be among " + SCOPES + ", got: " + scopes);
        }
        if (minMinutes != null && minMinutes < 0 || maxMinutes != null && maxMinutes < 0) {
            throw new IllegalArgumentException("minutes must be 0 or more, got: " + minMinutes + ", " + maxMinutes);
        }
        title = title == null || title.isBlank() ? null : title.trim();
        if (tracker != null && !GongIds.isId(tracker)) {
            throw new IllegalArgumentException("tracker must be a Gong id, got: " + tracker);
        }
    }

    /**
     * @param query the page's query parameters (first value of each)
     * @return the criteria they give, malformed values left out
     */
    public static CallsCriteria fromQuery(Map<String, String> query) {
        LocalDate from = date(query.get("from"));
        LocalDate to = from == null ? null : date(query.get("to"));
        if (from != null && to != null && to.isBefore(from)) {
            to = from;
        }
        String ws = query.get("ws");
        String tracker = query.get("tracker");
        String comments = query.get("comments");
        return new CallsCriteria(from, to, split(query.get("rep")).stream().filter(GongIds::isId).distinct().toList(),
                GongIds.isId(ws) ? ws : null, listed(query.get("dir"), DIRECTIONS), listed(query.get("scope"), SCOPES),
                split(query.get("sys")), minutes(query.get("min")), minutes(query.get("max")), query.get("q"),
                "yes".equals(comments) ? Boolean.TRUE : "no".equals(comments) ? Boolean.FALSE : null,
                GongIds.isId(tracker) ? tracker : null);
    }

    /** @return the query parameters that give these criteria back, in a fixed order, unset ones left out */
    public Map<String, String> toQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        if (from != null) {
            query.put("from", from.toString());
            query.put("to", (to == null ? from : to).toString());
        }
        put(query, "rep", String.join(",", reps));
        put(query, "ws", workspace);
        put(query, "dir", String.join(",", directions));
        put(query, "scope", String.join(",", scopes));
        put(query, "sys", String.join(",", systems));
        put(query, "min", minMinutes == null ? null : minMinutes.toString());
        put(query, "max", maxMinutes == null ? null : maxMinutes.toString());
        put(query, "q", title);
        put(query, "comments", comments == null ? null : comments ? "yes" : "no");
        put(query, "tracker", tracker);
        return query;
    }

    /** @return {@link #toQuery()} as a URL query string, without the {@code ?} */
    public String toQueryString() {
        return QueryString.of(toQuery());
    }

    /** @return whether any criterion is set (the page offers "Reset" only then) */
    public boolean isFiltered() {
        return !equals(NONE);
    }

    /**
     * @return these criteria without a tracker
     */
    public CallsCriteria withoutTracker() {
        return new CallsCriteria(from, to, reps, workspace, directions, scopes, systems, minMinutes, maxMinutes, title,
                comments, null);
    }

    /**
     * @param zone         the viewer's time zone, in which the days begin and end
     * @param seesPrivate  whether the viewer may see private calls; if not, they are left out
     * @return the store's filter for these criteria
     */
    public CallFilter filter(ZoneId zone, boolean seesPrivate) {
        return new CallFilter(from == null ? null : from.atStartOfDay(zone).toOffsetDateTime(),
                from == null ? null : (to == null ? from : to).plusDays(1).atStartOfDay(zone).toOffsetDateTime(),
                reps, workspace, directions, scopes, systems, minMinutes == null ? null : minMinutes * 60L,
                maxMinutes == null ? null : maxMinutes * 60L, title, comments, seesPrivate ? null : Boolean.FALSE,
                tracker);
    }

    private static void put(Map<String, String> query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.put(name, value);
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer minutes(String value) {
        try {
            return value == null || value.isBlank() ? null : Math.max(0, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> split(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static List<String> listed(String value, List<String> allowed) {
        return split(value).stream().map(v -> allowed.stream().filter(a -> a.equalsIgnoreCase(v)).findFirst()
                .orElse(null)).filter(v -> v != null).distinct().toList();
    }
}
