package io.calldeck.dashboard.talktime;

import io.calldeck.dashboard.FormQuery;
import io.calldeck.dashboard.Redirect;
import io.calldeck.dashboard.Formats;
import io.calldeck.dashboard.Viewer;
import io.calldeck.store.TalkTimeQueries;
import io.calldeck.store.Directory;
import io.calldeck.store.entity.WorkspaceEntity;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Talk time page ({@code /talk-time}): for a period (default the last 30 days), workspace and scope, each
 * rep's total talk time, talk ratio against the 43% benchmark, the weekly trend of chosen reps (default the five
 * who talk most), and the numbers in a table. The criteria live in the URL ({@link TalkTimeCriteria}); everything is
 * read once, in the view action.
 */
@Named
@ViewScoped
public class TalkTimeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TalkTimeQueries talkTime;

    @Inject
    Directory directory;

    @Inject
    Viewer viewer;

    private TalkTimeCriteria criteria;
    private List<Row> rows = List.of();
    // The filter form's inputs: filled from the criteria, read back into new criteria by apply().
    private String ws;
    private String scope;
    private List<LocalDate> range = new ArrayList<>();
    private List<String> trendReps = new ArrayList<>();
    private List<TalkTimeQueries.RepTalkTime> reps = List.of();
    private String totalsChart;
    private String ratiosChart;
    private String trendChart;
    private List<WorkspaceEntity> workspaces = List.of();

    /** A row of the numbers table. */
    public record Row(String userId, String name, long calls, String talkTime, String averageTalkTime,
                      String averageTalkRatio, boolean aboveBenchmark) implements Serializable {
        /** @return user id (for EL) */
        public String getUserId() {
            return userId;
        }

        /** @return name (for EL) */
        public String getName() {
            return name;
        }

        /** @return calls (for EL) */
        public long getCalls() {
            return calls;
        }

        /** @return total talk time h:mm:ss (for EL) */
        public String getTalkTime() {
            return talkTime;
        }

        /** @return average talk time per call h:mm:ss (for EL) */
        public String getAverageTalkTime() {
            return averageTalkTime;
        }

        /** @return average talk ratio in percent (for EL) */
        public String getAverageTalkRatio() {
            return averageTalkRatio;
        }

        /** @return whether the rep talks more than the benchmark plus ten points (for EL) */
        public boolean isAboveBenchmark() {
            return aboveBenchmark;
        }
    }

    /** Computes the charts and table for the URL's criteria (an f:viewAction). */
    public void init() {
        ZoneId zone = viewer.getZone();
        Map<String, String> query = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        criteria = TalkTimeCriteria.fromQuery(query, LocalDate.now(zone));
        reps = talkTime.talkTimeByRep(criteria.filter(zone, null));
        trendReps = new ArrayList<>(criteria.trendReps().isEmpty()
                ? reps.stream().limit(5).map(TalkTimeQueries.RepTalkTime::userId).toList() : criteria.trendReps());
        Map<String, String> names = new LinkedHashMap<>();
        reps.forEach(r -> names.put(r.userId(), r.name()));
        // mutable: PrimeFaces sorts a table's list in place
        rows = reps.stream().map(r -> new Row(r.userId(), r.name(), r.calls(), Formats.duration(r.talkTimeSeconds()),
                Formats.duration(r.averageTalkTimeSeconds()), Formats.percent(r.averageTalkRatio()),
                r.averageTalkRatio() != null && r.averageTalkRatio() > TalkTimeCharts.BENCHMARK_RATIO + 0.1))
                .collect(Collectors.toCollection(ArrayList::new));
        totalsChart = TalkTimeCharts.totals(reps);
        ratiosChart = TalkTimeCharts.ratios(reps);
        trendChart = TalkTimeCharts.trend(trendReps.isEmpty() ? List.of()
                : talkTime.talkTimeByWeek(criteria.filter(zone, trendReps)), trendReps, names);
        workspaces = directory.workspaces();
        range = new ArrayList<>(List.of(criteria.from(), criteria.to()));
        ws = criteria.workspace();
        scope = criteria.scope();
    }

    /** Sends the browser to this page with the form's criteria in its URL. */
    public void apply() {
        Map<String, String> query = new LinkedHashMap<>();
        FormQuery.putPeriod(query, range);
        FormQuery.putIfSet(query, "ws", ws);
        FormQuery.putIfSet(query, "scope", scope);
        FormQuery.putIfSet(query, "rep", String.join(",", trendReps));
        Redirect.to("/talk-time", TalkTimeCriteria.fromQuery(query, LocalDate.now(viewer.getZone())).toQueryString());
    }

    /** @return the criteria the page shows */
    public TalkTimeCriteria getCriteria() {
        return criteria;
    }

    /** @return the numbers table */
    public List<Row> getRows() {
        return rows;
    }

    /** @return the reps with calls in the period (for the trend picker) */
    public List<TalkTimeQueries.RepTalkTime> getReps() {
        return reps;
    }

    /** @return the workspaces */
    public List<WorkspaceEntity> getWorkspaces() {
        return workspaces;
    }

    /** @return Chart.js JSON: total talk time per rep */
    public String getTotalsChart() {
        return totalsChart;
    }

    /** @return Chart.js JSON: talk ratio per rep with the benchmark */
    public String getRatiosChart() {
        return ratiosChart;
    }

    /** @return Chart.js JSON: weekly trend */
    public String getTrendChart() {
        return trendChart;
    }

    /** @return workspace */
    public String getWs() {
        return ws;
    }

    /** @param value workspace */
    public void setWs(String value) {
        ws = value;
    }

    /** @return scope */
    public String getScope() {
        return scope;
    }

    /** @param value scope */
    public void setScope(String value) {
        scope = value;
    }

    /** @return the period */
    public List<LocalDate> getRange() {
        return range;
    }

    /** @param value the period */
    public void setRange(List<LocalDate> value) {
        range = value;
    }

    /** @return reps in the trend chart */
    public List<String> getTrendReps() {
        return trendReps;
    }

    /** @param value reps in the trend chart */
    public void setTrendReps(List<String> value) {
        trendReps = value == null ? new ArrayList<>() : value;
    }
}
