package io.calldeck.connector.paging;

import io.calldeck.connector.model.Page;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Follows Gong's cursor paging lazily: the first page is fetched when the stream is first pulled, each next
 * page only when the previous one is used up, and paging ends when a page carries no
 * {@code records.cursor}. The streams are sequential and single-use; errors reach the consumer as the
 * connector's unchecked exceptions.
 */
public final class CursorPager {

    private CursorPager() {
    }

    /**
     * @param fetch fetches the page for a cursor ({@code null} for the first page)
     * @param <P>   the page type
     * @return the pages in order, fetched lazily
     */
    public static <P extends Page<?>> Stream<P> pages(Function<String, P> fetch) {
        Iterator<P> iterator = new PageIterator<>(fetch);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /**
     * @param fetch fetches the page for a cursor ({@code null} for the first page)
     * @param <T>   the item type
     * @param <P>   the page type
     * @return every item of every page in order, pages fetched lazily
     */
    public static <T, P extends Page<T>> Stream<T> items(Function<String, P> fetch) {
        return pages(fetch).flatMap(page -> page.items().stream());
    }

    private static final class PageIterator<P extends Page<?>> implements Iterator<P> {
        private final Function<String, P> fetch;
        private String cursor;
        private boolean started;
        private boolean finished;

        PageIterator(Function<String, P> fetch) {
            this.fetch = fetch;
        }

        @Override
        public boolean hasNext() {
            return !finished;
        }

        @Override
        public P next() {
            if (finished) {
                throw new NoSuchElementException("no more pages");
            }
            if (started && cursor == null) {
                finished = true;
                throw new NoSuchElementException("no more pages");
            }
            started = true;
            P page = fetch.apply(cursor);
            cursor = page.nextCursor();
            if (cursor == null) {
                finished = true;
            }
            return page;
        }
    }
}
