package io.calldeck.dashboard.calls;

import io.calldeck.dashboard.Redirect;
import io.calldeck.dashboard.Viewer;
import io.calldeck.security.PrivateCalls;
import io.calldeck.store.CallSearch;
import io.calldeck.store.Directory;
import io.calldeck.store.FilterOptions;
import io.calldeck.store.TrackerQueries;
import io.calldeck.store.entity.UserEntity;
import io.calldeck.store.entity.WorkspaceEntity;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Calls page ({@code /calls}): a filter bar whose criteria live in the URL ({@link CallsCriteria}, so a link
 * reproduces the view), and a lazy table over the store. The criteria are read once, in the view action; the filter
 * bar's inputs start from them and {@link #apply()} turns them back into a URL.
 */
@Named
@ViewScoped
public class CallsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Instance<CallSearch> search;

    @Inject
    Instance<Directory> directory;

    @Inject
    Instance<FilterOptions> options;

    @Inject
    Instance<TrackerQueries> trackers;

    @Inject
    Viewer viewer;

    @Inject
    PrivateCalls privateCalls;

    private CallsCriteria criteria = CallsCriteria.NONE;
    private String trackerName;
    private CallsLazyDataModel model;
    private List<CallRow> selection = new ArrayList<>();
    private List<UserEntity> repOptions;
    private List<WorkspaceEntity> workspaceOptions;
    private List<String> systemOptions;

    // The filter bar's inputs: filled from the criteria, read back into new criteria by apply().
    private List<LocalDate> range = new ArrayList<>();
    private List<String> reps = new ArrayList<>();
    private String ws;
    private List<String> directions = new ArrayList<>();
    private List<String> scopes = new ArrayList<>();
    private List<String> systems = new ArrayList<>();
    private Integer minMinutes;
    private Integer maxMinutes;
    private String q;
    private String comments;

    /** Reads the URL's criteria into the filter bar and builds the table's model (an f:viewAction). */
    public void init() {
        Map<String, String> query = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        criteria = CallsCriteria.fromQuery(query);
        trackerName = criteria.tracker() == null ? null
                : trackers.get().name(criteria.tracker()).orElse("Tracker " + criteria.tracker());
        Instance<CallSearch> lookup = search;
        model = new CallsLazyDataModel(lookup::get, viewer::getZone,
                criteria.filter(viewer.getZone(), privateCalls.visibleToCaller()));

        range = new ArrayList<>();
        if (criteria.from() != null) {
            range.add(criteria.from());
            range.add(criteria.to() == null ? criteria.from() : criteria.to());
        }
        reps = new ArrayList<>(criteria.reps());
        ws = criteria.workspace();
        directions = new ArrayList<>(criteria.directions());
        scopes = new ArrayList<>(criteria.scopes());
        systems = new ArrayList<>(criteria.systems());
        minMinutes = criteria.minMinutes();
        maxMinutes = criteria.maxMinutes();
        q = criteria.title();
        comments = criteria.comments() == null ? null : criteria.comments() ? "yes" : "no";
    }

    /** Sends the browser to the Calls page again, its URL carrying the filter bar's criteria (Post/Redirect/Get). */
    public void apply() {
        Redirect.to("/calls", formCriteria().toQueryString());
    }

    /** Sends the browser to the Calls page with the same criteria but no tracker. */
    public void clearTracker() {
        Redirect.to("/calls", criteria.withoutTracker().toQueryString());
    }

    /** @return the Call access page for the selected calls */
    public String changeAccess() {
        String ids = String.join(",", selection.stream().map(CallRow::getId).toList());
        return "/access?faces-redirect=true&calls=" + ids;
    }

    private CallsCriteria formCriteria() {
        Map<String, String> query = new LinkedHashMap<>();
        if (range != null && !range.isEmpty() && range.get(0) != null) {
            query.put("from", range.get(0).toString());
            query.put("to", (range.size() > 1 && range.get(1) != null ? range.get(1) : range.get(0)).toString());
        }
        query.put("rep", String.join(",", reps));
        put(query, "ws", ws);
        query.put("dir", String.join(",", directions));
        query.put("scope", String.join(",", scopes));
        query.put("sys", String.join(",", systems));
        put(query, "min", minMinutes == null ? null : minMinutes.toString());
        put(query, "max", maxMinutes == null ? null : maxMinutes.toString());
        put(query, "q", q);
        put(query, "comments", comments);
        put(query, "tracker", criteria.tracker()); // no input of its own: kept from the URL
        return CallsCriteria.fromQuery(query);
    }

    private static void put(Map<String, String> query, String name, String value) {
        if (value != null) {
            query.put(name, value);
        }
    }

    /** @return the criteria the table shows */
    public CallsCriteria getCriteria() {
        return criteria;
    }

    /** @return whether the URL sets any criterion (the page offers "Reset" only then) */
    public boolean isFiltered() {
        return criteria.isFiltered();
    }

    /** @return the tracker's name when the calls are filtered on one, else {@code null} */
    public String getTrackerName() {
        return trackerName;
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
        return CallsCriteria.DIRECTIONS;
    }

    /** @return the scopes Gong documents */
    public List<String> getScopeOptions() {
        return CallsCriteria.SCOPES;
    }

    /** @return the filter bar's period */
    public List<LocalDate> getRange() {
        return range;
    }

    /** @param value the filter bar's period */
    public void setRange(List<LocalDate> value) {
        range = value;
    }

    /** @return the filter bar's reps (user ids) */
    public List<String> getReps() {
        return reps;
    }

    /** @param value the filter bar's reps (user ids) */
    public void setReps(List<String> value) {
        reps = value == null ? new ArrayList<>() : value;
    }

    /** @return the filter bar's workspace id */
    public String getWs() {
        return ws;
    }

    /** @param value the filter bar's workspace id */
    public void setWs(String value) {
        ws = value;
    }

    /** @return the filter bar's directions */
    public List<String> getDirections() {
        return directions;
    }

    /** @param value the filter bar's directions */
    public void setDirections(List<String> value) {
        directions = value == null ? new ArrayList<>() : value;
    }

    /** @return the filter bar's scopes */
    public List<String> getScopes() {
        return scopes;
    }

    /** @param value the filter bar's scopes */
    public void setScopes(List<String> value) {
        scopes = value == null ? new ArrayList<>() : value;
    }

    /** @return the filter bar's systems */
    public List<String> getSystems() {
        return systems;
    }

    /** @param value the filter bar's systems */
    public void setSystems(List<String> value) {
        systems = value == null ? new ArrayList<>() : value;
    }

    /** @return the filter bar's shortest duration, minutes */
    public Integer getMinMinutes() {
        return minMinutes;
    }

    /** @param value the filter bar's shortest duration, minutes */
    public void setMinMinutes(Integer value) {
        minMinutes = value;
    }

    /** @return the filter bar's longest duration, minutes */
    public Integer getMaxMinutes() {
        return maxMinutes;
    }

    /** @param value the filter bar's longest duration, minutes */
    public void setMaxMinutes(Integer value) {
        maxMinutes = value;
    }

    /** @return the filter bar's title text */
    public String getQ() {
        return q;
    }

    /** @param value the filter bar's title text */
    public void setQ(String value) {
        q = value;
    }

    /** @return the filter bar's comments choice: {@code yes}, {@code no} or {@code null} */
    public String getComments() {
        return comments;
    }

    /** @param value the filter bar's comments choice */
    public void setComments(String value) {
        comments = value;
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
