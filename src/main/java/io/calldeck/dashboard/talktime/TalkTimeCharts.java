package io.calldeck.dashboard.talktime;

import io.calldeck.dashboard.ChartJs;
import io.calldeck.dashboard.ChartJs.Chart;
import io.calldeck.dashboard.ChartJs.Data;
import io.calldeck.dashboard.ChartJs.Dataset;
import io.calldeck.store.TalkTimeQueries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds the Talk time page's charts as Chart.js configurations (JSON for {@code <p:chart>}; PrimeFaces 15 has no
 * Java chart models): total talk time per rep, talk ratio per rep against Gong's 43% talk:listen benchmark, and
 * the weekly trend of chosen reps.
 */
public final class TalkTimeCharts {

    /** Gong's published talk:listen benchmark for top performers: 43% talking. */
    public static final double BENCHMARK_RATIO = 0.43;

    private TalkTimeCharts() {
    }

    /**
     * @param reps talk time per rep, most first
     * @return horizontal bars of each rep's total talk time, in hours
     */
    public static String totals(List<TalkTimeQueries.RepTalkTime> reps) {
        List<String> labels = reps.stream().map(r -> name(r.name(), r.userId())).toList();
        List<Double> hours = reps.stream().map(r -> round(r.talkTimeSeconds() / 3600.0, 2)).toList();
        return ChartJs.json(new Chart("bar", new Data(labels, List.of(Dataset.bars("Talk time (hours)", hours,
                ChartJs.PALETTE.get(0)))), ChartJs.horizontal("Hours")));
    }

    /**
     * @param reps talk time per rep
     * @return horizontal bars of each rep's average talk ratio in percent (reps without speaker data left out),
     *         with the 43% benchmark as a line
     */
    public static String ratios(List<TalkTimeQueries.RepTalkTime> reps) {
        List<TalkTimeQueries.RepTalkTime> sorted = new ArrayList<>(reps.stream().filter(r -> r.averageTalkRatio() != null)
                .toList());
        sorted.sort((a, b) -> Double.compare(b.averageTalkRatio(), a.averageTalkRatio()));
        List<String> labels = sorted.stream().map(r -> name(r.name(), r.userId())).toList();
        List<Double> percent = sorted.stream().map(r -> round(r.averageTalkRatio() * 100, 1)).toList();
        List<Object> colors = new ArrayList<>();
        sorted.forEach(r -> colors.add(r.averageTalkRatio() > BENCHMARK_RATIO + 0.1 ? "#ef4444" : ChartJs.PALETTE.get(1)));
        List<Double> benchmark = sorted.stream().map(r -> BENCHMARK_RATIO * 100).toList();
        return ChartJs.json(new Chart("bar", new Data(labels, List.of(
                Dataset.bars("Average talk ratio (%)", percent, colors),
                Dataset.rule("43% benchmark", benchmark, "#111827", false))), ChartJs.horizontal("Talk ratio (%)")));
    }

    /**
     * @param weeks talk time per rep and week
     * @param reps  the reps to draw (user ids), in order
     * @param names their names
     * @return lines of each rep's weekly talk time in hours
     */
    public static String trend(List<TalkTimeQueries.WeeklyTalkTime> weeks, List<String> reps, Map<String, String> names) {
        TreeSet<LocalDate> allWeeks = new TreeSet<>();
        weeks.forEach(w -> allWeeks.add(w.week()));
        List<String> labels = allWeeks.stream().map(LocalDate::toString).toList();
        List<Dataset> datasets = new ArrayList<>();
        for (int i = 0; i < reps.size(); i++) {
            String rep = reps.get(i);
            Map<LocalDate, Double> byWeek = new LinkedHashMap<>();
            weeks.stream().filter(w -> w.userId().equals(rep))
                    .forEach(w -> byWeek.put(w.week(), round(w.talkTimeSeconds() / 3600.0, 2)));
            List<Double> data = allWeeks.stream().map(w -> byWeek.getOrDefault(w, 0.0)).toList();
            datasets.add(Dataset.trend(name(names.get(rep), rep), data, ChartJs.PALETTE.get(i % ChartJs.PALETTE.size())));
        }
        return ChartJs.json(new Chart("line", new Data(labels, datasets), ChartJs.lines("Hours")));
    }

    private static String name(String name, String id) {
        return name == null || name.isBlank() ? "User " + id : name;
    }

    private static double round(double value, int digits) {
        return ChartJs.round(value, digits);
    }
}
