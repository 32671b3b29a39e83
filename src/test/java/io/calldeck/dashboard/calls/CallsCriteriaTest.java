package io.calldeck.dashboard.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.calldeck.store.CallFilter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Calls page's criteria: read from a URL, written back to one, and turned into the store's filter. */
class CallsCriteriaTest {

    @Test
    void anEmptyQueryIsEveryCallAndNotFiltered() {
        CallsCriteria criteria = CallsCriteria.fromQuery(Map.of());

        assertThat(criteria).isEqualTo(CallsCriteria.NONE);
        assertThat(criteria.isFiltered()).isFalse();
        assertThat(criteria.toQueryString()).isEmpty();
        CallFilter filter = criteria.filter(ZoneId.of("UTC"), true);
        assertThat(filter.from()).isNull();
        assertThat(filter.isPrivate()).isNull();
    }

    @Test
    void everyParameterRoundTripsThroughTheUrlInAFixedOrder() {
        Map<String, String> query = Map.ofEntries(Map.entry("from", "2026-10-01"), Map.entry("to", "2026-10-31"),
                Map.entry("rep", "11,22"), Map.entry("ws", "33"), Map.entry("dir", "Outbound,Inbound"),
                Map.entry("scope", "External"), Map.entry("sys", "Zoom,Outreach"), Map.entry("min", "5"),
                Map.entry("max", "60"), Map.entry("q", "Pricing & terms"), Map.entry("comments", "yes"),
                Map.entry("tracker", "44"));

        CallsCriteria criteria = CallsCriteria.fromQuery(query);

        assertThat(criteria).isEqualTo(new CallsCriteria(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
                List.of("11", "22"), "33", List.of("Outbound", "Inbound"), List.of("External"),
                List.of("Zoom", "Outreach"), 5, 60, "Pricing & terms", true, "44"));
        assertThat(criteria.isFiltered()).isTrue();
        assertThat(criteria.toQuery()).isEqualTo(query);
        assertThat(criteria.toQueryString()).isEqualTo("from=2026-10-01&to=2026-10-31&rep=11%2C22&ws=33"
                + "&dir=Outbound%2CInbound&scope=External&sys=Zoom%2COutreach&min=5&max=60&q=Pricing+%26+terms"
                + "&comments=yes&tracker=44");
        assertThat(CallsCriteria.fromQuery(criteria.toQuery())).isEqualTo(criteria);
        assertThat(criteria.withoutTracker().tracker()).isNull();
        assertThat(criteria.withoutTracker().toQuery()).doesNotContainKey("tracker").containsEntry("q", "Pricing & terms");
    }

    @Test
    void malformedValuesAreDroppedInsteadOfFailingTheBookmark() {
        CallsCriteria criteria = CallsCriteria.fromQuery(Map.ofEntries(Map.entry("from", "last week"),
                Map.entry("to", "2026-10-31"), Map.entry("rep", "11,abc,11"), Map.entry("ws", "ws-1"),
                Map.entry("dir", "Sideways,outbound"), Map.entry("scope", "Everyone"), Map.entry("min", "-3"),
                Map.entry("max", "lots"), Map.entry("comments", "maybe"), Map.entry("tracker", "1 OR 1=1"),
                Map.entry("q", "  ")));

        assertThat(criteria.from()).isNull();
        assertThat(criteria.to()).as("a to without a from means nothing").isNull();
        assertThat(criteria.reps()).containsExactly("11");
        assertThat(criteria.workspace()).isNull();
        assertThat(criteria.directions()).containsExactly("Outbound");
        assertThat(criteria.scopes()).isEmpty();
        assertThat(criteria.minMinutes()).isZero();
        assertThat(criteria.maxMinutes()).isNull();
        assertThat(criteria.comments()).isNull();
        assertThat(criteria.tracker()).isNull();
        assertThat(criteria.title()).isNull();
    }

    @Test
    void aFromAloneIsThatDayInTheViewersZoneAndPrivateCallsLeaveForThoseWhoMayNotSeeThem() {
        CallsCriteria criteria = CallsCriteria.fromQuery(Map.of("from", "2026-11-01", "min", "2", "tracker", "44"));

        CallFilter filter = criteria.filter(ZoneId.of("Europe/Paris"), false);

        assertThat(filter.from()).isEqualTo(OffsetDateTime.parse("2026-11-01T00:00+01:00"));
        assertThat(filter.to()).isEqualTo(OffsetDateTime.parse("2026-11-02T00:00+01:00"));
        assertThat(filter.minDurationSeconds()).isEqualTo(120L);
        assertThat(filter.isPrivate()).isFalse();
        assertThat(filter.trackerId()).isEqualTo("44");
        assertThat(criteria.toQuery()).containsEntry("to", "2026-11-01");
    }

    @Test
    void theConstructorRefusesWhatTheUrlCouldNotHold() {
        LocalDate day = LocalDate.of(2026, 11, 1);
        assertThatThrownBy(() -> new CallsCriteria(day, day.minusDays(1), List.of(), null, List.of(), List.of(),
                List.of(), null, null, null, null, null)).hasMessageContaining("from");
        assertThatThrownBy(() -> new CallsCriteria(null, null, List.of("x"), null, List.of(), List.of(),
                List.of(), null, null, null, null, null)).hasMessageContaining("reps");
        assertThatThrownBy(() -> new CallsCriteria(null, null, List.of(), null, List.of("Sideways"), List.of(),
                List.of(), null, null, null, null, null)).hasMessageContaining("directions");
    }
}
