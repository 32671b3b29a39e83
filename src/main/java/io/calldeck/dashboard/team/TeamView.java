package io.calldeck.dashboard.team;

import io.calldeck.dashboard.FormQuery;
import io.calldeck.dashboard.Redirect;
import io.calldeck.dashboard.SpreadsheetText;
import io.calldeck.dashboard.Viewer;
import io.calldeck.store.Directory;
import io.calldeck.store.TeamStatsQueries;
import io.calldeck.store.TeamStatsQueries.RepStats;
import io.calldeck.store.entity.WorkspaceEntity;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Team page ({@code /team}): for a period, workspace and scope ({@link TeamCriteria}, in the URL), each rep's
 * mean of Gong's interaction stats for the host and of the questions asked, beside the team's median and Gong's
 * reference; a chart per stat, a sortable table with CSV export, and the weekly trend of one stat for chosen reps.
 * Everything is read once, in the view action.
 */
@Named
@ViewScoped
public class TeamView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_TREND_REPS = 5;

    @Inject
    TeamStatsQueries team;

    @Inject
    Directory directory;

    @Inject
    Viewer viewer;

    private TeamCriteria criteria;
    private List<Row> rows = List.of();
    private Map<String, String> medians = Map.of();
    private Map<String, String> charts = Map.of();
    private String trendChart;
    private List<WorkspaceEntity> workspaces = List.of();

    // The filter form's inputs: filled from the criteria, read back into new criteria by apply().
    private List<LocalDate> range = new ArrayList<>();
    private String workspace;
    private String scope;
    private List<String> trendReps = new ArrayList<>();
    private String trendStat;

    /**
     * One rep's row.
     *
     * @param userId     Gong user id
     * @param name       name ({@code User <id>} when Gong has none)
     * @param calls      calls hosted
     * @param means      each stat's mean by {@link TeamStat#key()}, in Gong's unit ({@code null} when none)
     * @param texts      each mean as the table shows it
     * @param hurts      the stats whose mean Gong says hurts, by key
     */
    public record Row(String userId, String name, long calls, Map<String, Double> means, Map<String, String> texts,
                      Map<String, Boolean> hurts) implements Serializable {
        /** @return user id (for EL) */
        public String getUserId() {
            return userId;
        }

        /** @return name (for EL) */
        public String getName() {
            return name;
        }

        /** @return name for CSV, safe from formula injection (for EL) */
        public String getNameExport() {
            return SpreadsheetText.neutralize(name);
        }

        /** @return calls hosted (for EL) */
        public long getCalls() {
            return calls;
        }

        /** @return means by stat key (for EL; sorting) */
        public Map<String, Double> getMeans() {
            return means;
        }

        /** @return formatted means by stat key (for EL) */
        public Map<String, String> getTexts() {
            return texts;
        }

        /** @return whether a stat's mean hurts, by key (for EL) */
        public Map<String, Boolean> getHurts() {
            return hurts;
        }
    }

    /** Reads the criteria from the URL and the reps' stats from the store (an f:viewAction). */
    public void init() {
        Map<String, String> query = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        criteria = TeamCriteria.fromQuery(query, LocalDate.now(viewer.getZone()));
        List<RepStats> reps = team.byRep(criteria.filter(viewer.getZone(), null));

        Map<String, String> names = new LinkedHashMap<>();
        List<Row> built = new ArrayList<>();
        for (RepStats rep : reps) {
            String name = TeamCharts.name(rep.name(), rep.userId());
            names.put(rep.userId(), name);
            Map<String, Double> means = new LinkedHashMap<>();
            Map<String, String> texts = new LinkedHashMap<>();
            Map<String, Boolean> hurts = new LinkedHashMap<>();
            for (TeamStat stat : TeamStat.values()) {
                means.put(stat.key(), stat.of(rep));
                texts.put(stat.key(), stat.format(stat.of(rep)));
                hurts.put(stat.key(), stat.hurts(stat.of(rep)));
            }
            built.add(new Row(rep.userId(), name, rep.calls(), means, texts, hurts));
        }
        rows = new ArrayList<>(built); // mutable: PrimeFaces sorts a table's list in place

        Map<String, String> medianTexts = new LinkedHashMap<>();
        Map<String, String> statCharts = new LinkedHashMap<>();
        for (TeamStat stat : TeamStat.values()) {
            medianTexts.put(stat.key(), stat.format(stat.median(reps)));
            statCharts.put(stat.key(), TeamCharts.stat(stat, reps));
        }
        medians = medianTexts;
        charts = statCharts;

        List<String> chosen = criteria.trendReps().isEmpty()
                ? reps.stream().sorted((a, b) -> Long.compare(b.calls(), a.calls())).limit(DEFAULT_TREND_REPS)
                        .map(RepStats::userId).toList()
                : criteria.trendReps();
        trendChart = TeamCharts.trend(criteria.trendStat(), chosen.isEmpty() ? List.of()
                : team.byWeek(criteria.filter(viewer.getZone(), chosen)), chosen, names);
        workspaces = directory.workspaces();

        range = new ArrayList<>(List.of(criteria.from(), criteria.to()));
        workspace = criteria.workspace();
        scope = criteria.scope();
        trendReps = new ArrayList<>(chosen);
        trendStat = criteria.trendStat().key();
    }

    /** Sends the browser to this page with the form's criteria in its URL. */
    public void apply() {
        Map<String, String> query = new LinkedHashMap<>();
        FormQuery.putPeriod(query, range);
        FormQuery.putIfSet(query, "ws", workspace);
        FormQuery.putIfSet(query, "scope", scope);
        FormQuery.putIfSet(query, "rep", trendReps == null ? null : String.join(",", trendReps));
        FormQuery.putIfSet(query, "stat", trendStat);
        TeamCriteria chosen = TeamCriteria.fromQuery(query, LocalDate.now(viewer.getZone()));
        Redirect.to("/team", chosen.toQueryString());
    }

    /** @return the criteria the page shows */
    public TeamCriteria getCriteria() {
        return criteria;
    }

    /** @return one row per rep, by name */
    public List<Row> getRows() {
        return rows;
    }

    /** @return the stats, in the page's order */
    public List<TeamStat> getStats() {
        return Arrays.asList(TeamStat.values());
    }

    /** @return the team's median of each stat, formatted, by key */
    public Map<String, String> getMedians() {
        return medians;
    }

    /** @return each stat's Chart.js JSON, by key */
    public Map<String, String> getCharts() {
        return charts;
    }

    /** @return Chart.js JSON: the weekly trend */
    public String getTrendChart() {
        return trendChart;
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

    /** @return the form's trend reps */
    public List<String> getTrendReps() {
        return trendReps;
    }

    /** @param value the form's trend reps */
    public void setTrendReps(List<String> value) {
        trendReps = value == null ? new ArrayList<>() : value;
    }

    /** @return the form's trend stat key */
    public String getTrendStat() {
        return trendStat;
    }

    /** @param value the form's trend stat key */
    public void setTrendStat(String value) {
        trendStat = value;
    }
}
