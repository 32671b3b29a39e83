package io.calldeck.dashboard.trackers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.calldeck.store.RepFilter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Trackers page's criteria: read from a URL, written back to one, and turned into the store's filter. */
class TrackersCriteriaTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void anEmptyQueryIsTheLast30DaysWithTheMostMentionedTracker() {
        TrackersCriteria criteria = TrackersCriteria.fromQuery(Map.of(), TODAY);

        assertThat(criteria).isEqualTo(new TrackersCriteria(LocalDate.of(2026, 11, 1), TODAY, null, null, null));
        assertThat(criteria.toQueryString()).isEqualTo("from=2026-11-01&to=2026-11-30");
    }

    @Test
    void everyParameterRoundTripsAndATrackerLinkKeepsThePeriod() {
        Map<String, String> query = Map.of("from", "2026-10-01", "to", "2026-10-31", "ws", "33", "scope", "External",
                "tracker", "44");
        TrackersCriteria criteria = TrackersCriteria.fromQuery(query, TODAY);

        assertThat(criteria.toQuery()).isEqualTo(query);
        assertThat(TrackersCriteria.fromQuery(criteria.toQuery(), TODAY)).isEqualTo(criteria);
        assertThat(criteria.withTracker("55").toQueryString())
                .isEqualTo("from=2026-10-01&to=2026-10-31&ws=33&scope=External&tracker=55");
    }

    @Test
    void malformedValuesFallBackToTheirDefaults() {
        TrackersCriteria criteria = TrackersCriteria.fromQuery(Map.of("from", "2026-11-31", "ws", "all",
                "scope", "external", "tracker", "pricing"), TODAY);

        assertThat(criteria.from()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(criteria.workspace()).isNull();
        assertThat(criteria.scope()).isNull();
        assertThat(criteria.tracker()).isNull();
        assertThatThrownBy(() -> new TrackersCriteria(TODAY, TODAY, null, null, "pricing"))
                .hasMessageContaining("tracker");
    }

    @Test
    void theFilterCoversWholeDaysAndEveryRep() {
        RepFilter filter = TrackersCriteria.fromQuery(Map.of("from", "2026-11-01", "to", "2026-11-07"), TODAY)
                .filter(ZoneOffset.UTC);

        assertThat(filter.from()).isEqualTo(OffsetDateTime.parse("2026-11-01T00:00Z"));
        assertThat(filter.to()).isEqualTo(OffsetDateTime.parse("2026-11-08T00:00Z"));
        assertThat(filter.repIds()).isNull();
    }
}
