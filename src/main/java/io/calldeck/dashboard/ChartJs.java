package io.calldeck.dashboard;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chart.js configurations for {@code <p:chart>} (PrimeFaces 15 takes Chart.js JSON; it has no Java chart models):
 * the shapes the dashboard's charts use, written as JSON that is safe inside the page's script element.
 */
public final class ChartJs {

    /** The dashboard's series colours, in order. */
    public static final List<String> PALETTE = List.of("#4f46e5", "#10b981", "#f59e0b", "#ef4444", "#06b6d4",
            "#8b5cf6", "#84cc16", "#ec4899");

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    /**
     * A Chart.js configuration.
     *
     * @param type    {@code bar} or {@code line}
     * @param data    labels and datasets
     * @param options Chart.js options
     */
    public record Chart(String type, Data data, Map<String, Object> options) {
    }

    /**
     * Chart.js {@code data}.
     *
     * @param labels   category labels
     * @param datasets series
     */
    public record Data(List<String> labels, List<Dataset> datasets) {
    }

    /**
     * A Chart.js dataset; {@code null} fields are left out.
     *
     * @param type            a mixed chart's series type, e.g. {@code line} over bars
     * @param label           legend label
     * @param data            values, one per label ({@code null} for a gap)
     * @param backgroundColor one colour or one per value
     * @param borderColor     line colour
     * @param borderWidth     line width, pixels
     * @param pointRadius     point size, pixels
     * @param fill            whether a line fills below it
     * @param tension         a line's curve, 0 straight
     * @param order           drawing order, lower on top
     * @param borderDash      dash pattern, pixels
     */
    public record Dataset(String type, String label, List<Double> data, Object backgroundColor, String borderColor,
                          Integer borderWidth, Double pointRadius, Boolean fill, Double tension, Integer order,
                          List<Integer> borderDash) {

        /**
         * @param label legend label
         * @param data  values
         * @param color bar colour, one or per value
         * @return a bar series
         */
        public static Dataset bars(String label, List<Double> data, Object color) {
            return new Dataset(null, label, data, color, null, null, null, null, null, 2, null);
        }

        /**
         * @param label  legend label
         * @param data   values
         * @param color  colour
         * @param dashed whether the line is dashed
         * @return a straight line without points over bars (a median, a reference)
         */
        public static Dataset rule(String label, List<Double> data, String color, boolean dashed) {
            return new Dataset("line", label, data, color, color, 2, 0.0, false, null, 1, dashed ? List.of(6, 4) : null);
        }

        /**
         * @param label legend label
         * @param data  values
         * @param color colour
         * @return a trend line with points
         */
        public static Dataset trend(String label, List<Double> data, String color) {
            return new Dataset(null, label, data, color, color, 2, 3.0, false, 0.25, null, null);
        }
    }

    private ChartJs() {
    }

    /**
     * @param chart a configuration
     * @return its JSON, safe inside the page's script element, where {@code <p:chart>} writes it: labels are rep
     *         names from calendar invites and may hold {@code </script>}. {@code <}, {@code >} and {@code &} can only
     *         occur inside JSON strings, where their {@code \\u} escapes mean the same to Chart.js and nothing to the
     *         HTML parser.
     */
    public static String json(Chart chart) {
        return scriptSafe(JSONB.toJson(chart));
    }

    /**
     * @param json JSON
     * @return the same JSON without {@code <}, {@code >} or {@code &}
     */
    public static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /**
     * @param axis the value axis' title
     * @return options of a horizontal bar chart (one bar per rep) that fills its container, legend below
     */
    public static Map<String, Object> horizontal(String axis) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("indexAxis", "y");
        options.put("responsive", true);
        options.put("maintainAspectRatio", false);
        // every rep's label, not every other one (Chart.js skips labels that do not fit the default spacing)
        options.put("scales", Map.of("x", Map.of("beginAtZero", true, "title", Map.of("display", true, "text", axis)),
                "y", Map.of("ticks", Map.of("autoSkip", false))));
        options.put("plugins", Map.of("legend", Map.of("position", "bottom")));
        return options;
    }

    /**
     * @param axis the value axis' title
     * @return options of a line chart over weeks that fills its container, legend below
     */
    public static Map<String, Object> lines(String axis) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("responsive", true);
        options.put("maintainAspectRatio", false);
        options.put("scales", Map.of("y", Map.of("beginAtZero", true, "title", Map.of("display", true, "text", axis))));
        options.put("plugins", Map.of("legend", Map.of("position", "bottom")));
        return options;
    }

    /**
     * @param value a number
     * @param digits decimal places
     * @return it rounded half up
     */
    public static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }
}
