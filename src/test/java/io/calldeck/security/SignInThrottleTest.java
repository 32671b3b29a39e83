package io.calldeck.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.calldeck.connector.TestConfigs;
import io.calldeck.store.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Failed sign-ins lock a user name after ten within five minutes, and a client address after thirty over any names;
 * a lock lasts a minute, a success clears the name's count. The counts in memory and in PostgreSQL (shared by every
 * server) behave alike.
 */
class SignInThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(5);
    private static final Duration LOCK = Duration.ofMinutes(1);

    static Stream<ThrottleCounts> counts() {
        TestDatabase.Opened pg = TestDatabase.POSTGRESQL.open(); // migrated, empty; skipped without PostgreSQL
        pg.close();
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(pg.url());
        source.setUser(pg.user());
        source.setPassword(pg.password());
        return Stream.of(new ThrottleCounts.InMemory(), new ThrottleCounts.Database(source));
    }

    @ParameterizedTest
    @MethodSource("counts")
    void theTenthFailureLocksForAMinuteAndAnOldWindowStartsAgain(ThrottleCounts counts) {
        String key = "user:admin-" + System.nanoTime();
        for (int i = 1; i < 10; i++) {
            assertThat(counts.fail(key, NOW.plusSeconds(i), WINDOW, 10, LOCK)).isFalse();
            assertThat(counts.lockedUntil(key, NOW.plusSeconds(i))).isEmpty();
        }
        assertThat(counts.fail(key, NOW.plusSeconds(10), WINDOW, 10, LOCK)).as("the tenth").isTrue();
        assertThat(counts.lockedUntil(key, NOW.plusSeconds(11))).contains(NOW.plusSeconds(70));
        assertThat(counts.lockedUntil(key, NOW.plusSeconds(71))).as("after the minute").isEmpty();

        counts.clear(key);
        assertThat(counts.lockedUntil(key, NOW.plusSeconds(12))).as("a success clears it").isEmpty();
        for (int i = 0; i < 9; i++) {
            counts.fail(key, NOW.plusSeconds(i), WINDOW, 10, LOCK);
        }
        assertThat(counts.fail(key, NOW.plus(WINDOW).plusSeconds(5), WINDOW, 10, LOCK))
                .as("failures older than the window no longer count").isFalse();
        assertThat(counts.lockedUntil(key, NOW.plus(WINDOW).plusSeconds(6))).isEmpty();
    }

    private static SignInThrottle throttle() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:throttle-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection ignored = DriverManager.getConnection(h2.getURL())) {
            // an H2 store: counts in memory
        }
        SignInThrottle throttle = new SignInThrottle();
        throttle.config = TestConfigs.of(Map.of());
        throttle.dataSource = h2;
        throttle.configure();
        return throttle;
    }

    @Test
    void aNameIsLockedAfterTenFailuresAndASuccessClearsIt() throws Exception {
        SignInThrottle throttle = throttle();
        for (int i = 0; i < 9; i++) {
            throttle.failed("admin", "10.0.0." + i);
        }
        throttle.succeeded("admin");
        for (int i = 0; i < 9; i++) {
            throttle.failed("Admin ", "10.0.1." + i);
        }
        assertThat(throttle.lockedFor("admin", "10.0.2.1")).as("nine since the success").isEmpty();
        throttle.failed("admin", "10.0.1.9");
        assertThat(throttle.lockedFor("admin", "10.0.2.1")).hasValueSatisfying(d ->
                assertThat(d).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(60)));
        assertThat(throttle.lockedFor("viewer", "10.0.2.1")).as("other names are not").isEmpty();
    }

    @Test
    void anAddressIsLockedAfterThirtyFailuresOverAnyNames() throws Exception {
        SignInThrottle throttle = throttle();
        for (int i = 0; i < 29; i++) {
            throttle.failed("guess-" + i, "203.0.113.7");
        }
        assertThat(throttle.lockedFor("someone", "203.0.113.7")).isEmpty();
        throttle.failed("guess-29", "203.0.113.7");
        assertThat(throttle.lockedFor("someone", "203.0.113.7")).isPresent();
        assertThat(throttle.lockedFor("someone", "203.0.113.8")).as("other clients are not").isEmpty();
    }
}
