package io.calldeck.dashboard.team;

import io.calldeck.dashboard.Formats;
import io.calldeck.store.TeamStatsQueries.RepStats;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The stats the Team page compares across reps: Gong's interaction stats for a call's host
 * ({@code interaction.interactionStats[]}) and the questions asked ({@code interaction.questions}), each a mean over
 * a rep's calls, with its unit as Gong reports it and, where Gong publishes one, its reference.
 */
public enum TeamStat {

    /** Gong's {@code Talk Ratio}: the rep's share of the talk, 0 to 1; Gong's reference 43%, above 65% hurts. */
    TALK_RATIO("talkRatio", "Talk ratio", "Percent", RepStats::talkRatio, 0.43, 0.65),
    /** Gong's {@code Longest Monologue}: the rep's longest uninterrupted speech, seconds. */
    LONGEST_MONOLOGUE("longestMonologue", "Longest monologue", "Seconds", RepStats::longestMonologueSeconds, null, null),
    /** Gong's {@code Longest Customer Story}: a customer's longest uninterrupted speech, seconds. */
    LONGEST_CUSTOMER_STORY("longestCustomerStory", "Longest customer story", "Seconds",
            RepStats::longestCustomerStorySeconds, null, null),
    /** Gong's {@code Interactivity}: how often the speakers switch, a score from 0 to 10. */
    INTERACTIVITY("interactivity", "Interactivity", "Score (0 to 10)", RepStats::interactivity, null, null),
    /** Gong's {@code Patience}: the rep's pause before answering, seconds. */
    PATIENCE("patience", "Patience", "Seconds", RepStats::patienceSeconds, null, null),
    /** Questions the company's speakers asked per call ({@code questions.companyCount}). */
    COMPANY_QUESTIONS("companyQuestions", "Questions asked by the rep's side", "Questions per call",
            RepStats::companyQuestions, null, null),
    /** Questions everyone else asked per call ({@code questions.nonCompanyCount}). */
    NON_COMPANY_QUESTIONS("nonCompanyQuestions", "Questions asked by others", "Questions per call",
            RepStats::nonCompanyQuestions, null, null);

    private final String key;
    private final String label;
    private final String axis;
    private final Function<RepStats, Double> value;
    private final Double reference;
    private final Double hurtsAbove;

    TeamStat(String key, String label, String axis, Function<RepStats, Double> value, Double reference,
             Double hurtsAbove) {
        this.key = key;
        this.label = label;
        this.axis = axis;
        this.value = value;
        this.reference = reference;
        this.hurtsAbove = hurtsAbove;
    }

    /**
     * @param key a stat's key, as in the page's {@code stat} query parameter
     * @return that stat, or empty for an unknown key
     */
    public static Optional<TeamStat> ofKey(String key) {
        for (TeamStat stat : values()) {
            if (stat.key.equals(key)) {
                return Optional.of(stat);
            }
        }
        return Optional.empty();
    }

    /** @return the key in URLs, e.g. {@code talkRatio} */
    public String key() {
        return key;
    }

    /** @return the label on the page */
    public String label() {
        return label;
    }

    /** @return the unit, as the charts' value axis says it */
    public String axis() {
        return axis;
    }

    /**
     * @param rep a rep's means
     * @return this stat's mean for the rep, in Gong's unit, or {@code null} when none of their calls carries it
     */
    public Double of(RepStats rep) {
        return value.apply(rep);
    }

    /** @return Gong's reference for this stat in its unit (talk ratio 0.43), or {@code null} when it has none */
    public Double reference() {
        return reference;
    }

    /**
     * @param mean a rep's mean of this stat, or {@code null}
     * @return whether Gong says a value this high hurts (talk ratio above 0.65)
     */
    public boolean hurts(Double mean) {
        return hurtsAbove != null && mean != null && mean > hurtsAbove;
    }

    /**
     * @param mean a mean in Gong's unit, or {@code null}
     * @return it as a chart plots it: talk ratio in percent, others as they are, rounded for display
     */
    public Double plotted(Double mean) {
        if (mean == null) {
            return null;
        }
        return this == TALK_RATIO ? Math.round(mean * 1000) / 10.0 : Math.round(mean * 100) / 100.0;
    }

    /**
     * @param mean a mean in Gong's unit, or {@code null}
     * @return it for a table cell: talk ratio {@code 44%}, durations {@code 0:01:05}, patience {@code 0.76 s},
     *         interactivity {@code 6.2}, questions {@code 9.5}; {@code —} for none
     */
    public String format(Double mean) {
        if (mean == null) {
            return "—";
        }
        return switch (this) {
            case TALK_RATIO -> Formats.percent(mean);
            case LONGEST_MONOLOGUE, LONGEST_CUSTOMER_STORY -> Formats.duration(mean);
            case PATIENCE -> String.format(Locale.ROOT, "%.2f s", mean);
            default -> String.format(Locale.ROOT, "%.1f", mean);
        };
    }

    /**
     * The team's median of this stat: the middle of the reps' means (the mean of the two middle ones for an even
     * count), over the reps whose calls carry it.
     *
     * @param reps the reps' means
     * @return the median in Gong's unit, or {@code null} when no rep has this stat
     */
    public Double median(List<RepStats> reps) {
        double[] values = reps.stream().map(this::of).filter(v -> v != null).mapToDouble(Double::doubleValue).sorted()
                .toArray();
        if (values.length == 0) {
            return null;
        }
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
