package io.calldeck.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/**
 * Failed sign-ins are throttled, for the sign-in form and for HTTP Basic on {@code /api} alike: after
 * {@value #MAX_FAILURES} failures for one user name within {@value #WINDOW}, further attempts for that name are
 * refused for {@value #LOCK} without checking the password; a successful sign-in clears the name's count. One client
 * address is throttled the same way after {@value #MAX_FAILURES_PER_ADDRESS} failures over any names, so that a client
 * can neither lock everyone out by cycling names nor spend the server's CPU on password hashes. (Behind a proxy, the
 * client address is the one the trusted proxy forwards: {@code calldeck.trusted-proxies} in {@code server.xml}.)
 *
 * <p>The counts live in this server's memory, or in the store's {@code sign_in_throttle} table when the store is
 * PostgreSQL, where several servers share them.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Failures for one user name before it is locked (default 10). */
    public static final String MAX_FAILURES = "calldeck.auth.throttle.max-failures";
    /** Failures from one client address, over any names, before it is locked (default 30). */
    public static final String MAX_FAILURES_PER_ADDRESS = "calldeck.auth.throttle.max-failures-per-address";
    /** Seconds over which failures are counted (default 300). */
    public static final String WINDOW = "calldeck.auth.throttle.window-seconds";
    /** Seconds a locked name or address is refused (default 60). */
    public static final String LOCK = "calldeck.auth.throttle.lock-seconds";

    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());

    @Inject
    Config config;

    @Resource(lookup = "jdbc/calldeck")
    DataSource dataSource;

    private ThrottleCounts counts;
    private int maxFailures;
    private int maxFailuresPerAddress;
    private Duration window;
    private Duration lock;
    private final Clock clock = Clock.systemUTC();

    @PostConstruct
    void configure() {
        maxFailures = positive(MAX_FAILURES, 10);
        maxFailuresPerAddress = positive(MAX_FAILURES_PER_ADDRESS, 30);
        window = Duration.ofSeconds(positive(WINDOW, 300));
        lock = Duration.ofSeconds(positive(LOCK, 60));
        counts = postgres(dataSource) ? new ThrottleCounts.Database(dataSource) : new ThrottleCounts.InMemory();
        LOG.info(() -> "Sign-in throttle: " + maxFailures + " failures per user name, " + maxFailuresPerAddress
                + " per client address, within " + window.toSeconds() + " s, lock " + lock.toSeconds() + " s; counts "
                + (counts instanceof ThrottleCounts.Database ? "in the shared PostgreSQL store" : "in this server"));
    }

    /**
     * @param dataSource the store
     * @return whether the store is PostgreSQL, which several servers may share (the embedded H2 is one server's)
     * @throws IllegalStateException when the store cannot be reached
     */
    static boolean postgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL().toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
        } catch (SQLException e) {
            throw new IllegalStateException("The store cannot be reached: " + e.getMessage(), e);
        }
    }

    private int positive(String key, int defaultValue) {
        int value = config.getOptionalValue(key, Integer.class).orElse(defaultValue);
        if (value <= 0) {
            throw new IllegalArgumentException(key + " must be positive, got: " + value);
        }
        return value;
    }

    /**
     * @param user    the user name tried (as typed)
     * @param address the client's address
     * @return how long the name or the address stays locked, when it is: then the attempt is refused unchecked
     */
    public Optional<Duration> lockedFor(String user, String address) {
        Instant now = clock.instant();
        Optional<Instant> until = later(counts.lockedUntil(userKey(user), now), counts.lockedUntil(addressKey(address), now));
        return until.map(u -> Duration.between(now, u)).filter(d -> !d.isNegative() && !d.isZero());
    }

    /**
     * Counts a failed sign-in for the name and the address, locking either when it reaches its limit.
     *
     * @param user    the user name tried
     * @param address the client's address
     */
    public void failed(String user, String address) {
        Instant now = clock.instant();
        if (counts.fail(userKey(user), now, window, maxFailures, lock)) {
            // The name stays out of the log: people type passwords into the user name field.
            LOG.warning(() -> "Sign-in for a user name is locked for " + lock.toSeconds() + " s after " + maxFailures
                    + " failures");
        }
        if (counts.fail(addressKey(address), now, window, maxFailuresPerAddress, lock)) {
            LOG.warning(() -> "Sign-in from " + address + " is locked for " + lock.toSeconds() + " s after "
                    + maxFailuresPerAddress + " failures");
        }
    }

    /** @param user a user name that just signed in: its failures are forgotten */
    public void succeeded(String user) {
        counts.clear(userKey(user));
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().isAfter(b.get()) ? a : b;
    }

    private static String userKey(String user) {
        String name = user == null ? "" : user.trim().toLowerCase(Locale.ROOT);
        return "user:" + (name.length() > 200 ? name.substring(0, 200) : name);
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
