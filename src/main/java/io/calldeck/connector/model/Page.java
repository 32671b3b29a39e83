package io.calldeck.connector.model;

import java.util.List;

/**
 * A page of one of Gong's cursor-paged list endpoints.
 *
 * @param <T> the type of the items on the page
 */
public interface Page<T> {

    /** @return Gong's reference for the request that returned this page, {@code null} for a synthesized empty page */
    String requestId();

    /** @return Gong's paging information; never {@code null} on pages returned by the connector */
    Records records();

    /** @return the items on this page, never {@code null} */
    List<T> items();

    /** @return the cursor of the next page, or {@code null} when this is the last page */
    default String nextCursor() {
        Records records = records();
        return records != null && records.hasMore() ? records.cursor() : null;
    }
}
