package io.calldeck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.calldeck.connector.RequestPriority;
import io.calldeck.connector.SharedRateLimit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two {@link PostgresRateLimit}s on one PostgreSQL database behave as the two servers they stand for: one budget
 * between them. What is checked is where the places fall (never four in a second, the daily count, the pause, who goes
 * first), not how long anything took.
 */
class PostgresRateLimitTest {

    private static final String KEY = "access-key:sha256:test";
    private TestDatabase.Opened db;
    private PGSimpleDataSource dataSource;

    @BeforeEach
    void open() {
        db = TestDatabase.POSTGRESQL.open();
        dataSource = new PGSimpleDataSource();
        dataSource.setUrl(db.url());
        dataSource.setUser(db.user());
        dataSource.setPassword(db.password());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private PostgresRateLimit server(int perSecond, int perDay) {
        return new PostgresRateLimit(dataSource, KEY, perSecond, perDay, Duration.ofMillis(30), Clock.systemUTC());
    }

    @Test
    void twoServersSendingAsFastAsTheyCanNeverPutMoreThanTheLimitInOneSecond() throws Exception {
        int perSecond = 10;
        List<PostgresRateLimit> servers = List.of(server(perSecond, 10_000), server(perSecond, 10_000));
        List<Long> taken = Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            SharedRateLimit limit = servers.get(t % 2);
            done.add(threads.submit(() -> {
                for (int i = 0; i < 6; i++) {
                    limit.acquire(RequestPriority.BACKGROUND, null);
                    taken.add(System.nanoTime());
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        threads.shutdown();
        List<Long> sorted = taken.stream().sorted().toList();
        assertThat(sorted).hasSize(24);
        for (int i = 0; i + perSecond < sorted.size(); i++) {
            assertThat(Duration.ofNanos(sorted.get(i + perSecond) - sorted.get(i)))
                    .as("requests %d to %d of both servers", i + 1, i + perSecond + 1)
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
    }

    @Test
    void anInteractiveRequestOfOneServerGoesAheadOfTheOtherServersBackgroundRequests() throws Exception {
        PostgresRateLimit syncing = server(10, 10_000);
        PostgresRateLimit serving = server(10, 10_000);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger background = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(3);
        for (int t = 0; t < 3; t++) {
            threads.submit(() -> {
                while (!stop.get()) {
                    syncing.acquire(RequestPriority.BACKGROUND, null);
                    background.incrementAndGet();
                }
                return null;
            });
        }
        try {
            while (background.get() < 3) {
                Thread.sleep(20);
            }
            for (int round = 0; round < 3; round++) {
                int before = background.get();
                serving.acquire(RequestPriority.INTERACTIVE, Duration.ofSeconds(5));
                assertThat(background.get() - before).as("background places taken while interactive %d waited", round)
                        .isLessThanOrEqualTo(1);
            }
        } finally {
            stop.set(true);
            threads.shutdown();
            threads.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aRetryAfterSeenByOneServerHoldsBackTheOther() throws Exception {
        PostgresRateLimit first = server(3, 10_000);
        PostgresRateLimit second = server(3, 10_000);
        Instant until = Instant.now().plusMillis(1500);
        first.pause(until);
        assertThat(second.pausedUntil()).hasValueSatisfying(p -> assertThat(p).isCloseTo(until,
                org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS)));
        assertThatThrownBy(() -> second.acquire(RequestPriority.INTERACTIVE, Duration.ofMillis(200)))
                .isInstanceOf(SharedRateLimit.WaitTooLongException.class).hasMessageContaining("Retry-After");
        second.acquire(RequestPriority.BACKGROUND, null);
        assertThat(Instant.now()).as("the background request went after the pause").isAfterOrEqualTo(until);
        first.pause(Instant.now().minusSeconds(10));
        assertThat(second.pausedUntil()).as("an earlier pause never shortens a later one")
                .hasValueSatisfying(p -> assertThat(p).isCloseTo(until,
                        org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS)));
    }

    @Test
    void theDailyLimitIsCountedForBothServersTogether() throws Exception {
        PostgresRateLimit first = server(1000, 5);
        PostgresRateLimit second = server(1000, 5);
        for (int i = 0; i < 5; i++) {
            (i % 2 == 0 ? first : second).acquire(RequestPriority.INTERACTIVE, Duration.ofSeconds(5));
        }
        assertThatThrownBy(() -> second.acquire(RequestPriority.INTERACTIVE, Duration.ofSeconds(5)))
                .isInstanceOf(SharedRateLimit.WaitTooLongException.class)
                .hasMessageContaining("daily limit of 5 requests");
        assertThatThrownBy(() -> first.acquire(RequestPriority.BACKGROUND, Duration.ofSeconds(1)))
                .isInstanceOf(SharedRateLimit.WaitTooLongException.class);
    }

    @Test
    void aServerStartedWithOtherLimitsReplacesThemForAll() throws Exception {
        server(3, 10_000).acquire(RequestPriority.BACKGROUND, null);
        PostgresRateLimit slower = server(1, 10_000);
        assertThat(slower.spacing()).isEqualTo(Duration.ofMillis(1030));
        PostgresRateLimit again = server(1, 10_000);
        long started = System.nanoTime();
        slower.acquire(RequestPriority.BACKGROUND, null);
        again.acquire(RequestPriority.BACKGROUND, null);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("two places one spacing of 1,030 ms apart")
                .isGreaterThanOrEqualTo(Duration.ofMillis(1000));
    }
}
