package io.calldeck.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The sign-in throttle's counts by key ({@code user:<name>}, {@code address:<ip>}): failures in a window that starts
 * with the first failure, and a lock once they reach the limit.
 */
interface ThrottleCounts {

    /**
     * @param key a name's or an address's key
     * @param now the time
     * @return until when it is locked, if it is
     */
    Optional<Instant> lockedUntil(String key, Instant now);

    /**
     * Counts one failure.
     *
     * @param key    the key
     * @param now    the time
     * @param window how long failures are counted from the first
     * @param limit  failures that lock it
     * @param lock   for how long
     * @return whether this failure locked it
     */
    boolean fail(String key, Instant now, Duration window, int limit, Duration lock);

    /** @param key the key, whose failures are forgotten */
    void clear(String key);

    /** In this server's memory: one server. */
    final class InMemory implements ThrottleCounts {
        private record Count(Instant windowStart, int failures, Instant lockedUntil) {
        }

        private final Map<String, Count> counts = new ConcurrentHashMap<>();

        @Override
        public Optional<Instant> lockedUntil(String key, Instant now) {
            Count count = counts.get(key);
            return count == null || count.lockedUntil() == null || !count.lockedUntil().isAfter(now) ? Optional.empty()
                    : Optional.of(count.lockedUntil());
        }

        @Override
        public boolean fail(String key, Instant now, Duration window, int limit, Duration lock) {
            boolean[] locked = {false};
            counts.compute(key, (k, old) -> {
                Count current = old == null || old.windowStart().plus(window).isBefore(now)
                        ? new Count(now, 0, old == null ? null : old.lockedUntil()) : old;
                int failures = current.failures() + 1;
                if (failures >= limit) {
                    locked[0] = failures == limit;
                    return new Count(current.windowStart(), failures, now.plus(lock));
                }
                return new Count(current.windowStart(), failures, current.lockedUntil());
            });
            if (counts.size() > 100_000) {
                counts.entrySet().removeIf(e -> e.getValue().windowStart().plus(window).isBefore(now)
                        && (e.getValue().lockedUntil() == null || e.getValue().lockedUntil().isBefore(now)));
            }
            return locked[0];
        }

        @Override
        public void clear(String key) {
            counts.remove(key);
        }
    }

    /**
     * In the store's {@code sign_in_throttle} table on PostgreSQL: every server sharing the store counts together.
     * Each failure is one upsert; each attempt one read.
     */
    final class Database implements ThrottleCounts {
        private final DataSource dataSource;

        Database(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public Optional<Instant> lockedUntil(String key, Instant now) {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement read = c.prepareStatement(
                         "SELECT locked_until FROM sign_in_throttle WHERE throttle_key = ? AND locked_until > ?")) {
                read.setString(1, key);
                read.setTimestamp(2, Timestamp.from(now));
                try (ResultSet row = read.executeQuery()) {
                    return row.next() ? Optional.of(row.getTimestamp(1).toInstant()) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("The sign-in throttle cannot read the store: " + e.getMessage(), e);
            }
        }

        @Override
        public boolean fail(String key, Instant now, Duration window, int limit, Duration lock) {
            // One statement: a window older than its length starts again; reaching the limit sets the lock.
            String sql = "INSERT INTO sign_in_throttle AS t (throttle_key, failures, window_start, locked_until)"
                    + " VALUES (?, 1, ?, CASE WHEN 1 >= ? THEN CAST(? AS TIMESTAMP WITH TIME ZONE) END)"
                    + " ON CONFLICT (throttle_key) DO UPDATE SET"
                    + " failures = CASE WHEN t.window_start < ? THEN 1 ELSE t.failures + 1 END,"
                    + " window_start = CASE WHEN t.window_start < ? THEN EXCLUDED.window_start ELSE t.window_start END,"
                    + " locked_until = CASE WHEN (CASE WHEN t.window_start < ? THEN 1 ELSE t.failures + 1 END) >= ?"
                    + " THEN EXCLUDED.window_start + (? * INTERVAL '1 second') ELSE t.locked_until END"
                    + " RETURNING failures";
            Timestamp at = Timestamp.from(now);
            Timestamp windowGone = Timestamp.from(now.minus(window));
            try (Connection c = dataSource.getConnection(); PreparedStatement upsert = c.prepareStatement(sql)) {
                upsert.setString(1, key);
                upsert.setTimestamp(2, at);
                upsert.setInt(3, limit);
                upsert.setTimestamp(4, Timestamp.from(now.plus(lock)));
                upsert.setTimestamp(5, windowGone);
                upsert.setTimestamp(6, windowGone);
                upsert.setTimestamp(7, windowGone);
                upsert.setInt(8, limit);
                upsert.setLong(9, lock.toSeconds());
                try (ResultSet row = upsert.executeQuery()) {
                    return row.next() && row.getInt(1) == limit;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("The sign-in throttle cannot write the store: " + e.getMessage(), e);
            }
        }

        @Override
        public void clear(String key) {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement delete = c.prepareStatement("DELETE FROM sign_in_throttle WHERE throttle_key = ?")) {
                delete.setString(1, key);
                delete.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("The sign-in throttle cannot write the store: " + e.getMessage(), e);
            }
        }
    }
}
