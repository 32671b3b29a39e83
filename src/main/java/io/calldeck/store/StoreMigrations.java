package io.calldeck.store;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date when the application starts, before anything reads it: Flyway applies the
 * migrations in {@code db/migration} (and {@code db/postgresql} on PostgreSQL, {@code db/h2} on H2) that a database
 * has not seen, so an upgrade never needs a hand-run script. It
 * migrates the configured store ({@code jdbc/calldeck}, which always holds CallDeck's sign-in users) and, when it is
 * another database (the sandbox's own), the {@link Store} too. A failure stops the application from starting.
 */
@ApplicationScoped
public class StoreMigrations {

    private static final Logger LOG = Logger.getLogger(StoreMigrations.class.getName());

    @Resource(lookup = "jdbc/calldeck")
    DataSource configured;

    @Inject
    @Store
    DataSource store;

    private volatile boolean migrated;

    void migrate(@Observes @jakarta.annotation.Priority(100) @Initialized(ApplicationScoped.class) Object event) {
        ensureMigrated();
    }

    /** Applies pending migrations once per start. */
    public synchronized void ensureMigrated() {
        if (migrated) {
            return;
        }
        migrate(configured, "jdbc/calldeck");
        if (!sameDatabase(configured, store)) {
            migrate(store, "jdbc/calldeck-sandbox");
        }
        migrated = true;
    }

    private static void migrate(DataSource dataSource, String name) {
        // db/migration and db/callback hold an empty flyway.location file: how Flyway finds classpath folders on
        // Liberty (there are no callbacks; the folder only keeps Flyway from logging an error).
        Flyway flyway = configure(Flyway.configure(StoreMigrations.class.getClassLoader()).dataSource(dataSource))
                .callbackLocations("classpath:db/callback").load();
        MigrateResult result = flyway.migrate();
        MigrationInfo current = flyway.info().current();
        if (current == null) {
            throw new IllegalStateException("No store migrations were found in classpath:db/migration; the store "
                    + "cannot be used");
        }
        LOG.info(() -> "Schema of " + name + " at version " + current.getVersion() + " on " + result.database + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }

    /**
     * Points a Flyway configuration at the store's migrations: the SQL ones of {@link #locations} and the Java ones
     * (registered here rather than found by scanning, which Liberty's class loaders do not offer).
     *
     * @param configuration a configuration with its data source set
     * @return the configuration
     * @throws IllegalStateException when the database cannot be reached
     */
    public static FluentConfiguration configure(FluentConfiguration configuration) {
        return configuration.locations(locations(configuration.getDataSource()))
                .javaMigrations(new V8_1__FillDailyRollups());
    }

    /**
     * @param dataSource a store's database
     * @return where its migrations are: {@code db/migration} for every database, then {@code db/postgresql} on
     *         PostgreSQL and {@code db/h2} on H2 (indexes only that database has, versioned between the shared ones)
     * @throws IllegalStateException when the database cannot be reached
     */
    public static String[] locations(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return "PostgreSQL".equals(product) ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                    : "H2".equals(product) ? new String[] {"classpath:db/migration", "classpath:db/h2"}
                    : new String[] {"classpath:db/migration"};
        } catch (SQLException e) {
            throw new IllegalStateException("The store's database cannot be reached: " + e.getMessage(), e);
        }
    }

    private static boolean sameDatabase(DataSource a, DataSource b) {
        try (Connection first = a.getConnection(); Connection second = b.getConnection()) {
            return first.getMetaData().getURL().equals(second.getMetaData().getURL());
        } catch (SQLException e) {
            throw new IllegalStateException("The store's database cannot be reached: " + e.getMessage(), e);
        }
    }
}
