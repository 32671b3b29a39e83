package io.calldeck.store;

import io.calldeck.store.entity.UserEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * The choices of the dashboard's filters that come from the stored calls (the reps who host calls, the systems calls
 * were made with), read at most once a minute per server instead of on every page view: each is a scan of the calls
 * table, and a rep or system new to the store shows up within the minute.
 */
@ApplicationScoped
public class FilterOptions {

    /** How long a read of the options is used. */
    public static final Duration FRESH_FOR = Duration.ofMinutes(1);

    /** One read of an option list, and when it was made. */
    private record Read<T>(List<T> values, Instant at) {
    }

    @Inject
    Directory queries;

    private final Clock clock;
    private volatile Read<UserEntity> reps;
    private volatile Read<String> systems;

    /** For CDI. */
    public FilterOptions() {
        this.clock = Clock.systemUTC();
    }

    /**
     * @param queries the store's queries
     * @param clock   what "a minute" is measured with (tests)
     */
    public FilterOptions(Directory queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** @return {@link Directory#reps()}, at most a minute old; not to be changed */
    public List<UserEntity> reps() {
        Read<UserEntity> read = fresh(reps, queries::reps);
        reps = read;
        return read.values();
    }

    /** @return {@link Directory#systems()}, at most a minute old */
    public List<String> systems() {
        Read<String> read = fresh(systems, queries::systems);
        systems = read;
        return read.values();
    }

    private <T> Read<T> fresh(Read<T> last, Supplier<List<T>> query) {
        Instant now = clock.instant();
        if (last != null && last.at().plus(FRESH_FOR).isAfter(now)) {
            return last;
        }
        return new Read<>(List.copyOf(query.get()), now);
    }
}
