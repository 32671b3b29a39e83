package io.calldeck.dashboard.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.calldeck.store.CommentQueries;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Comments page's criteria: read from a URL, written back to one, and turned into the store's filter. */
class CommentsCriteriaTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void anEmptyQueryIsTheLast30DaysOfEveryone() {
        CommentsCriteria criteria = CommentsCriteria.fromQuery(Map.of(), TODAY);

        assertThat(criteria).isEqualTo(new CommentsCriteria(LocalDate.of(2026, 11, 1), TODAY, List.of(), List.of()));
        assertThat(criteria.toQueryString()).isEqualTo("from=2026-11-01&to=2026-11-30");
    }

    @Test
    void commentersAndRepsRoundTripAndOnlyIdsAreKept() {
        Map<String, String> query = Map.of("from", "2026-10-01", "to", "2026-10-31", "by", "11,22", "rep", "33");
        CommentsCriteria criteria = CommentsCriteria.fromQuery(query, TODAY);
        assertThat(criteria.toQuery()).isEqualTo(query);

        assertThat(CommentsCriteria.fromQuery(Map.of("by", "11,bob,11", "rep", "' OR 1=1"), TODAY))
                .satisfies(c -> {
                    assertThat(c.commenters()).containsExactly("11");
                    assertThat(c.reps()).isEmpty();
                });
        assertThatThrownBy(() -> new CommentsCriteria(TODAY, TODAY, List.of("bob"), List.of()))
                .hasMessageContaining("Gong user ids");
    }

    @Test
    void theFilterHidesPrivateCallsFromThoseWhoMayNotSeeThem() {
        CommentQueries.CommentFilter filter = CommentsCriteria.fromQuery(Map.of("from", "2026-11-01", "to",
                "2026-11-01"), TODAY).filter(ZoneOffset.UTC, false);

        assertThat(filter.from()).isEqualTo(OffsetDateTime.parse("2026-11-01T00:00Z"));
        assertThat(filter.to()).isEqualTo(OffsetDateTime.parse("2026-11-02T00:00Z"));
        assertThat(filter.includePrivate()).isFalse();
    }
}
