package io.calldeck.dashboard.talktime;

import io.calldeck.dashboard.Formats;
import io.calldeck.dashboard.Viewer;
import io.calldeck.store.GongIds;
import io.calldeck.store.RepFilter;
import io.calldeck.store.TalkTimeQueries;
import io.calldeck.store.Directory;
import io.calldeck.store.entity.WorkspaceEntity;
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

/**
 * The Talk time page ({@code /talk-time}): for a period (default the last 30 days), workspace and scope, each
 * rep's total talk time, talk ratio against the 43% benchmark, the weekly trend of chosen reps (default the five
 * who talk most), and the numbers in a table. Criteria live in the URL: {@code from}, {@code to}, {@code ws},
 * {@code scope}, {@code rep}.
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

    private String from;
    private String to;
    private String ws;
    private String scope;
    private String rep;
    private List<LocalDate> range = new ArrayList<>();
    private List<String> trendReps = new ArrayList<>();
    private List<TalkTimeQueries.RepTalkTime> reps = List.of();
    private String totalsChart;
    private String ratiosChart;
    private String trendChart;
    private List<WorkspaceEntity> workspaces;

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
        LocalDate end = parse(to, LocalDate.now(zone));
        LocalDate start = parse(from, end.minusDays(29));
        if (start.isAfter(end)) {
            start = end;
        }
        range = new ArrayList<>(List.of(start, end));
        String workspace = ws == null || ws.isBlank() ? null : ws;
        String callScope = scope == null || scope.isBlank() ? null : scope;
        RepFilter filter = new RepFilter(start.atStartOfDay(zone).toOffsetDateTime(),
                end.plusDays(1).atStartOfDay(zone).toOffsetDateTime(), workspace, callScope, null);
        reps = talkTime.talkTimeByRep(filter);
        trendReps = rep == null || rep.isBlank() ? new ArrayList<>(reps.stream().limit(5).map(TalkTimeQueries.RepTalkTime::userId).toList())
                : new ArrayList<>(Arrays.stream(rep.split(",")).filter(GongIds::isId).toList());
        Map<String, String> names = new LinkedHashMap<>();
        reps.forEach(r -> names.put(r.userId(), r.name()));
        totalsChart = TalkTimeCharts.totals(reps);
        ratiosChart = TalkTimeCharts.ratios(reps);
        trendChart = TalkTimeCharts.trend(talkTime.talkTimeByWeek(new RepFilter(filter.from(),
                filter.to(), workspace, callScope, trendReps.isEmpty() ? List.of("-") : trendReps)), trendReps, names);
    }

    private static LocalDate parse(String value, LocalDate fallback) {
        try {
            return value == null || value.isBlank() ? fallback : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    /** @return this page with the chosen criteria in its URL */
    public String apply() {
        StringBuilder url = new StringBuilder("/talk-time?faces-redirect=true");
        if (range != null && !range.isEmpty() && range.get(0) != null) {
            url.append("&from=").append(range.get(0));
            url.append("&to=").append(range.size() > 1 && range.get(1) != null ? range.get(1) : range.get(0));
        }
        if (ws != null && !ws.isBlank()) {
            url.append("&ws=").append(URLEncoder.encode(ws, StandardCharsets.UTF_8));
        }
        if (scope != null && !scope.isBlank()) {
            url.append("&scope=").append(URLEncoder.encode(scope, StandardCharsets.UTF_8));
        }
        if (!trendReps.isEmpty()) {
            url.append("&rep=").append(String.join(",", trendReps));
        }
        return url.toString();
    }

    /** @return the numbers table */
    public List<Row> getRows() {
        return reps.stream().map(r -> new Row(r.userId(), r.name(), r.calls(), Formats.duration(r.talkTimeSeconds()),
                Formats.duration(r.averageTalkTimeSeconds()), Formats.percent(r.averageTalkRatio()),
                r.averageTalkRatio() != null && r.averageTalkRatio() > TalkTimeCharts.BENCHMARK_RATIO + 0.1)).toList();
    }

    /** @return the reps with calls in the period (for the trend picker) */
    public List<TalkTimeQueries.RepTalkTime> getReps() {
        return reps;
    }

    /** @return the workspaces */
    public List<WorkspaceEntity> getWorkspaces() {
        if (workspaces == null) {
            workspaces = directory.workspaces();
        }
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

    /** @return trend reps, comma-separated */
    public String getRep() {
        return rep;
    }

    /** @param value trend reps, comma-separated */
    public void setRep(String value) {
        rep = value;
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
