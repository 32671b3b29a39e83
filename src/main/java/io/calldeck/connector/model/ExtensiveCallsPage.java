package io.calldeck.connector.model;

import java.util.List;

/**
 * One page of {@code POST /v2/calls/extensive} ({@code Calls}).
 *
 * @param requestId Gong's reference for this request
 * @param records   paging information; {@code records.cursor} fetches the next page
 * @param calls     up to 100 calls, oldest first
 */
public record ExtensiveCallsPage(String requestId, Records records, List<ExtensiveCall> calls) implements Page<ExtensiveCall> {

    @Override
    public List<ExtensiveCall> items() {
        return calls == null ? List.of() : calls;
    }

    /** @return an empty page, what Gong's "no calls found" 404 means */
    public static ExtensiveCallsPage empty() {
        return new ExtensiveCallsPage(null, Records.empty(), List.of());
    }
}
