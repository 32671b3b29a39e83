package io.calldeck.connector.model;

import java.util.List;

/**
 * One page of {@code GET /v2/calls} ({@code CallsResponse}).
 *
 * @param requestId Gong's reference for this request
 * @param records   paging information; {@code records.cursor} fetches the next page
 * @param calls     the calls on this page, oldest first
 */
public record CallsPage(String requestId, Records records, List<CallMetaData> calls) implements Page<CallMetaData> {

    @Override
    public List<CallMetaData> items() {
        return calls == null ? List.of() : calls;
    }

    /** @return an empty page, what Gong's "no calls found" 404 means */
    public static CallsPage empty() {
        return new CallsPage(null, Records.empty(), List.of());
    }
}
