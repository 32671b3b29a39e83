package io.calldeck.dashboard.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.calldeck.sandbox.data.SandboxData;
import io.calldeck.store.CallFilter;
import io.calldeck.store.CallSearch;
import io.calldeck.store.CallSort;
import io.calldeck.store.CallStore;
import io.calldeck.store.StoreFixture;
import io.calldeck.store.TestDatabase;
import io.calldeck.store.entity.CallEntity;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The calls table's LazyDataModel pages and sorts in the store, outside a container (H2). */
class CallsLazyDataModelTest {

    private static TestDatabase.Opened db;
    private static EntityManager em;

    @BeforeAll
    static void store() {
        db = TestDatabase.H2.open();
        SandboxData data = StoreFixture.sandbox(31, 300);
        EntityManager writer = db.factory().createEntityManager();
        StoreFixture.runInTransaction(writer, e -> new CallStore(e).saveCalls(StoreFixture.writes(StoreFixture.calls(data)),
                OffsetDateTime.now(ZoneOffset.UTC)));
        writer.close();
        em = db.factory().createEntityManager();
    }

    @AfterAll
    static void close() {
        em.close();
        db.close();
    }

    private static CallsLazyDataModel model(CallFilter filter) {
        return new CallsLazyDataModel(() -> new CallSearch(em), () -> ZoneId.of("Europe/Paris"), filter);
    }

    private static List<String> ids(List<CallRow> rows) {
        return rows.stream().map(CallRow::getId).toList();
    }

    @Test
    void aPageIsTheStoresPageNewestFirstByDefault() {
        CallsLazyDataModel model = model(CallFilter.ALL);
        List<CallRow> rows = model.load(25, 25, Map.of(), Map.of());

        CallSearch.CallPage expected = new CallSearch(em).search(CallFilter.ALL, CallSort.STARTED, false, 25, 25);
        assertThat(ids(rows)).containsExactlyElementsOf(expected.calls().stream().map(CallEntity::getId).toList());
        assertThat(model.count(Map.of())).isEqualTo(expected.total());
    }

    @Test
    void aTableLoadCountsTheMatchingCallsOnce() {
        java.util.concurrent.atomic.AtomicInteger counts = new java.util.concurrent.atomic.AtomicInteger();
        CallSearch counting = new CallSearch(em) {
            @Override
            public long count(CallFilter filter) {
                counts.incrementAndGet();
                return super.count(filter);
            }

            @Override
            public CallCount countUpTo(CallFilter filter, int limit) {
                counts.incrementAndGet();
                return super.countUpTo(filter, limit);
            }
        };
        CallsLazyDataModel model = new CallsLazyDataModel(() -> counting, () -> ZoneId.of("Europe/Paris"),
                CallFilter.ALL);
        // What PrimeFaces' lazy table does for each page: count, then load.
        model.setRowCount(model.count(Map.of()));
        List<CallRow> rows = model.load(0, 25, Map.of(), Map.of());
        assertThat(rows).hasSize(25);
        assertThat(counts).as("COUNT queries for one page of the table").hasValue(1);
        assertThat(model.getRowCount()).isEqualTo(new CallSearch(em).count(CallFilter.ALL));
    }

    @Test
    void aCountThatStoppedAtTheLimitIsALowerBound() {
        CallSearch many = new CallSearch(em) {
            @Override
            public CallCount countUpTo(CallFilter filter, int limit) {
                return limit == COUNT_LIMIT ? new CallCount(limit, true) : super.countUpTo(filter, limit);
            }
        };
        CallsLazyDataModel model = new CallsLazyDataModel(() -> many, () -> ZoneId.of("Europe/Paris"), CallFilter.ALL);
        assertThat(model.count(Map.of())).isEqualTo(CallSearch.COUNT_LIMIT);
        assertThat(model.isCountLowerBound()).isTrue();
        CallsLazyDataModel exact = model(CallFilter.ALL);
        assertThat(exact.count(Map.of())).isEqualTo(new CallSearch(em).count(CallFilter.ALL));
        assertThat(exact.isCountLowerBound()).isFalse();
    }

    /** Each column's order as the table promises it: the column, then the start time, then the id (stable pages). */
    private static final Map<String, Comparator<CallEntity>> COLUMNS = Map.ofEntries(
            Map.entry("started", Comparator.comparing(c -> c.getStarted().toInstant())),
            Map.entry("title", Comparator.comparing(CallEntity::getTitle, Comparator.nullsFirst(Comparator.naturalOrder()))),
            Map.entry("repName", Comparator.comparing(CallEntity::getRepName, Comparator.nullsFirst(Comparator.naturalOrder()))),
            Map.entry("durationSeconds", Comparator.comparingLong(CallEntity::getDurationSeconds)),
            Map.entry("direction", Comparator.comparing(CallEntity::getDirection, Comparator.nullsFirst(Comparator.naturalOrder()))),
            Map.entry("scope", Comparator.comparing(CallEntity::getScope, Comparator.nullsFirst(Comparator.naturalOrder()))),
            Map.entry("system", Comparator.comparing(CallEntity::getSystem, Comparator.nullsFirst(Comparator.naturalOrder()))),
            Map.entry("parties", Comparator.comparingInt(CallEntity::getPartyCount)),
            Map.entry("talkRatio", Comparator.comparing(CallEntity::getTalkRatio, Comparator.nullsFirst(Comparator.naturalOrder()))),
            Map.entry("comments", Comparator.comparingInt(CallEntity::getCommentCount)),
            Map.entry("privateCall", Comparator.comparing(CallEntity::isPrivate)));

    @Test
    void everySortableColumnSortsInTheStoreBothWays() {
        assertThat(COLUMNS.keySet()).as("every column the model sorts on is checked")
                .containsExactlyInAnyOrderElementsOf(CallsLazyDataModel.SORTS.keySet());
        List<CallEntity> all = em.createQuery("SELECT c FROM CallEntity c", CallEntity.class).getResultList();
        for (Map.Entry<String, Comparator<CallEntity>> column : COLUMNS.entrySet()) {
            for (boolean ascending : List.of(true, false)) {
                Comparator<CallEntity> byColumn = ascending ? column.getValue() : column.getValue().reversed();
                Comparator<CallEntity> byStart = Comparator.comparing(c -> c.getStarted().toInstant());
                List<String> expected = all.stream().sorted(byColumn.thenComparing(ascending ? byStart : byStart.reversed())
                        .thenComparing(CallEntity::getId)).limit(60).map(CallEntity::getId).toList();
                SortMeta sort = SortMeta.builder().field(column.getKey())
                        .order(ascending ? SortOrder.ASCENDING : SortOrder.DESCENDING).build();
                assertThat(ids(model(CallFilter.ALL).load(0, 60, Map.of(column.getKey(), sort), Map.of())))
                        .as("%s %s", column.getKey(), ascending ? "ascending" : "descending")
                        .containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void anUnknownSortFieldIsAnError() {
        SortMeta sort = SortMeta.builder().field("workspaceName").order(SortOrder.ASCENDING).build();
        assertThatThrownBy(() -> model(CallFilter.ALL).load(0, 25, Map.of("workspaceName", sort), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("workspaceName");
    }

    @Test
    void filtersAndRowKeysFindTheRowsAgain() {
        CallFilter outbound = new CallFilter(null, null, null, null, List.of("Outbound"), null, null, null, null, null,
                null, null);
        CallsLazyDataModel model = model(outbound);
        List<CallRow> rows = model.load(0, 500, Map.of(), Map.of());

        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.getDirection()).isEqualTo("Outbound"));
        assertThat(model.count(Map.of())).isEqualTo(rows.size());
        CallRow some = rows.get(rows.size() / 2);
        assertThat(model.getRowKey(some)).isEqualTo(some.getId());
        assertThat(model(outbound).getRowData(some.getId()).getId()).as("found in the store when not loaded")
                .isEqualTo(some.getId());
    }
}
