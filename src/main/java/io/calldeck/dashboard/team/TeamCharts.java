package io.calldeck.dashboard.team;

import io.calldeck.dashboard.ChartJs;
import io.calldeck.dashboard.ChartJs.Chart;
import io.calldeck.dashboard.ChartJs.Data;
import io.calldeck.dashboard.ChartJs.Dataset;
import io.calldeck.store.TeamStatsQueries.RepStats;
import io.calldeck.store.TeamStatsQueries.WeeklyRepStats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The Team page's charts as Chart.js configurations for {@code <p:chart>}. */
public final class TeamCharts {

    private static final String HURTS = "#ef4444";
    private static final String MEDIAN = "#6b7280";
    private static final String REFERENCE = "#111827";

    private TeamCharts() {
    }

    /**
     * @param stat the stat
     * @param reps the reps' means
     * @return horizontal bars of each rep's mean of the stat, highest first (reps without it left out), with the
     *         team's median as a dashed line and Gong's reference, where it has one, as a solid line; bars Gong says
     *         hurt (talk ratio above 65%) in red
     */
    public static String stat(TeamStat stat, List<RepStats> reps) {
        List<RepStats> shown = new ArrayList<>(reps.stream().filter(r -> stat.of(r) != null).toList());
        shown.sort(Comparator.comparing((RepStats r) -> stat.of(r)).reversed().thenComparing(RepStats::userId));
        List<String> labels = shown.stream().map(r -> name(r.name(), r.userId())).toList();
        List<Double> values = shown.stream().map(r -> stat.plotted(stat.of(r))).toList();
        List<Object> colors = new ArrayList<>();
        shown.forEach(r -> colors.add(stat.hurts(stat.of(r)) ? HURTS : ChartJs.PALETTE.get(0)));
        List<Dataset> datasets = new ArrayList<>();
        datasets.add(Dataset.bars(stat.label(), values, colors));
        Double median = stat.plotted(stat.median(reps));
        if (median != null) {
            datasets.add(Dataset.rule("Team median", shown.stream().map(r -> median).toList(), MEDIAN, true));
        }
        if (stat.reference() != null) {
            Double reference = stat.plotted(stat.reference());
            datasets.add(Dataset.rule("Gong's reference", shown.stream().map(r -> reference).toList(), REFERENCE, false));
        }
        return ChartJs.json(new Chart("bar", new Data(labels, datasets), ChartJs.horizontal(stat.axis())));
    }

    /**
     * @param stat  the stat to draw
     * @param weeks the reps' means per week
     * @param reps  the reps to draw (user ids), in order
     * @param names their names
     * @return a line per rep of their weekly mean, with a gap in a week without a value
     */
    public static String trend(TeamStat stat, List<WeeklyRepStats> weeks, List<String> reps, Map<String, String> names) {
        TreeSet<LocalDate> allWeeks = new TreeSet<>();
        weeks.forEach(w -> allWeeks.add(w.week()));
        List<Dataset> datasets = new ArrayList<>();
        for (int i = 0; i < reps.size(); i++) {
            String rep = reps.get(i);
            Map<LocalDate, Double> byWeek = new HashMap<>();
            weeks.stream().filter(w -> w.stats().userId().equals(rep))
                    .forEach(w -> byWeek.put(w.week(), stat.plotted(stat.of(w.stats()))));
            List<Double> data = allWeeks.stream().map(byWeek::get).toList();
            datasets.add(Dataset.trend(name(names.get(rep), rep), data, ChartJs.PALETTE.get(i % ChartJs.PALETTE.size())));
        }
        return ChartJs.json(new Chart("line", new Data(allWeeks.stream().map(LocalDate::toString).toList(), datasets),
                ChartJs.lines(stat.axis())));
    }

    static String name(String name, String id) {
        return name == null || name.isBlank() ? "User " + id : name;
    }
}
