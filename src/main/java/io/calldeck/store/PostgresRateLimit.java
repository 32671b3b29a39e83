package io.calldeck.store;

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
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Gong's rate limit for every CallDeck server on one PostgreSQL store: one Bucket4j bucket per Gong credential in
 * table {@code gong_rate_limit}, whose row each request locks ({@code SELECT … FOR UPDATE}) to take its place, and the
 * pause after Gong's 429 in table {@code gong_rate_pause}, which every server reads before each request.
 *
 * <p>The bucket has two limits. Requests are spaced {@code (1000 ms + margin) / perSecond} apart, whichever server
 * sends them (a bucket of one token, refilled over that spacing), so that no one-second window at Gong ever holds more
 * than {@code perSecond} of them, even when the servers' clocks and networks differ by up to the margin's share of a
 * gap. And {@code perDay} requests per UTC day, refilled at midnight UTC. Interactive requests reserve the next free
 * place (one round trip) and wait for it; background requests only take a place that is free now, so they never take
 * one an interactive request of any server reserved.
 *
 * <p>Each request costs one query for the pause and one transaction for the bucket (select for update, update,
 * commit): a few milliseconds at most, against Gong's one request per 333 ms. Every server must run with the same
 * {@code gong.rate-limit.per-second} and {@code …per-day}: a server that starts with other values replaces the
 * bucket's for all of them.
 */
public final class PostgresRateLimit implements SharedRateLimit {

    private static final Logger LOG = Logger.getLogger(PostgresRateLimit.class.getName());
    /** Longest single sleep of a waiting background request before it looks at the pause and the bucket again. */
    private static final Duration LOOK_AGAIN = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final String key;
    private final BucketProxy bucket;
    private final Duration spacing;
    private final int perDay;
    private final Clock clock;

    /**
     * @param dataSource a data source of the PostgreSQL store whose connections are not enlisted in JTA transactions
     *                   (Bucket4j commits its own)
     * @param key        the Gong credential's fingerprint (never a secret): one budget per Gong company
     * @param perSecond  requests per second Gong allows ({@code gong.rate-limit.per-second})
     * @param perDay     requests per UTC day Gong allows ({@code gong.rate-limit.per-day})
     * @param margin     added to the one-second window for jitter between servers and Gong
     * @param clock      the clock (UTC) for the pause
     * @throws IllegalArgumentException when a limit is not positive or the key is blank
     * @throws IllegalStateException    when the store cannot be reached to set the bucket up
     */
    public PostgresRateLimit(DataSource dataSource, String key, int perSecond, int perDay, Duration margin,
                             Clock clock) {
        if (perSecond < 1 || perDay < 1) {
            throw new IllegalArgumentException("perSecond and perDay must be positive, got " + perSecond + " and "
                    + perDay);
        }
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("key must name the Gong credential");
        }
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.key = key;
        this.perDay = perDay;
        this.clock = clock;
        this.spacing = Duration.ofNanos(Duration.ofSeconds(1).plus(margin).toNanos() / perSecond);
        Instant midnight = LocalDate.now(Clock.systemUTC()).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(1).refillGreedy(1, spacing).id("spacing"))
                .addLimit(limit -> limit.capacity(perDay).refillIntervallyAligned(perDay, Duration.ofDays(1), midnight)
                        .id("day"))
                .build();
        ProxyManager<String> buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("gong_rate_limit").idColumn("id").stateColumn("state")
                .build();
        this.bucket = buckets.builder().build(key, () -> configuration);
        try {
            Optional<BucketConfiguration> stored = buckets.getProxyConfiguration(key);
            if (stored.isPresent() && !sameLimits(stored.get(), configuration)) {
                LOG.warning(() -> "The shared Gong rate limit had other limits than this server's ("
                        + describe(stored.get()) + "); replacing them with " + perSecond + "/s and " + perDay
                        + "/day for every server on this store");
                bucket.replaceConfiguration(configuration, TokensInheritanceStrategy.AS_IS);
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException("The shared Gong rate limit cannot be set up in the store: "
                    + e.getMessage(), e);
        }
        LOG.info(() -> "Gong rate limit shared by every server on this PostgreSQL store: one request every "
                + spacing.toMillis() + " ms, " + perDay + " per UTC day");
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

    /** @return the time between two requests of all servers together */
    public Duration spacing() {
        return spacing;
    }

    @Override
    public Duration acquire(RequestPriority priority, Duration maxWait)
            throws WaitTooLongException, InterruptedException {
        long started = System.nanoTime();
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
            if (priority == RequestPriority.INTERACTIVE) {
                Duration bound = left == null ? Duration.ofDays(2) : left.isNegative() ? Duration.ZERO : left;
                // Reserves the next free place, ahead of every background request, and waits for it.
                if (bucket.asBlocking().tryConsume(1, bound)) {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
                Duration needed = Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
                throw new WaitTooLongException(needed, reason(needed));
            }
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            if (probe.isConsumed()) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            Duration needed = Duration.ofNanos(probe.getNanosToWaitForRefill());
            if (left != null && needed.compareTo(left) > 0) {
                throw new WaitTooLongException(needed, reason(needed));
            }
            TimeUnit.NANOSECONDS.sleep(Math.min(needed.toNanos(), LOOK_AGAIN.toNanos()) + 1);
        }
    }

    private String reason(Duration needed) {
        return needed.compareTo(Duration.ofMinutes(1)) > 0
                ? "Gong's daily limit of " + perDay + " requests, shared by every server, is used up"
                : "Gong rate limit reached (shared by every server)";
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

    @Override
    public String toString() {
        return "PostgresRateLimit[" + key + ", every " + spacing.toMillis() + " ms, " + perDay + "/day]";
    }
}
