package io.calldeck.dashboard.team;

import static org.assertj.core.api.Assertions.assertThat;

import io.calldeck.store.TeamStatsQueries.RepStats;
import io.calldeck.store.TeamStatsQueries.WeeklyRepStats;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Team page's stats: medians, Gong's reference, formats, and the charts built from them. */
class TeamStatTest {

    private static final RepStats ANN = new RepStats("1", "Ann Lee", 12, 0.40, 95.0, 61.0, 6.5, 0.8, 9.0, 4.0);
    private static final RepStats BO = new RepStats("2", "Bo <Chen>", 9, 0.70, 180.0, 20.0, 3.1, 0.4, 5.5, 2.0);
    private static final RepStats CY = new RepStats("3", null, 4, 0.52, 120.0, null, 5.0, 1.2, 7.0, 3.0);
    private static final RepStats NONE = new RepStats("4", "Di", 1, null, null, null, null, null, null, null);

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void theMedianIsTheMiddleRepsMeanOverTheRepsThatHaveTheStat() {
        assertThat(TeamStat.TALK_RATIO.median(List.of(ANN, BO, CY, NONE))).isEqualTo(0.52);
        assertThat(TeamStat.LONGEST_CUSTOMER_STORY.median(List.of(ANN, BO, CY, NONE))).isEqualTo(40.5);
        assertThat(TeamStat.PATIENCE.median(List.of(NONE))).isNull();
    }

    @Test
    void onlyTalkRatioHasGongsReferenceAndOnlyAbove65PercentHurts() {
        assertThat(TeamStat.TALK_RATIO.reference()).isEqualTo(0.43);
        assertThat(TeamStat.TALK_RATIO.hurts(0.70)).isTrue();
        assertThat(TeamStat.TALK_RATIO.hurts(0.65)).isFalse();
        assertThat(TeamStat.TALK_RATIO.hurts(null)).isFalse();
        assertThat(TeamStat.LONGEST_MONOLOGUE.reference()).isNull();
        assertThat(TeamStat.LONGEST_MONOLOGUE.hurts(10_000.0)).isFalse();
    }

    @Test
    void eachStatIsShownInGongsUnit() {
        assertThat(TeamStat.TALK_RATIO.format(0.436)).isEqualTo("44%");
        assertThat(TeamStat.LONGEST_MONOLOGUE.format(65.4)).isEqualTo("0:01:05");
        assertThat(TeamStat.PATIENCE.format(0.756)).isEqualTo("0.76 s");
        assertThat(TeamStat.INTERACTIVITY.format(6.25)).isEqualTo("6.3");
        assertThat(TeamStat.COMPANY_QUESTIONS.format(null)).isEqualTo("—");
        assertThat(TeamStat.TALK_RATIO.plotted(0.4367)).isEqualTo(43.7);
        assertThat(TeamStat.ofKey("longestCustomerStory")).contains(TeamStat.LONGEST_CUSTOMER_STORY);
        assertThat(TeamStat.ofKey("talk_ratio")).isEmpty();
    }

    @Test
    void aStatsChartIsHighestFirstWithTheMedianAndGongsReferenceAndRedWhereItHurts() {
        JsonObject data = parse(TeamCharts.stat(TeamStat.TALK_RATIO, List.of(ANN, BO, CY, NONE))).getJsonObject("data");

        assertThat(data.getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("Bo \u003cChen\u003e", "User 3", "Ann Lee");
        JsonArray datasets = data.getJsonArray("datasets");
        JsonObject bars = datasets.getJsonObject(0);
        assertThat(bars.getJsonArray("data").getJsonNumber(0).doubleValue()).isEqualTo(70.0);
        assertThat(bars.getJsonArray("backgroundColor").getString(0)).isEqualTo("#ef4444");
        assertThat(bars.getJsonArray("backgroundColor").getString(1)).isNotEqualTo("#ef4444");
        assertThat(datasets.getJsonObject(1).getString("label")).isEqualTo("Team median");
        assertThat(datasets.getJsonObject(1).getJsonArray("data").getJsonNumber(0).doubleValue()).isEqualTo(52.0);
        assertThat(datasets.getJsonObject(2).getJsonArray("data").getJsonNumber(0).doubleValue()).isEqualTo(43.0);
        assertThat(TeamCharts.stat(TeamStat.TALK_RATIO, List.of(BO))).doesNotContain("<").doesNotContain(">");

        JsonArray monologue = parse(TeamCharts.stat(TeamStat.LONGEST_MONOLOGUE, List.of(ANN, BO)))
                .getJsonObject("data").getJsonArray("datasets");
        assertThat(monologue).as("no reference line where Gong publishes none").hasSize(2);
    }

    @Test
    void theTrendLeavesAGapInAWeekWithoutCalls() {
        LocalDate week1 = LocalDate.of(2026, 11, 2);
        LocalDate week2 = LocalDate.of(2026, 11, 9);
        String json = TeamCharts.trend(TeamStat.INTERACTIVITY, List.of(new WeeklyRepStats(week1, ANN),
                new WeeklyRepStats(week1, BO), new WeeklyRepStats(week2, BO)), List.of("1", "2"),
                Map.of("1", "Ann Lee", "2", "Bo"));

        JsonObject data = parse(json).getJsonObject("data");
        assertThat(data.getJsonArray("labels").getString(1)).isEqualTo("2026-11-09");
        JsonArray ann = data.getJsonArray("datasets").getJsonObject(0).getJsonArray("data");
        assertThat(ann.getJsonNumber(0).doubleValue()).isEqualTo(6.5);
        assertThat(ann.isNull(1)).isTrue();
    }
}
