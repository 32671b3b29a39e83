package io.calldeck.dashboard.talktime;

import io.calldeck.store.TalkTimeQueries;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
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

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));
    private static final String[] PALETTE = {"#4f46e5", "#10b981", "#f59e0b", "#ef4444", "#06b6d4", "#8b5cf6",
        "#84cc16", "#ec4899"};

    /** A Chart.js configuration. */
    public record Chart(String type, Data data, Map<String, Object> options) {
    }

    /** Chart.js {@code data}. */
    public record Data(List<String> labels, List<Dataset> datasets) {
    }

    /** A Chart.js dataset. */
    public record Dataset(String type, String label, List<Double> data, Object backgroundColor, String borderColor,
                          Integer borderWidth, Double pointRadius, Boolean fill, Double tension, Integer order) {
    }

    private TalkTimeCharts() {
    }

    /**
     * @param reps talk time per rep, most first
     * @return horizontal bars of each rep's total talk time, in hours
     */
    public static String totals(List<TalkTimeQueries.RepTalkTime> reps) {
        List<String> labels = reps.stream().map(r -> name(r.name(), r.userId())).toList();
        List<Double> hours = reps.stream().map(r -> round(r.talkTimeSeconds() / 3600.0, 2)).toList();
        return scriptSafe(JSONB.toJson(new Chart("bar", new Data(labels, List.of(new Dataset(null, "Talk time (hours)", hours,
                PALETTE[0], null, null, null, null, null, null))), horizontal("Hours"))));
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
        sorted.forEach(r -> colors.add(r.averageTalkRatio() > BENCHMARK_RATIO + 0.1 ? "#ef4444" : PALETTE[1]));
        List<Double> benchmark = sorted.stream().map(r -> BENCHMARK_RATIO * 100).toList();
        Map<String, Object> options = horizontal("Talk ratio (%)");
        return scriptSafe(JSONB.toJson(new Chart("bar", new Data(labels, List.of(
                new Dataset(null, "Average talk ratio (%)", percent, colors, null, null, null, null, null, 2),
                new Dataset("line", "43% benchmark", benchmark, "#111827", "#111827", 2, 0.0, false, null, 1))),
                options)));
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
            String color = PALETTE[i % PALETTE.length];
            datasets.add(new Dataset(null, name(names.get(rep), rep), data, color, color, 2, 3.0, false, 0.25, null));
        }
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("responsive", true);
        options.put("maintainAspectRatio", false);
        options.put("scales", Map.of("y", Map.of("beginAtZero", true, "title", Map.of("display", true, "text", "Hours"))));
        options.put("plugins", Map.of("legend", Map.of("position", "bottom")));
        return scriptSafe(JSONB.toJson(new Chart("line", new Data(labels, datasets), options)));
    }

    /**
     * Makes a chart's JSON safe inside the page's script element, where {@code <p:chart>} writes it: rep names come
     * from calendar invites and may hold {@code </script>}. {@code <}, {@code >} and {@code &} can only occur inside
     * JSON strings, where their {@code \\u} escapes mean the same to Chart.js and nothing to the HTML parser.
     *
     * @param json JSON
     * @return the same JSON without {@code <}, {@code >} or {@code &}
     */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static Map<String, Object> horizontal(String axis) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("indexAxis", "y");
        options.put("responsive", true);
        options.put("maintainAspectRatio", false);
        options.put("scales", Map.of("x", Map.of("beginAtZero", true, "title", Map.of("display", true, "text", axis))));
        options.put("plugins", Map.of("legend", Map.of("position", "bottom")));
        return options;
    }

    private static String name(String name, String id) {
        return name == null || name.isBlank() ? "User " + id : name;
    }

    private static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }
}
