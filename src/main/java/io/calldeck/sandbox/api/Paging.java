package io.calldeck.sandbox.api;

import io.calldeck.connector.model.Records;
import io.calldeck.sandbox.SandboxFaults;
import io.calldeck.sandbox.data.SandboxCall;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * Cuts listings into Gong's pages of 100 with signed cursors that continue after the last record returned
 * (so calls added meanwhile neither repeat nor go missing) and expire an hour after the first page.
 */
@ApplicationScoped
public class Paging {

    /** Gong's page size. */
    public static final int PAGE_SIZE = 100;

    @Inject
    Cursors cursors;

    @Inject
    SandboxFaults faults;

    @Inject
    io.calldeck.sandbox.SandboxSettings settings;

    /**
     * One page of a listing.
     *
     * @param items   the page's items
     * @param records Gong's paging information
     * @param <T>     item type
     */
    public record Slice<T>(List<T> items, Records records) {
    }

    /**
     * @param matches the whole listing in order
     * @param cursor  the cursor the client sent, or {@code null}
     * @param listing a hash of the endpoint and filter the cursor must belong to
     * @return the page
     * @throws GongApiException 400 for a cursor that is malformed, of another listing, or expired
     */
    public Slice<SandboxCall> page(List<SandboxCall> matches, String cursor, long listing) {
        int start = 0;
        int page = 0;
        Instant now = Instant.now();
        Instant expires = now.plus(settings.cursorTtl());
        if (cursor != null && !cursor.isEmpty()) {
            Cursors.Position position = cursors.decode(cursor)
                    .orElseThrow(() -> GongApiException.badRequest("Invalid cursor"));
            if (position.listing() != listing) {
                throw GongApiException.badRequest("The cursor does not belong to this request's filter");
            }
            if (now.isAfter(position.expires()) || faults.expireCursor(cursor)) {
                throw GongApiException.badRequest("cursor has expired");
            }
            start = firstAfter(matches, position.afterStartedMs(), position.afterId());
            page = position.page();
            expires = position.expires();
        }
        int end = Math.min(matches.size(), start + PAGE_SIZE);
        List<SandboxCall> items = matches.subList(start, end);
        String next = null;
        if (end < matches.size()) {
            SandboxCall last = matches.get(end - 1);
            next = cursors.encode(new Cursors.Position(listing, last.started().toEpochMilli(), last.id(), page + 1,
                    expires));
        }
        return new Slice<>(items, new Records(matches.size(), items.size(), page, next));
    }

    private static int firstAfter(List<SandboxCall> matches, long startedMs, String id) {
        int low = 0;
        int high = matches.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            SandboxCall call = matches.get(mid);
            long started = call.started().toEpochMilli();
            boolean after = started > startedMs || (started == startedMs && call.id().compareTo(id) > 0);
            if (after) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /**
     * Pages a list that has no natural order key (users): position is the index.
     *
     * @param items   the whole list
     * @param cursor  the cursor the client sent, or {@code null}
     * @param listing a hash of the endpoint
     * @param <T>     item type
     * @return the page
     */
    public <T> Slice<T> pageByIndex(List<T> items, String cursor, long listing) {
        int start = 0;
        Instant expires = Instant.now().plus(settings.cursorTtl());
        if (cursor != null && !cursor.isEmpty()) {
            Cursors.Position position = cursors.decode(cursor).filter(p -> p.listing() == listing)
                    .orElseThrow(() -> GongApiException.badRequest("Invalid cursor"));
            if (Instant.now().isAfter(position.expires())) {
                throw GongApiException.badRequest("cursor has expired");
            }
            start = (int) Math.min(items.size(), position.afterStartedMs());
            expires = position.expires();
        }
        int end = Math.min(items.size(), start + PAGE_SIZE);
        String next = end < items.size()
                ? cursors.encode(new Cursors.Position(listing, end, "", end / PAGE_SIZE, expires)) : null;
        return new Slice<>(items.subList(start, end), new Records(items.size(), end - start, start / PAGE_SIZE, next));
    }
}
