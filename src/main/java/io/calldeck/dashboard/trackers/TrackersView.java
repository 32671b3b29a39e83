package io.calldeck.dashboard.trackers;

import io.calldeck.dashboard.FormQuery;
import io.calldeck.dashboard.Redirect;
import io.calldeck.dashboard.SpreadsheetText;
import io.calldeck.dashboard.Viewer;
import io.calldeck.store.Directory;
import io.calldeck.store.RepFilter;
import io.calldeck.store.TrackerQueries;
import io.calldeck.store.TrackerQueries.RepMentions;
import io.calldeck.store.TrackerQueries.TrackerMentions;
import io.calldeck.store.entity.WorkspaceEntity;
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
import java.util.stream.Collectors;

/**
 * The Trackers page ({@code /trackers}): for a period, workspace and scope ({@link TrackersCriteria}, in the URL),
 * how many calls mention each keyword and smart tracker and how often, then one tracker per rep and per week. Each
 * tracker links to the Calls page filtered to the calls that mention it. Everything is read once, in the view action.
 */
@Named
@ViewScoped
public class TrackersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrackerQueries trackers;

    @Inject
    Directory directory;

    @Inject
    Viewer viewer;

    private TrackersCriteria criteria;
    private List<Row> rows = List.of();
    private TrackerMentions shown;
    private List<RepMentions> reps = List.of();
    private String callsChart;
    private String repsChart;
    private String weeksChart;
    private List<WorkspaceEntity> workspaces = List.of();

    // The filter form's inputs: filled from the criteria, read back into new criteria by apply().
    private List<LocalDate> range = new ArrayList<>();
    private String workspace;
    private String scope;
    private String tracker;

    /**
     * A tracker's row.
     *
     * @param id       Gong tracker id
     * @param name     name
     * @param type     KEYWORD or SMART
     * @param calls    calls that mention it
     * @param mentions mentions in all
     */
    public record Row(String id, String name, String type, long calls, long mentions) implements Serializable {
        /** @return tracker id (for EL) */
        public String getId() {
            return id;
        }

        /** @return name (for EL) */
        public String getName() {
            return name;
        }

        /** @return name for CSV, safe from formula injection (for EL) */
        public String getNameExport() {
            return SpreadsheetText.neutralize(name);
        }

        /** @return {@code Keyword} or {@code Smart} (for EL) */
        public String getType() {
            if (type == null) {
                return "";
            }
            return type.isEmpty() ? type : type.charAt(0) + type.substring(1).toLowerCase(java.util.Locale.ROOT);
        }

        /** @return calls that mention it (for EL) */
        public long getCalls() {
            return calls;
        }

        /** @return mentions in all (for EL) */
        public long getMentions() {
            return mentions;
        }
    }

    /** Reads the criteria from the URL and the trackers' mentions from the store (an f:viewAction). */
    public void init() {
        Map<String, String> query = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        criteria = TrackersCriteria.fromQuery(query, LocalDate.now(viewer.getZone()));
        RepFilter filter = criteria.filter(viewer.getZone());
        List<TrackerMentions> mentioned = trackers.trackers(filter);
        // mutable: PrimeFaces sorts a table's list in place
        rows = mentioned.stream().map(t -> new Row(t.id(), t.name(), t.type(), t.calls(), t.mentions()))
                .collect(Collectors.toCollection(ArrayList::new));
        shown = mentioned.stream().filter(t -> t.id().equals(criteria.tracker())).findFirst()
                .orElse(mentioned.isEmpty() ? null : mentioned.get(0));
        callsChart = TrackerCharts.calls(mentioned);
        if (shown != null) {
            reps = trackers.byRep(filter, shown.id());
            repsChart = TrackerCharts.reps(reps);
            weeksChart = TrackerCharts.weeks(trackers.byWeek(filter, shown.id()));
        }
        workspaces = directory.workspaces();

        range = new ArrayList<>(List.of(criteria.from(), criteria.to()));
        workspace = criteria.workspace();
        scope = criteria.scope();
        tracker = shown == null ? null : shown.id();
    }

    /** Sends the browser to this page with the form's criteria in its URL. */
    public void apply() {
        Map<String, String> query = new LinkedHashMap<>();
        FormQuery.putPeriod(query, range);
        FormQuery.putIfSet(query, "ws", workspace);
        FormQuery.putIfSet(query, "scope", scope);
        FormQuery.putIfSet(query, "tracker", tracker);
        Redirect.to("/trackers", TrackersCriteria.fromQuery(query, LocalDate.now(viewer.getZone())).toQueryString());
    }

    /**
     * @param id a tracker's Gong id
     * @return the query string of this page showing that tracker per rep and week
     */
    public String showing(String id) {
        return criteria.withTracker(id).toQueryString();
    }

    /** @return the criteria the page shows */
    public TrackersCriteria getCriteria() {
        return criteria;
    }

    /** @return one row per tracker mentioned, most calls first */
    public List<Row> getRows() {
        return rows;
    }

    /** @return the tracker shown per rep and week, or {@code null} when none is mentioned */
    public TrackerMentions getShown() {
        return shown;
    }

    /** @return the shown tracker's mentions per rep */
    public List<RepMentions> getReps() {
        return reps;
    }

    /** @return Chart.js JSON: calls that mention each tracker */
    public String getCallsChart() {
        return callsChart;
    }

    /** @return Chart.js JSON: the shown tracker per rep */
    public String getRepsChart() {
        return repsChart;
    }

    /** @return Chart.js JSON: the shown tracker per week */
    public String getWeeksChart() {
        return weeksChart;
    }

    /** @return the workspaces, for the filter */
    public List<WorkspaceEntity> getWorkspaces() {
        return workspaces;
    }

    /** @return the form's period */
    public List<LocalDate> getRange() {
        return range;
    }

    /** @param value the form's period */
    public void setRange(List<LocalDate> value) {
        range = value;
    }

    /** @return the form's workspace id */
    public String getWorkspace() {
        return workspace;
    }

    /** @param value the form's workspace id */
    public void setWorkspace(String value) {
        workspace = value;
    }

    /** @return the form's scope */
    public String getScope() {
        return scope;
    }

    /** @param value the form's scope */
    public void setScope(String value) {
        scope = value;
    }

    /** @return the form's tracker id */
    public String getTracker() {
        return tracker;
    }

    /** @param value the form's tracker id */
    public void setTracker(String value) {
        tracker = value;
    }
}
