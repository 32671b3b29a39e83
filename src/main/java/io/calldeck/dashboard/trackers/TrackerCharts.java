package io.calldeck.dashboard.trackers;

import io.calldeck.dashboard.ChartJs;
import io.calldeck.dashboard.ChartJs.Chart;
import io.calldeck.dashboard.ChartJs.Data;
import io.calldeck.dashboard.ChartJs.Dataset;
import io.calldeck.store.TrackerQueries.RepMentions;
import io.calldeck.store.TrackerQueries.TrackerMentions;
import io.calldeck.store.TrackerQueries.WeeklyMentions;
import java.util.List;

/** The Trackers page's charts as Chart.js configurations for {@code <p:chart>}. */
public final class TrackerCharts {

    /** Trackers in the overview chart; the table lists them all. */
    public static final int TOP = 15;

    private TrackerCharts() {
    }

    /**
     * @param trackers the trackers mentioned, most calls first
     * @return horizontal bars of the calls that mention each of the first {@value #TOP}
     */
    public static String calls(List<TrackerMentions> trackers) {
        List<TrackerMentions> top = trackers.stream().limit(TOP).toList();
        return ChartJs.json(new Chart("bar", new Data(top.stream().map(TrackerMentions::name).toList(), List.of(
                Dataset.bars("Calls that mention it", top.stream().map(t -> (double) t.calls()).toList(),
                        ChartJs.PALETTE.get(0)))), ChartJs.horizontal("Calls")));
    }

    /**
     * @param reps one tracker's mentions per rep, most calls first
     * @return horizontal bars per rep of the calls that mention it and of its mentions
     */
    public static String reps(List<RepMentions> reps) {
        List<String> labels = reps.stream().map(r -> r.name() == null || r.name().isBlank() ? "User " + r.userId()
                : r.name()).toList();
        return ChartJs.json(new Chart("bar", new Data(labels, List.of(
                Dataset.bars("Calls that mention it", reps.stream().map(r -> (double) r.calls()).toList(),
                        ChartJs.PALETTE.get(0)),
                Dataset.bars("Mentions", reps.stream().map(r -> (double) r.mentions()).toList(),
                        ChartJs.PALETTE.get(2)))), ChartJs.horizontal("Calls, mentions")));
    }

    /**
     * @param weeks one tracker's mentions per week, in order
     * @return lines of the calls that mention it and of its mentions, per week
     */
    public static String weeks(List<WeeklyMentions> weeks) {
        return ChartJs.json(new Chart("line", new Data(weeks.stream().map(w -> w.week().toString()).toList(), List.of(
                Dataset.trend("Calls that mention it", weeks.stream().map(w -> (double) w.calls()).toList(),
                        ChartJs.PALETTE.get(0)),
                Dataset.trend("Mentions", weeks.stream().map(w -> (double) w.mentions()).toList(),
                        ChartJs.PALETTE.get(2)))), ChartJs.lines("Calls, mentions")));
    }
}
