package io.calldeck.ratelimit;

import io.calldeck.connector.RequestPriority;
import io.calldeck.connector.SharedRateLimit;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Gong's rate limit for every CallDeck server on one PostgreSQL store: a one-second window of request places in table
 * {@code gong_rate_window}, a Bucket4j bucket per Gong credential for the daily limit in table {@code gong_rate_limit},
 * and the pause after Gong's 429 in table {@code gong_rate_pause}, which every server reads before each request.
 *
 * <p><b>The window.</b> At most {@code perSecond} places in any window of one second plus the margin, whichever server
 * took them. A place holds until its request is answered: while in flight it counts as now, once answered it counts
 * from the answer (the latest moment Gong can have counted the request), exactly as the in-process budget does. So a
 * request that arrives at Gong late still cannot be the fourth of a second, however the servers' networks and loads
 * differ. All times are the database's clock ({@code clock_timestamp()}), so the servers' clocks do not matter. A
 * place whose server died before its answer stops counting {@code longestRequest} after it was taken. Each place is
 * taken under a transaction-scoped advisory lock per credential, so two servers never count the same free place.
 *
 * <p><b>Who goes first.</b> An interactive request that has to wait registers in {@code gong_rate_waiting}; while any
 * interactive request of any server waits, background requests take no place. Places are looked for again when the
 * window's oldest place leaves it, or every {@value #POLL_MILLIS} ms while places in flight fill it.
 *
 * <p><b>The day.</b> {@code perDay} requests per UTC day, refilled at midnight UTC, counted by Bucket4j (a token bucket
 * fits a daily count; it cannot hold a place until an answer, which is why the window is not one). A place given back
 * ({@link Place#cancel()}: nothing was sent) gives its request of the day back too, as the in-process budget does.
 *
 * <p>Each request costs one transaction for its place (lock, read, insert, two prunes), one for the daily
 * count, one query for the pause, and one update when it is answered: 12 round trips, 4–8 ms at the median on a local
 * PostgreSQL against Gong's 333 ms between requests (BENCHMARKS.md, section 6). Every server should run with the same
 * {@code gong.rate-limit.per-second} and {@code …per-day}: each counts the shared window against its own
 * {@code perSecond}, and a server that starts with another {@code perDay} replaces the bucket's for all of them.
 */
public final class PostgresRateLimit implements SharedRateLimit {

    private static final Logger LOG = Logger.getLogger(PostgresRateLimit.class.getName());
    /** Longest single sleep of a waiting background request before it looks at the pause and the bucket again. */
    private static final Duration LOOK_AGAIN = Duration.ofSeconds(1);
    /** How often a waiting request looks again while requests in flight fill the window. */
    static final long POLL_MILLIS = 20;
    /** An interactive request's registration as waiting counts for this long after it last looked. */
    private static final Duration WAITING_FRESH = Duration.ofSeconds(2);

    private final DataSource dataSource;
    private final String key;
    private final long lockId;
    private final BucketProxy day;
    private final int perSecond;
    private final Duration window;
    private final Duration longestRequest;
    private final int perDay;
    private final Clock clock;

    /**
     * @param dataSource     a data source of the PostgreSQL store whose connections are not enlisted in JTA
     *                       transactions (each place commits its own)
     * @param key            the Gong credential's fingerprint (never a secret): one budget per Gong company
     * @param perSecond      requests per second Gong allows ({@code gong.rate-limit.per-second})
     * @param perDay         requests per UTC day Gong allows ({@code gong.rate-limit.per-day})
     * @param margin         added to the one-second window for jitter between the servers and Gong
     * @param longestRequest how long a place of a request never answered (its server died) counts: at least the
     *                       longest a request may take (connect plus read timeout)
     * @param clock          the clock (UTC) for the pause
     * @throws IllegalArgumentException when a limit is not positive or the key is blank
     * @throws IllegalStateException    when the store cannot be reached to set the daily bucket up
     */
    public PostgresRateLimit(DataSource dataSource, String key, int perSecond, int perDay, Duration margin,
                             Duration longestRequest, Clock clock) {
        if (perSecond < 1 || perDay < 1) {
            throw new IllegalArgumentException("perSecond and perDay must be positive, got " + perSecond + " and "
                    + perDay);
        }
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("key must name the Gong credential");
        }
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.key = key;
        this.lockId = lockId(key);
        this.perSecond = perSecond;
        this.perDay = perDay;
        this.window = Duration.ofSeconds(1).plus(margin);
        this.longestRequest = Objects.requireNonNull(longestRequest, "longestRequest");
        this.clock = clock;
        Instant midnight = LocalDate.now(Clock.systemUTC()).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perDay).refillIntervallyAligned(perDay, Duration.ofDays(1), midnight)
                        .id("day"))
                .build();
        ProxyManager<String> buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("gong_rate_limit").idColumn("id").stateColumn("state")
                .build();
        this.day = buckets.builder().build(key, () -> configuration);
        try {
            Optional<BucketConfiguration> stored = buckets.getProxyConfiguration(key);
            if (stored.isPresent() && !sameLimits(stored.get(), configuration)) {
                LOG.warning(() -> "The shared Gong daily limit had other limits than this server's ("
                        + describe(stored.get()) + "); replacing them with " + perDay
                        + "/day for every server on this store");
                // ADDITIVE: what today already used stays used, within the new limit.
                day.replaceConfiguration(configuration, TokensInheritanceStrategy.ADDITIVE);
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException("The shared Gong rate limit cannot be set up in the store: "
                    + e.getMessage(), e);
        }
        LOG.info(() -> "Gong rate limit shared by every server on this PostgreSQL store: " + perSecond
                + " requests in any " + window.toMillis() + " ms, each counted until its answer, " + perDay
                + " per UTC day");
    }

    /** The advisory lock of one credential's window: the first 8 bytes of a SHA-256 of its key. */
    private static long lockId(String key) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("calldeck gong_rate_window " + key).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.nio.ByteBuffer.wrap(hash).getLong();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static boolean sameLimits(BucketConfiguration a, BucketConfiguration b) {
        if (a.getBandwidths().length != b.getBandwidths().length) {
            return false;
        }
        for (int i = 0; i < a.getBandwidths().length; i++) {
            if (a.getBandwidths()[i].getCapacity() != b.getBandwidths()[i].getCapacity()
                    || a.getBandwidths()[i].getRefillPeriodNanos() != b.getBandwidths()[i].getRefillPeriodNanos()
                    || a.getBandwidths()[i].getRefillTokens() != b.getBandwidths()[i].getRefillTokens()) {
                return false;
            }
        }
        return true;
    }

    private static String describe(BucketConfiguration configuration) {
        StringBuilder text = new StringBuilder();
        for (var bandwidth : configuration.getBandwidths()) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(bandwidth.getRefillTokens()).append(" per ")
                    .append(TimeUnit.NANOSECONDS.toMillis(bandwidth.getRefillPeriodNanos())).append(" ms");
        }
        return text.toString();
    }

    /** @return the window a place counts in: one second plus the margin */
    public Duration window() {
        return window;
    }

    @Override
    public Place acquire(RequestPriority priority, Duration maxWait)
            throws WaitTooLongException, InterruptedException {
        long started = System.nanoTime();
        String waiter = null;
        try {
            while (true) {
                Duration waited = Duration.ofNanos(System.nanoTime() - started);
                Duration left = maxWait == null ? null : maxWait.minus(waited);
                Instant now = clock.instant();
                Optional<Instant> paused = pausedUntil().filter(until -> until.isAfter(now));
                if (paused.isPresent()) {
                    Duration pause = Duration.between(now, paused.get());
                    if (left != null && pause.compareTo(left) > 0) {
                        throw new WaitTooLongException(pause, "Gong rate limit reached: every server holds back until "
                                + paused.get() + " (Gong's Retry-After)");
                    }
                    TimeUnit.NANOSECONDS.sleep(pause.toNanos());
                    continue;
                }
                if (priority == RequestPriority.INTERACTIVE && waiter == null) {
                    waiter = java.util.UUID.randomUUID().toString();
                }
                Attempt attempt = tryTake(waiter);
                if (attempt.place() != null) {
                    Duration dayWait = takeDay(attempt.place(), left);
                    if (dayWait == null) {
                        return attempt.place().waitedSince(started);
                    }
                    TimeUnit.NANOSECONDS.sleep(Math.min(dayWait.toNanos(), LOOK_AGAIN.toNanos()));
                    continue;
                }
                Duration needed = attempt.needed();
                if (left != null && needed.compareTo(left) > 0) {
                    throw new WaitTooLongException(needed, "Gong rate limit reached (shared by every server)");
                }
                long pollNanos = TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS);
                long sleep = attempt.known() ? Math.max(needed.toNanos(), pollNanos / 4) : pollNanos;
                TimeUnit.NANOSECONDS.sleep(Math.min(sleep, LOOK_AGAIN.toNanos()));
            }
        } finally {
            if (waiter != null) {
                stopWaiting(waiter);
            }
        }
    }

    /**
     * The daily count, once a place in the window is taken. When the day is used up, the place is given back.
     *
     * @return {@code null} when the day has room; otherwise how long until it has (the caller sleeps and looks again)
     * @throws WaitTooLongException when the day has no room within the caller's bound
     */
    private Duration takeDay(WindowPlace place, Duration left) throws WaitTooLongException {
        ConsumptionProbe probe = day.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            place.countedToday = true;
            return null;
        }
        place.cancel();
        Duration needed = Duration.ofNanos(probe.getNanosToWaitForRefill());
        if (left != null && needed.compareTo(left) > 0) {
            throw new WaitTooLongException(needed, "Gong's daily limit of " + perDay
                    + " requests, shared by every server, is used up");
        }
        return needed;
    }

    /** What one look at the window found: a place taken, or how long until one may be free. */
    private record Attempt(WindowPlace place, Duration needed, boolean known) {
    }

    /**
     * One transaction: the credential's advisory lock, the window's last {@code perSecond} places, and either a new
     * place or (for an interactive request) its registration as waiting.
     */
    private Attempt tryTake(String waiter) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Timestamp now;
                try (PreparedStatement lock = connection.prepareStatement(
                        "SELECT pg_advisory_xact_lock(?), clock_timestamp()")) {
                    lock.setLong(1, lockId);
                    try (ResultSet row = lock.executeQuery()) {
                        row.next();
                        now = row.getTimestamp(2);
                    }
                }
                Instant at = now.toInstant();
                if (waiter == null && interactiveWaiting(connection, now)) {
                    connection.commit();
                    return new Attempt(null, Duration.ofMillis(POLL_MILLIS), false);
                }
                List<Instant> counted = lastPlaces(connection, now);
                if (counted.size() >= perSecond) {
                    Instant oldest = counted.get(counted.size() - 1);
                    if (waiter != null) {
                        registerWaiting(connection, waiter, now);
                    }
                    connection.commit();
                    boolean inFlight = !oldest.isBefore(at);
                    return new Attempt(null, inFlight ? Duration.ofMillis(POLL_MILLIS)
                            : Duration.between(at, oldest.plus(window)), !inFlight);
                }
                long id;
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO gong_rate_window"
                        + " (credential, taken_at) VALUES (?, ?) RETURNING id")) {
                    insert.setString(1, key);
                    insert.setTimestamp(2, now);
                    try (ResultSet row = insert.executeQuery()) {
                        row.next();
                        id = row.getLong(1);
                    }
                }
                try (PreparedStatement prune = connection.prepareStatement("DELETE FROM gong_rate_window"
                        + " WHERE credential = ? AND (answered_at < ? OR taken_at < ?)")) {
                    prune.setString(1, key);
                    prune.setTimestamp(2, Timestamp.from(at.minus(window)));
                    prune.setTimestamp(3, Timestamp.from(at.minus(longestRequest).minus(window)));
                    prune.executeUpdate();
                }
                try (PreparedStatement prune = connection.prepareStatement(
                        "DELETE FROM gong_rate_waiting WHERE credential = ? AND seen_at < ?")) {
                    prune.setString(1, key);
                    prune.setTimestamp(2, Timestamp.from(at.minus(WAITING_FRESH)));
                    prune.executeUpdate();
                }
                connection.commit();
                return new Attempt(new WindowPlace(id, System.nanoTime()), Duration.ZERO, true);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true); // as the pool gave it
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The shared Gong rate limit cannot be read from the store: "
                    + e.getMessage(), e);
        }
    }

    /**
     * @return when each of the window's last {@code perSecond} places counts, latest first: its answer, or now while
     *         in flight (until {@code longestRequest} after it was taken)
     */
    private List<Instant> lastPlaces(Connection connection, Timestamp now) throws SQLException {
        Instant at = now.toInstant();
        try (PreparedStatement select = connection.prepareStatement("SELECT taken_at, answered_at"
                + " FROM gong_rate_window WHERE credential = ? AND (answered_at IS NULL OR answered_at > ?)")) {
            select.setString(1, key);
            select.setTimestamp(2, Timestamp.from(at.minus(window)));
            List<Instant> counted = new java.util.ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Timestamp answered = rows.getTimestamp(2);
                    Instant taken = rows.getTimestamp(1).toInstant();
                    Instant when = answered != null ? answered.toInstant()
                            : taken.plus(longestRequest).isBefore(at) ? taken.plus(longestRequest) : at;
                    if (when.plus(window).isAfter(at)) {
                        counted.add(when);
                    }
                }
            }
            counted.sort(java.util.Comparator.reverseOrder());
            return counted.size() > perSecond ? counted.subList(0, perSecond) : counted;
        }
    }

    private boolean interactiveWaiting(Connection connection, Timestamp now) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM gong_rate_waiting WHERE credential = ? AND seen_at > ? LIMIT 1")) {
            select.setString(1, key);
            select.setTimestamp(2, Timestamp.from(now.toInstant().minus(WAITING_FRESH)));
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private void registerWaiting(Connection connection, String waiter, Timestamp now) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO gong_rate_waiting"
                + " (waiter, credential, seen_at) VALUES (?, ?, ?)"
                + " ON CONFLICT (waiter) DO UPDATE SET seen_at = EXCLUDED.seen_at")) {
            upsert.setString(1, waiter);
            upsert.setString(2, key);
            upsert.setTimestamp(3, now);
            upsert.executeUpdate();
        }
    }

    private void stopWaiting(String waiter) {
        update("DELETE FROM gong_rate_waiting WHERE waiter = ?", statement -> statement.setString(1, waiter),
                "an interactive request's wait");
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Runs one statement in its own transaction; a failure is logged (the place then counts until its bound). */
    private void update(String sql, Binder binder, String what) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            statement.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "The end of " + what + " could not be recorded in the shared"
                    + " Gong rate limit (it counts until " + longestRequest.toSeconds() + " s after it began): "
                    + e.getMessage(), e);
        }
    }

    /**
     * A place in {@code gong_rate_window}, ended once. Package-private so that tests can tell places apart by
     * {@link #id()}.
     */
    final class WindowPlace implements Place {
        private final long id;
        private final long takenNanos;
        private Duration waited = Duration.ZERO;
        /** Whether the place took one of the day's requests (given back with the place when nothing was sent). */
        private volatile boolean countedToday;
        private final java.util.concurrent.atomic.AtomicBoolean ended = new java.util.concurrent.atomic.AtomicBoolean();

        WindowPlace(long id, long takenNanos) {
            this.id = id;
            this.takenNanos = takenNanos;
        }

        /** @return the place's row id: ids grow in the order places were taken, under the credential's lock */
        long id() {
            return id;
        }

        WindowPlace waitedSince(long startedNanos) {
            waited = Duration.ofNanos(takenNanos - startedNanos);
            return this;
        }

        @Override
        public Duration waited() {
            return waited;
        }

        @Override
        public void answered() {
            if (ended.compareAndSet(false, true)) {
                update("UPDATE gong_rate_window SET answered_at = clock_timestamp() WHERE id = ?",
                        statement -> statement.setLong(1, id), "a request's place");
            }
        }

        @Override
        public void released() {
            if (ended.compareAndSet(false, true)) {
                update("UPDATE gong_rate_window SET answered_at = taken_at WHERE id = ?",
                        statement -> statement.setLong(1, id), "an upload's place");
            }
        }

        @Override
        public void cancel() {
            if (ended.compareAndSet(false, true)) {
                update("DELETE FROM gong_rate_window WHERE id = ?", statement -> statement.setLong(1, id),
                        "a place given back");
                if (countedToday) {
                    try {
                        day.addTokens(1);
                    } catch (RuntimeException e) {
                        LOG.log(java.util.logging.Level.WARNING, "A request not sent still counts in today's shared"
                                + " Gong limit: the store did not take it back: " + e.getMessage(), e);
                    }
                }
            }
        }

        @Override
        public String toString() {
            return "place " + id + " in the shared Gong window";
        }
    }

    @Override
    public void pause(Instant until) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("INSERT INTO gong_rate_pause (id, paused_until)"
                     + " VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET paused_until ="
                     + " GREATEST(gong_rate_pause.paused_until, EXCLUDED.paused_until)")) {
            upsert.setString(1, key);
            upsert.setTimestamp(2, Timestamp.from(until));
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Gong's Retry-After cannot be shared through the store: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Instant> pausedUntil() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT paused_until FROM gong_rate_pause WHERE id = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getTimestamp(1).toInstant()) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The shared Gong pause cannot be read from the store: "
                    + e.getMessage(), e);
        }
    }

    /**
     * @return what Bucket4j's daily bucket (table {@code gong_rate_limit}) has handed out since 00:00 UTC, to every
     *         server
     * @throws RuntimeException when the store cannot be read
     */
    @Override
    public OptionalInt usedToday() {
        return OptionalInt.of((int) Math.max(0, perDay - day.getAvailableTokens()));
    }

    @Override
    public String toString() {
        return "PostgresRateLimit[" + key + ", " + perSecond + " in " + window.toMillis() + " ms, " + perDay + "/day]";
    }
}
