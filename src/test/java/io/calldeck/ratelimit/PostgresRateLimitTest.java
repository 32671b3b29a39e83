package io.calldeck.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.calldeck.connector.RequestPriority;
import io.calldeck.connector.SharedRateLimit;
import io.calldeck.store.TestDatabase;
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
        return new PostgresRateLimit(dataSource, KEY, perSecond, perDay, Duration.ofMillis(30), Duration.ofSeconds(10),
                Clock.systemUTC());
    }

    /** A request answered at once. */
    private static void send(SharedRateLimit limit, RequestPriority priority, Duration maxWait) throws Exception {
        limit.acquire(priority, maxWait).answered();
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
                    SharedRateLimit.Place place = limit.acquire(RequestPriority.BACKGROUND, null);
                    taken.add(System.nanoTime());
                    place.answered();
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
        // Places are told apart by their row ids, which grow in the order the places were taken under the
        // credential's lock; a client-side clock would count a place taken before the interactive request asked
        // but seen by its thread only after the daily count's round trip.
        List<Long> background = Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newFixedThreadPool(6);
        for (int t = 0; t < 6; t++) {
            threads.submit(() -> {
                while (!stop.get()) {
                    SharedRateLimit.Place place = syncing.acquire(RequestPriority.BACKGROUND, null);
                    background.add(((PostgresRateLimit.WindowPlace) place).id());
                    place.answered();
                }
                return null;
            });
        }
        try {
            while (background.size() < 10) {
                Thread.sleep(20);
            }
            for (int round = 0; round < 3; round++) {
                Thread.sleep(300);
                long lastBefore = lastPlaceId();
                SharedRateLimit.Place place = serving.acquire(RequestPriority.INTERACTIVE, Duration.ofSeconds(5));
                long granted = ((PostgresRateLimit.WindowPlace) place).id();
                place.answered();
                assertThat(place.waited()).as("round %d: the window was full, the interactive request waited", round)
                        .isGreaterThan(Duration.ofMillis(50));
                long ahead;
                synchronized (background) {
                    ahead = background.stream().filter(id -> id > lastBefore && id < granted).count();
                }
                // One place may fall between the look above and the interactive request's first look at the window.
                assertThat(ahead).as("background places taken while interactive %d waited", round)
                        .isLessThanOrEqualTo(1);
            }
        } finally {
            stop.set(true);
            threads.shutdown();
            threads.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /** @return the id of the last place taken so far, by any server */
    private long lastPlaceId() throws java.sql.SQLException {
        try (var connection = dataSource.getConnection();
                var row = connection.createStatement().executeQuery(
                        "SELECT coalesce(max(id), 0) FROM gong_rate_window")) {
            row.next();
            return row.getLong(1);
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
        send(second, RequestPriority.BACKGROUND, null);
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
            send(i % 2 == 0 ? first : second, RequestPriority.INTERACTIVE, Duration.ofSeconds(5));
        }
        assertThatThrownBy(() -> second.acquire(RequestPriority.INTERACTIVE, Duration.ofSeconds(5)))
                .isInstanceOf(SharedRateLimit.WaitTooLongException.class)
                .hasMessageContaining("daily limit of 5 requests");
        assertThatThrownBy(() -> first.acquire(RequestPriority.BACKGROUND, Duration.ofSeconds(1)))
                .isInstanceOf(SharedRateLimit.WaitTooLongException.class);
    }

    @Test
    void eachServerReportsTheRequestsEveryServerSentToday() throws Exception {
        PostgresRateLimit first = server(1000, 100);
        PostgresRateLimit second = server(1000, 100);
        assertThat(first.usedToday()).hasValue(0);
        for (int i = 0; i < 3; i++) {
            send(first, RequestPriority.BACKGROUND, null);
        }
        send(second, RequestPriority.INTERACTIVE, Duration.ofSeconds(5));
        second.acquire(RequestPriority.INTERACTIVE, Duration.ofSeconds(5)).cancel();
        assertThat(first.usedToday()).as("three sent by the first, one by the second, one given back").hasValue(4);
        assertThat(second.usedToday()).hasValue(4);
    }

    @Test
    void aRequestInFlightHoldsItsPlaceUntilItsAnswer() throws Exception {
        PostgresRateLimit first = server(3, 10_000);
        PostgresRateLimit second = server(3, 10_000);
        List<SharedRateLimit.Place> slow = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            slow.add(first.acquire(RequestPriority.BACKGROUND, null));
        }
        Thread.sleep(1500);
        assertThatThrownBy(() -> second.acquire(RequestPriority.INTERACTIVE, Duration.ofMillis(200)))
                .as("three requests still in flight fill the window, however long ago they left")
                .isInstanceOf(SharedRateLimit.WaitTooLongException.class);
        long answering = System.nanoTime();
        slow.forEach(SharedRateLimit.Place::answered);
        send(second, RequestPriority.BACKGROUND, null);
        assertThat(Duration.ofNanos(System.nanoTime() - answering))
                .as("the next place is one window after the answers, not after the departures")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aPlaceGivenBackOrReleasedFreesTheWindow() throws Exception {
        PostgresRateLimit first = server(2, 10_000);
        PostgresRateLimit second = server(2, 10_000);
        first.acquire(RequestPriority.BACKGROUND, null).cancel();
        SharedRateLimit.Place upload = first.acquire(RequestPriority.BACKGROUND, null);
        upload.released();
        SharedRateLimit.Place answered = second.acquire(RequestPriority.INTERACTIVE, Duration.ofMillis(200));
        assertThatThrownBy(() -> second.acquire(RequestPriority.INTERACTIVE, Duration.ofMillis(200)))
                .as("the released upload and the answered request fill a window of two; the cancelled one does not")
                .isInstanceOf(SharedRateLimit.WaitTooLongException.class);
        answered.answered();
    }

    @Test
    void aPlaceOfAServerThatDiedStopsCountingAfterTheLongestRequest() throws Exception {
        PostgresRateLimit died = new PostgresRateLimit(dataSource, KEY, 1, 10_000, Duration.ofMillis(30),
                Duration.ofMillis(500), Clock.systemUTC());
        died.acquire(RequestPriority.BACKGROUND, null);
        long started = System.nanoTime();
        died.acquire(RequestPriority.INTERACTIVE, Duration.ofSeconds(5)).answered();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the unanswered place counted 500 ms + 1,030 ms")
                .isGreaterThanOrEqualTo(Duration.ofMillis(1400)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void aServerStartedWithAnotherDailyLimitReplacesItForAll() throws Exception {
        PostgresRateLimit first = server(1000, 10_000);
        send(first, RequestPriority.BACKGROUND, null);
        PostgresRateLimit smaller = server(1000, 3);
        int sent = 0;
        try {
            while (sent < 10) {
                send(sent % 2 == 0 ? first : smaller, RequestPriority.INTERACTIVE, Duration.ofSeconds(1));
                sent++;
            }
        } catch (SharedRateLimit.WaitTooLongException e) {
            assertThat(e).hasMessageContaining("daily limit of 3 requests");
        }
        assertThat(sent).as("requests of both servers after the second started with 3 a day").isBetween(2, 3);
    }
}
