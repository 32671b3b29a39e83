package io.calldeck.sync;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Where a new store's first backfill starts when the Gong it reads knows better than
 * {@code calldeck.sync.backfill-days}: the sandbox serving recorded calls, which span months, names its earliest
 * call. An explicit {@code calldeck.sync.backfill-from} still wins.
 */
public interface BackfillStart {

    /** @return the start time of the Gong's earliest call, if the first backfill should reach back to it */
    Optional<OffsetDateTime> earliestCall();
}
