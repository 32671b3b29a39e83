package io.calldeck.dashboard.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.calldeck.store.RepFilter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Team page's criteria: read from a URL, written back to one, and turned into the store's filter. */
class TeamCriteriaTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void anEmptyQueryIsTheLast30DaysOfEveryCallWithTheTalkRatioTrend() {
        TeamCriteria criteria = TeamCriteria.fromQuery(Map.of(), TODAY);

        assertThat(criteria.from()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(criteria.to()).isEqualTo(TODAY);
        assertThat(criteria.workspace()).isNull();
        assertThat(criteria.scope()).isNull();
        assertThat(criteria.trendReps()).isEmpty();
        assertThat(criteria.trendStat()).isEqualTo(TeamStat.TALK_RATIO);
        assertThat(criteria.toQueryString()).isEqualTo("from=2026-11-01&to=2026-11-30");
    }

    @Test
    void everyParameterRoundTripsThroughTheUrl() {
        Map<String, String> query = Map.of("from", "2026-10-01", "to", "2026-10-31", "ws", "123456789012345678",
                "scope", "External", "rep", "11,22", "stat", "patience");

        TeamCriteria criteria = TeamCriteria.fromQuery(query, TODAY);

        assertThat(criteria).isEqualTo(new TeamCriteria(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
                "123456789012345678", "External", List.of("11", "22"), TeamStat.PATIENCE));
        assertThat(criteria.toQuery()).isEqualTo(query);
        assertThat(criteria.toQueryString())
                .isEqualTo("from=2026-10-01&to=2026-10-31&ws=123456789012345678&scope=External&rep=11%2C22&stat=patience");
        assertThat(TeamCriteria.fromQuery(criteria.toQuery(), TODAY)).isEqualTo(criteria);
    }

    @Test
    void malformedValuesFallBackToTheirDefaultsInsteadOfFailingTheBookmark() {
        TeamCriteria criteria = TeamCriteria.fromQuery(Map.of("from", "yesterday", "to", "2026-13-01", "ws", "ws-1",
                "scope", "Everyone", "rep", "11,<script>,22,11", "stat", "charisma"), TODAY);

        assertThat(criteria.from()).isEqualTo(TODAY.minusDays(TeamCriteria.DEFAULT_DAYS - 1));
        assertThat(criteria.to()).isEqualTo(TODAY);
        assertThat(criteria.workspace()).isNull();
        assertThat(criteria.scope()).isNull();
        assertThat(criteria.trendReps()).containsExactly("11", "22");
        assertThat(criteria.trendStat()).isEqualTo(TeamStat.TALK_RATIO);
    }

    @Test
    void aPeriodTheWrongWayRoundShrinksToItsLastDay() {
        TeamCriteria criteria = TeamCriteria.fromQuery(Map.of("from", "2026-11-20", "to", "2026-11-10"), TODAY);

        assertThat(criteria.from()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(criteria.to()).isEqualTo(LocalDate.of(2026, 11, 10));
    }

    @Test
    void theFilterRunsFromTheFirstDaysMidnightToTheDayAfterTheLastInTheViewersZone() {
        TeamCriteria criteria = TeamCriteria.fromQuery(Map.of("from", "2026-11-01", "to", "2026-11-07",
                "scope", "Internal"), TODAY);

        RepFilter filter = criteria.filter(ZoneId.of("America/Los_Angeles"), List.of("11"));

        assertThat(filter.from()).isEqualTo(OffsetDateTime.parse("2026-11-01T00:00-07:00"));
        assertThat(filter.to()).isEqualTo(OffsetDateTime.parse("2026-11-08T00:00-08:00"));
        assertThat(filter.scope()).isEqualTo("Internal");
        assertThat(filter.repIds()).containsExactly("11");
    }

    @Test
    void theConstructorRefusesWhatTheUrlCouldNotHold() {
        LocalDate day = LocalDate.of(2026, 11, 1);
        assertThatThrownBy(() -> new TeamCriteria(day, day.minusDays(1), null, null, List.of(), TeamStat.TALK_RATIO))
                .hasMessageContaining("from");
        assertThatThrownBy(() -> new TeamCriteria(day, day, "abc", null, List.of(), TeamStat.TALK_RATIO))
                .hasMessageContaining("workspace");
        assertThatThrownBy(() -> new TeamCriteria(day, day, null, "internal", List.of(), TeamStat.TALK_RATIO))
                .hasMessageContaining("scope");
        assertThatThrownBy(() -> new TeamCriteria(day, day, null, null, List.of("1 OR 1=1"), TeamStat.TALK_RATIO))
                .hasMessageContaining("trendReps");
    }
}
