package io.calldeck.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.calldeck.dashboard.talktime.TalkTimeCharts;
import io.calldeck.store.TalkTimeQueries;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Chart.js configurations the talk-time page hands to {@code <p:chart>}. */
class TalkTimeChartsTest {

    private static final List<TalkTimeQueries.RepTalkTime> REPS = List.of(
            new TalkTimeQueries.RepTalkTime("1", "Ann Lee", 12, 7_200, 600, 0.38),
            new TalkTimeQueries.RepTalkTime("2", "Bo Chen", 9, 5_400, 600, 0.61),
            new TalkTimeQueries.RepTalkTime("3", null, 1, 90, 90, 0.45));

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void totalsAreHorizontalBarsOfHoursPerRep() {
        JsonObject chart = parse(TalkTimeCharts.totals(REPS));

        assertThat(chart.getString("type")).isEqualTo("bar");
        assertThat(chart.getJsonObject("options").getString("indexAxis")).isEqualTo("y");
        JsonObject data = chart.getJsonObject("data");
        assertThat(data.getJsonArray("labels").getString(0)).isEqualTo("Ann Lee");
        assertThat(data.getJsonArray("labels").getString(2)).as("a rep without a name shows the id").contains("3");
        JsonArray hours = data.getJsonArray("datasets").getJsonObject(0).getJsonArray("data");
        assertThat(hours.getJsonNumber(0).doubleValue()).isEqualTo(2.0);
        assertThat(hours.getJsonNumber(1).doubleValue()).isEqualTo(1.5);
        assertThat(hours.getJsonNumber(2).doubleValue()).isEqualTo(0.03);
    }

    @Test
    void ratiosAreSortedHighestFirstWithTheBenchmarkLine() {
        JsonObject data = parse(TalkTimeCharts.ratios(REPS)).getJsonObject("data");

        assertThat(data.getJsonArray("labels").getString(0)).isEqualTo("Bo Chen");
        JsonArray datasets = data.getJsonArray("datasets");
        assertThat(datasets.getJsonObject(0).getJsonArray("data").getJsonNumber(0).doubleValue()).isEqualTo(61.0);
        JsonObject line = datasets.getJsonObject(1);
        assertThat(line.getString("type")).isEqualTo("line");
        assertThat(line.getJsonArray("data")).hasSize(3)
                .allSatisfy(v -> assertThat(((jakarta.json.JsonNumber) v).doubleValue()).isEqualTo(43.0));
    }

    @Test
    void aRepNameCannotCloseThePagesScriptElement() {
        String hostile = "Eve </script><img src=x onerror=alert(1)> & Co";
        List<TalkTimeQueries.RepTalkTime> reps = List.of(new TalkTimeQueries.RepTalkTime("9", hostile, 2, 600, 300, 0.5));
        String totals = TalkTimeCharts.totals(reps);
        String ratios = TalkTimeCharts.ratios(reps);
        String trend = TalkTimeCharts.trend(List.of(new TalkTimeQueries.WeeklyTalkTime(java.time.LocalDate.of(2026, 11, 2),
                "9", hostile, 2, 600, 0.5)), List.of("9"), java.util.Map.of("9", hostile));

        for (String json : List.of(totals, ratios, trend)) {
            assertThat(json).as("written inside the page's script element").doesNotContain("<", ">", "&");
        }
        assertThat(parse(totals).getJsonObject("data").getJsonArray("labels").getString(0))
                .as("the same name to Chart.js, once parsed").isEqualTo(hostile);
        assertThat(parse(ratios).getJsonObject("data").getJsonArray("labels").getString(0)).isEqualTo(hostile);
        assertThat(parse(trend).getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getString("label"))
                .isEqualTo(hostile);
    }
}
