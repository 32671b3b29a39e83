package io.calldeck.ratelimit;

import io.calldeck.connector.GongConfig;
import io.calldeck.connector.SharedRateLimit;
import io.calldeck.store.GongIdentity;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/**
 * Gives the connector its {@link SharedRateLimit} when several CallDeck servers can share one Gong budget: the store is
 * PostgreSQL, CallDeck talks to a configured Gong (not its embedded sandbox, which each server has to itself) and
 * {@value #SHARED} is not {@code false}. Otherwise there is none, and each server's in-process budget is the whole
 * budget (the embedded H2 store is one server's).
 */
@ApplicationScoped
public class SharedRateLimitProducer {

    /** Whether the Gong rate limit is shared through a PostgreSQL store (default {@code true}). */
    public static final String SHARED = "gong.rate-limit.shared";
    /**
     * Added to Gong's one-second window, as the in-process budget adds 30 ms: both hold a request's place until its
     * answer, so the margin only absorbs the difference between when the answer is recorded and when Gong counted.
     */
    private static final Duration MARGIN = Duration.ofMillis(30);
    private static final Logger LOG = Logger.getLogger(SharedRateLimitProducer.class.getName());

    @Resource(lookup = "jdbc/calldeck-shared")
    DataSource nonTransactional;

    @Inject
    GongIdentity gong;

    @Inject
    GongConfig gongConfig;

    @Inject
    Config config;

    /**
     * @return the rate limit shared through the PostgreSQL store, or {@code null} when this server's budget is the
     *         whole budget
     * @throws IllegalStateException when the store cannot be reached to set the shared limit up
     */
    @Produces
    @Dependent
    SharedRateLimit sharedRateLimit() {
        if (!config.getOptionalValue(SHARED, Boolean.class).orElse(true)) {
            LOG.info(() -> SHARED + "=false: this server's Gong rate budget is not shared with other servers");
            return null;
        }
        if (gong.sandbox() || !postgres()) {
            return null;
        }
        return new PostgresRateLimit(nonTransactional, gong.fingerprint(), gongConfig.ratePerSecond(),
                gongConfig.ratePerDay(), MARGIN,
                gongConfig.connectTimeout().plus(gongConfig.readTimeout()),
                Clock.systemUTC());
    }

    private boolean postgres() {
        try (Connection connection = nonTransactional.getConnection()) {
            return connection.getMetaData().getURL().toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
        } catch (SQLException e) {
            throw new IllegalStateException("The store cannot be reached: " + e.getMessage(), e);
        }
    }
}
