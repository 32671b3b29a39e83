package io.calldeck.dashboard.calls;

import io.calldeck.store.CallFilter;
import io.calldeck.store.CallSearch;
import io.calldeck.store.CallSort;
import io.calldeck.store.entity.CallEntity;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The calls table's rows: each page is one query to the store (filter, sort and offset in SQL), never a list of
 * every call. The filter comes from the page's filter bar (and URL); sorting from the table's columns.
 */
public class CallsLazyDataModel extends LazyDataModel<CallRow> {

    private static final long serialVersionUID = 1L;

    /** Column field names of the table, and the store column each sorts on. */
    static final Map<String, CallSort> SORTS = Map.ofEntries(Map.entry("started", CallSort.STARTED),
            Map.entry("title", CallSort.TITLE), Map.entry("repName", CallSort.REP),
            Map.entry("durationSeconds", CallSort.DURATION), Map.entry("direction", CallSort.DIRECTION),
            Map.entry("scope", CallSort.SCOPE), Map.entry("system", CallSort.SYSTEM),
            Map.entry("parties", CallSort.PARTIES), Map.entry("talkRatio", CallSort.TALK_RATIO),
            Map.entry("comments", CallSort.COMMENTS), Map.entry("privateCall", CallSort.PRIVATE));

    /**
     * A supplier that is serialized with the model: a view kept in an HTTP session that another server reads after a
     * failover keeps its lookups (of normal-scoped beans, whose client proxies are serializable).
     *
     * @param <T> what it supplies
     */
    @FunctionalInterface
    public interface Lookup<T> extends Supplier<T>, java.io.Serializable {
    }

    private final Lookup<CallSearch> queries;
    private final Lookup<ZoneId> zone;
    private CallFilter filter;
    private boolean countLowerBound;

    /**
     * @param queries the store's queries (looked up per request)
     * @param zone    the viewer's time zone (per request)
     * @param filter  the filter bar's criteria
     */
    public CallsLazyDataModel(Lookup<CallSearch> queries, Lookup<ZoneId> zone, CallFilter filter) {
        this.queries = queries;
        this.zone = zone;
        this.filter = filter;
    }

    /** @return the criteria the rows match */
    public CallFilter getFilter() {
        return filter;
    }

    /** Counted up to {@link CallSearch#COUNT_LIMIT}: past it, {@link #isCountLowerBound()} says so. */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        CallSearch.CallCount counted = queries.get().countUpTo(filter, CallSearch.COUNT_LIMIT);
        countLowerBound = counted.lowerBound();
        return (int) counted.value();
    }

    /** @return more calls match than the row count, which stopped at {@link CallSearch#COUNT_LIMIT} */
    public boolean isCountLowerBound() {
        return countLowerBound;
    }

    @Override
    public List<CallRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        CallSort sort = CallSort.STARTED;
        boolean ascending = false;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta meta = sortBy.values().iterator().next();
            sort = SORTS.get(meta.getField());
            if (sort == null) {
                throw new IllegalArgumentException("The calls table cannot sort on '" + meta.getField() + "'; it sorts on "
                        + String.join(", ", new java.util.TreeSet<>(SORTS.keySet())));
            }
            ascending = meta.getOrder() == SortOrder.ASCENDING;
        }
        int size = Math.max(1, Math.min(500, pageSize));
        // The row count is count()'s, which PrimeFaces' table asks just before each load: no second count here.
        List<CallEntity> calls = queries.get().page(filter, sort, ascending, Math.max(0, first), size);
        ZoneId viewerZone = zone.get();
        return calls.stream().map(call -> new CallRow(call, viewerZone)).toList();
    }

    @Override
    public String getRowKey(CallRow row) {
        return row.getId();
    }

    @Override
    public CallRow getRowData(String rowKey) {
        List<CallRow> rows = getWrappedData();
        if (rows != null) {
            for (CallRow row : rows) {
                if (row.getId().equals(rowKey)) {
                    return row;
                }
            }
        }
        return queries.get().calls(List.of(rowKey)).stream().findFirst()
                .map(call -> new CallRow(call, zone.get())).orElse(null);
    }
}
