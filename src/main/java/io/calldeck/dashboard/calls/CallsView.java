package io.calldeck.dashboard.calls;

import io.calldeck.dashboard.Viewer;
import io.calldeck.security.PrivateCalls;
import io.calldeck.store.CallFilter;
import io.calldeck.store.CallSearch;
import io.calldeck.store.Directory;
import io.calldeck.store.entity.UserEntity;
import io.calldeck.store.entity.WorkspaceEntity;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Calls page ({@code /calls}): a filter bar whose criteria live in the URL (so a link reproduces the view),
 * and a lazy table over the store. Query parameters: {@code from}, {@code to} (dates, inclusive, in the
 * viewer's zone), {@code rep} (user ids, comma-separated), {@code ws}, {@code dir}, {@code scope}, {@code sys}
 * (comma-separated), {@code min}, {@code max} (minutes), {@code q} (title contains), {@code comments}
 * ({@code yes}/{@code no}).
 */
@Named
@ViewScoped
public class CallsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern ID = Pattern.compile("\\d{1,20}");
    /** The directions, scopes Gong documents. */
    static final List<String> DIRECTIONS = List.of("Conference", "Outbound", "Inbound", "Unknown");
    static final List<String> SCOPES = List.of("External", "Internal", "Unknown");

    @Inject
    Instance<CallSearch> search;

    @Inject
    Instance<Directory> directory;

    @Inject
    Instance<io.calldeck.store.FilterOptions> options;

    @Inject
    Viewer viewer;

    @Inject
    PrivateCalls privateCalls;

    private String from;
    private String to;
    private String rep;
    private String ws;
    private String dir;
    private String scope;
    private String sys;
    private String min;
    private String max;
    private String q;
    private String comments;

    private List<LocalDate> range;
    private List<String> reps = new ArrayList<>();
    private List<String> directions = new ArrayList<>();
    private List<String> scopes = new ArrayList<>();
    private List<String> systems = new ArrayList<>();
    private Integer minMinutes;
    private Integer maxMinutes;

    private CallsLazyDataModel model;
    private List<CallRow> selection = new ArrayList<>();
    private List<UserEntity> repOptions;
    private List<WorkspaceEntity> workspaceOptions;
    private List<String> systemOptions;

    /** Reads the URL's criteria into the filter bar and builds the table's model (an f:viewAction). */
    public void init() {
        range = new ArrayList<>();
        LocalDate fromDate = date(from);
        LocalDate toDate = date(to);
        if (fromDate != null) {
            range.add(fromDate);
            range.add(toDate != null ? toDate : fromDate);
        }
        reps = ids(rep);
        directions = listed(dir, DIRECTIONS);
        scopes = listed(scope, SCOPES);
        systems = split(sys);
        minMinutes = number(min);
        maxMinutes = number(max);
        ZoneId zone = viewer.getZone();
        CallFilter filter = new CallFilter(
                fromDate == null ? null : fromDate.atStartOfDay(zone).toOffsetDateTime(),
                toDate == null ? (fromDate == null ? null : fromDate.plusDays(1).atStartOfDay(zone).toOffsetDateTime())
                        : toDate.plusDays(1).atStartOfDay(zone).toOffsetDateTime(),
                reps, ws != null && ID.matcher(ws).matches() ? ws : null, directions, scopes, systems,
                minMinutes == null ? null : minMinutes * 60L, maxMinutes == null ? null : maxMinutes * 60L,
                q == null || q.isBlank() ? null : q.trim(), "yes".equals(comments) ? Boolean.TRUE
                        : "no".equals(comments) ? Boolean.FALSE : null,
                privateCalls.visibleToCaller() ? null : Boolean.FALSE);
        Instance<CallSearch> lookup = search;
        model = new CallsLazyDataModel(lookup::get, viewer::getZone, filter);
    }

    /** @return the Calls page again, its URL carrying the filter bar's criteria (Post/Redirect/Get) */
    public String apply() {
        Map<String, String> params = new LinkedHashMap<>();
        if (range != null && !range.isEmpty() && range.get(0) != null) {
            params.put("from", range.get(0).toString());
            params.put("to", (range.size() > 1 && range.get(1) != null ? range.get(1) : range.get(0)).toString());
        }
        put(params, "rep", String.join(",", reps));
        put(params, "ws", ws);
        put(params, "dir", String.join(",", directions));
        put(params, "scope", String.join(",", scopes));
        put(params, "sys", String.join(",", systems));
        put(params, "min", minMinutes == null ? null : minMinutes.toString());
        put(params, "max", maxMinutes == null ? null : maxMinutes.toString());
        put(params, "q", q == null ? null : q.trim());
        put(params, "comments", comments);
        StringBuilder url = new StringBuilder("/calls?faces-redirect=true");
        params.forEach((k, v) -> url.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return url.toString();
    }

    /** @return the Call access page for the selected calls */
    public String changeAccess() {
        String ids = String.join(",", selection.stream().map(CallRow::getId).toList());
        return "/access?faces-redirect=true&calls=" + ids;
    }

    private static void put(Map<String, String> params, String name, String value) {
        if (value != null && !value.isBlank()) {
            params.put(name, value);
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    private static Integer number(String value) {
        try {
            return value == null || value.isBlank() ? null : Math.max(0, Integer.parseInt(value.trim()));
        } catch (NumberFormatException ignored) {
            return null;
        }
    }

    private static List<String> split(String value) {
        if (value == null || value.isBlank()) {
            return new ArrayList<>();
        }
        return new ArrayList<>(Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
    }

    private static List<String> ids(String value) {
        return new ArrayList<>(split(value).stream().filter(v -> ID.matcher(v).matches()).toList());
    }

    private static List<String> listed(String value, List<String> allowed) {
        return new ArrayList<>(split(value).stream().filter(allowed::contains).toList());
    }

    /** @return the table's rows */
    public CallsLazyDataModel getModel() {
        return model;
    }

    /** @return the reps for the reps filter */
    public List<UserEntity> getRepOptions() {
        if (repOptions == null) {
            repOptions = options.get().reps();
        }
        return repOptions;
    }

    /** @return the workspaces for the workspace filter */
    public List<WorkspaceEntity> getWorkspaceOptions() {
        if (workspaceOptions == null) {
            workspaceOptions = directory.get().workspaces();
        }
        return workspaceOptions;
    }

    /** @return the systems for the system filter */
    public List<String> getSystemOptions() {
        if (systemOptions == null) {
            systemOptions = options.get().systems();
        }
        return systemOptions;
    }

    /** @return the directions Gong documents */
    public List<String> getDirectionOptions() {
        return DIRECTIONS;
    }

    /** @return the scopes Gong documents */
    public List<String> getScopeOptions() {
        return SCOPES;
    }

    /** @return whether any criterion is set */
    public boolean isFiltered() {
        CallFilter f = model == null ? null : model.getFilter();
        return f != null && !f.equals(CallFilter.ALL);
    }

    // URL parameters and filter-bar fields, for Faces.

    /** @return from date */
    public String getFrom() {
        return from;
    }

    /** @param value from date */
    public void setFrom(String value) {
        from = value;
    }

    /** @return to date */
    public String getTo() {
        return to;
    }

    /** @param value to date */
    public void setTo(String value) {
        to = value;
    }

    /** @return rep ids */
    public String getRep() {
        return rep;
    }

    /** @param value rep ids */
    public void setRep(String value) {
        rep = value;
    }

    /** @return workspace id */
    public String getWs() {
        return ws;
    }

    /** @param value workspace id */
    public void setWs(String value) {
        ws = value == null || value.isBlank() ? null : value;
    }

    /** @return directions */
    public String getDir() {
        return dir;
    }

    /** @param value directions */
    public void setDir(String value) {
        dir = value;
    }

    /** @return scopes */
    public String getScope() {
        return scope;
    }

    /** @param value scopes */
    public void setScope(String value) {
        scope = value;
    }

    /** @return systems */
    public String getSys() {
        return sys;
    }

    /** @param value systems */
    public void setSys(String value) {
        sys = value;
    }

    /** @return minimum minutes */
    public String getMin() {
        return min;
    }

    /** @param value minimum minutes */
    public void setMin(String value) {
        min = value;
    }

    /** @return maximum minutes */
    public String getMax() {
        return max;
    }

    /** @param value maximum minutes */
    public void setMax(String value) {
        max = value;
    }

    /** @return title text */
    public String getQ() {
        return q;
    }

    /** @param value title text */
    public void setQ(String value) {
        q = value;
    }

    /** @return yes, no or empty */
    public String getComments() {
        return comments;
    }

    /** @param value yes, no or empty */
    public void setComments(String value) {
        comments = value == null || value.isBlank() ? null : value;
    }

    /** @return the date range */
    public List<LocalDate> getRange() {
        return range;
    }

    /** @param value the date range */
    public void setRange(List<LocalDate> value) {
        range = value;
    }

    /** @return selected reps */
    public List<String> getReps() {
        return reps;
    }

    /** @param value selected reps */
    public void setReps(List<String> value) {
        reps = value == null ? new ArrayList<>() : value;
    }

    /** @return selected directions */
    public List<String> getDirections() {
        return directions;
    }

    /** @param value selected directions */
    public void setDirections(List<String> value) {
        directions = value == null ? new ArrayList<>() : value;
    }

    /** @return selected scopes */
    public List<String> getScopes() {
        return scopes;
    }

    /** @param value selected scopes */
    public void setScopes(List<String> value) {
        scopes = value == null ? new ArrayList<>() : value;
    }

    /** @return selected systems */
    public List<String> getSystems() {
        return systems;
    }

    /** @param value selected systems */
    public void setSystems(List<String> value) {
        systems = value == null ? new ArrayList<>() : value;
    }

    /** @return minimum minutes */
    public Integer getMinMinutes() {
        return minMinutes;
    }

    /** @param value minimum minutes */
    public void setMinMinutes(Integer value) {
        minMinutes = value;
    }

    /** @return maximum minutes */
    public Integer getMaxMinutes() {
        return maxMinutes;
    }

    /** @param value maximum minutes */
    public void setMaxMinutes(Integer value) {
        maxMinutes = value;
    }

    /** @return selected rows */
    public List<CallRow> getSelection() {
        return selection;
    }

    /** @param value selected rows */
    public void setSelection(List<CallRow> value) {
        selection = value == null ? new ArrayList<>() : value;
    }
}
