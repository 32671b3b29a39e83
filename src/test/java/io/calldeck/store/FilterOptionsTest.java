package io.calldeck.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.calldeck.store.entity.UserEntity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The filters' choices are read from the store at most once a minute, and read again after it. */
class FilterOptionsTest {

    /** A clock the test moves. */
    private static final class Moving extends Clock {
        private Instant now = Instant.parse("2026-11-01T12:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void theChoicesAreReadOnceAMinute() {
        AtomicInteger reads = new AtomicInteger();
        Directory queries = new Directory(null) {
            @Override
            public List<UserEntity> reps() {
                reads.incrementAndGet();
                return List.of(new UserEntity("1" + reads.get()));
            }

            @Override
            public List<String> systems() {
                reads.incrementAndGet();
                return List.of("Zoom" + reads.get());
            }
        };
        Moving clock = new Moving();
        FilterOptions options = new FilterOptions(queries, clock);

        assertThat(options.reps()).extracting(UserEntity::getId).containsExactly("11");
        assertThat(options.systems()).containsExactly("Zoom2");
        clock.now = clock.now.plus(FilterOptions.FRESH_FOR).minusSeconds(1);
        assertThat(options.reps()).extracting(UserEntity::getId).containsExactly("11");
        assertThat(options.systems()).containsExactly("Zoom2");
        assertThat(reads).hasValue(2);

        clock.now = clock.now.plus(Duration.ofSeconds(1));
        assertThat(options.reps()).extracting(UserEntity::getId).containsExactly("13");
        assertThat(options.systems()).containsExactly("Zoom4");
    }
}
