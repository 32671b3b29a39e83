package io.calldeck.connector.model;

/**
 * Gong's paging information ({@code records}) on every list response.
 *
 * @param totalRecords      how many records match the filter in all pages
 * @param currentPageSize   how many records this page holds (Gong's pages hold up to 100)
 * @param currentPageNumber this page's number, from 0
 * @param cursor            the token that fetches the next page; present only when more pages exist.
 *                          Cursors expire about an hour after the first page of a sequence
 */
public record Records(Integer totalRecords, Integer currentPageSize, Integer currentPageNumber, String cursor) {

    /** @return whether another page can be fetched with {@link #cursor()} */
    public boolean hasMore() {
        return cursor != null && !cursor.isEmpty();
    }

    /** @return the paging information of an empty result (Gong's "no calls found" 404) */
    public static Records empty() {
        return new Records(0, 0, 0, null);
    }
}
