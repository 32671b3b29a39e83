package io.calldeck.store;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the store's schema up to date when the application starts, before anything reads it: Flyway applies the
 * migrations in {@code db/migration} that the database has not seen, so an upgrade never needs a hand-run
 * script. A failure stops the application from starting.
 */
@ApplicationScoped
public class StoreMigrations {

    private static final Logger LOG = Logger.getLogger(StoreMigrations.class.getName());

    @Resource(lookup = "jdbc/calldeck")
    DataSource dataSource;

    private volatile boolean migrated;

    void migrate(@Observes @jakarta.annotation.Priority(100) @Initialized(ApplicationScoped.class) Object event) {
        ensureMigrated();
    }

    /** Applies pending migrations once per start. */
    public synchronized void ensureMigrated() {
        if (migrated) {
            return;
        }
        // db/migration and db/callback hold an empty flyway.location file: how Flyway finds classpath folders on
        // Liberty (there are no callbacks; the folder only keeps Flyway from logging an error).
        Flyway flyway = Flyway.configure(StoreMigrations.class.getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration").callbackLocations("classpath:db/callback").load();
        MigrateResult result = flyway.migrate();
        MigrationInfo current = flyway.info().current();
        if (current == null) {
            throw new IllegalStateException("No store migrations were found in classpath:db/migration; the store "
                    + "cannot be used");
        }
        LOG.info(() -> "Store schema at version " + current.getVersion() + " on " + result.database + " ("
                + result.migrationsExecuted + " migrations applied now)");
        migrated = true;
    }
}
