package io.calldeck.dashboard.talktime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.calldeck.store.RepFilter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Talk time page's criteria: read from a URL, written back to one, and turned into the store's filter. */
class TalkTimeCriteriaTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void anEmptyQueryIsTheLast30Days() {
        TalkTimeCriteria criteria = TalkTimeCriteria.fromQuery(Map.of(), TODAY);

        assertThat(criteria).isEqualTo(new TalkTimeCriteria(LocalDate.of(2026, 11, 1), TODAY, null, null, List.of()));
        assertThat(criteria.toQueryString()).isEqualTo("from=2026-11-01&to=2026-11-30");
    }

    @Test
    void everyParameterRoundTripsAndMalformedOnesAreDropped() {
        Map<String, String> query = Map.of("from", "2026-10-01", "to", "2026-10-31", "ws", "33", "scope", "External",
                "rep", "11,22");
        TalkTimeCriteria criteria = TalkTimeCriteria.fromQuery(query, TODAY);
        assertThat(criteria.toQuery()).isEqualTo(query);
        assertThat(TalkTimeCriteria.fromQuery(criteria.toQuery(), TODAY)).isEqualTo(criteria);

        TalkTimeCriteria malformed = TalkTimeCriteria.fromQuery(Map.of("from", "soon", "ws", "x", "scope", "all",
                "rep", "11,<b>"), TODAY);
        assertThat(malformed.from()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(malformed.workspace()).isNull();
        assertThat(malformed.scope()).isNull();
        assertThat(malformed.trendReps()).containsExactly("11");
    }

    @Test
    void theFilterCoversWholeDaysInTheViewersZone() {
        RepFilter filter = TalkTimeCriteria.fromQuery(Map.of("from", "2026-11-02", "to", "2026-11-02"), TODAY)
                .filter(ZoneId.of("Asia/Tokyo"), List.of("11"));

        assertThat(filter.from()).isEqualTo(OffsetDateTime.parse("2026-11-02T00:00+09:00"));
        assertThat(filter.to()).isEqualTo(OffsetDateTime.parse("2026-11-03T00:00+09:00"));
        assertThat(filter.repIds()).containsExactly("11");
        assertThatThrownBy(() -> new TalkTimeCriteria(TODAY, TODAY, null, "internal", List.of()))
                .hasMessageContaining("scope");
    }
}
