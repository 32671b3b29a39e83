package io.calldeck.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.calldeck.dashboard.calls.CallRow;
import io.calldeck.dashboard.calls.CallsLazyDataModel;
import io.calldeck.sandbox.data.SandboxData;
import io.calldeck.store.CallFilter;
import io.calldeck.store.CallQueries;
import io.calldeck.store.CallSort;
import io.calldeck.store.CallStore;
import io.calldeck.store.StoreFixture;
import io.calldeck.store.TestDatabase;
import io.calldeck.store.entity.CallEntity;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
        StoreFixture.runInTransaction(writer, e -> new CallStore(e).saveCalls(StoreFixture.calls(data),
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
        return new CallsLazyDataModel(() -> new CallQueries(em), () -> ZoneId.of("Europe/Paris"), filter);
    }

    private static List<String> ids(List<CallRow> rows) {
        return rows.stream().map(CallRow::getId).toList();
    }

    @Test
    void aPageIsTheStoresPageNewestFirstByDefault() {
        CallsLazyDataModel model = model(CallFilter.ALL);
        List<CallRow> rows = model.load(25, 25, Map.of(), Map.of());

        CallQueries.CallPage expected = new CallQueries(em).search(CallFilter.ALL, CallSort.STARTED, false, 25, 25);
        assertThat(ids(rows)).containsExactlyElementsOf(expected.calls().stream().map(CallEntity::getId).toList());
        assertThat(model.getRowCount()).isEqualTo(expected.total()).isEqualTo(model.count(Map.of()));
    }

    @Test
    void everySortableColumnSortsInTheStore() {
        for (String field : List.of("started", "title", "repName", "durationSeconds", "direction", "scope", "system",
                "parties", "talkRatio", "comments", "privateCall")) {
            SortMeta sort = SortMeta.builder().field(field).order(SortOrder.ASCENDING).build();
            List<CallRow> rows = model(CallFilter.ALL).load(0, 50, Map.of(field, sort), Map.of());
            assertThat(rows).as("sorted by %s", field).hasSize(50);
        }
        SortMeta byDuration = SortMeta.builder().field("durationSeconds").order(SortOrder.ASCENDING).build();
        List<CallRow> rows = model(CallFilter.ALL).load(0, 100, Map.of("durationSeconds", byDuration), Map.of());
        assertThat(rows).extracting(CallRow::getDurationSeconds).isSorted();
    }

    @Test
    void filtersAndRowKeysFindTheRowsAgain() {
        CallFilter outbound = new CallFilter(null, null, null, null, List.of("Outbound"), null, null, null, null, null,
                null, null);
        CallsLazyDataModel model = model(outbound);
        List<CallRow> rows = model.load(0, 500, Map.of(), Map.of());

        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.getDirection()).isEqualTo("Outbound"));
        assertThat(model.getRowCount()).isEqualTo(rows.size());
        CallRow some = rows.get(rows.size() / 2);
        assertThat(model.getRowKey(some)).isEqualTo(some.getId());
        assertThat(model(outbound).getRowData(some.getId()).getId()).as("found in the store when not loaded")
                .isEqualTo(some.getId());
    }
}
