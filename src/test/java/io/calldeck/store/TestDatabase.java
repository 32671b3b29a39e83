package io.calldeck.store;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;

/**
 * The two databases the store runs on, for tests: an in-memory H2, and a PostgreSQL reached through
 * {@code CALLDECK_TEST_POSTGRES_URL} (default {@code jdbc:postgresql://localhost:5432/calldeck_test}, user and
 * password {@code calldeck}). PostgreSQL tests are skipped with a message when no server answers, unless
 * {@code CALLDECK_REQUIRE_POSTGRES=true} (as in CI), which turns that into a failure.
 */
public enum TestDatabase {
    /** H2 2.x in memory. */
    H2,
    /** PostgreSQL. */
    POSTGRESQL;

    private static final String PG_URL = env("CALLDECK_TEST_POSTGRES_URL", "jdbc:postgresql://localhost:5432/calldeck_test");
    private static final String PG_USER = env("CALLDECK_TEST_POSTGRES_USER", "calldeck");
    private static final String PG_PASSWORD = env("CALLDECK_TEST_POSTGRES_PASSWORD", "calldeck");

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A migrated, empty database. */
    public record Opened(EntityManagerFactory factory, String url, String user, String password, Flyway flyway) {
        /** Closes the factory. */
        public void close() {
            factory.close();
        }
    }

    /**
     * @param file the database file, without H2's {@code .mv.db}
     * @return a fresh H2 database in that file, opened with the server's URL options ({@code liberty/server.xml}),
     *         the schema migrated
     */
    public static Opened openH2File(java.nio.file.Path file) {
        return migrate(H2, "jdbc:h2:" + file.toAbsolutePath() + H2_FILE_OPTIONS, "sa", "");
    }

    /** The options of the server's H2 URL after the file name; keep them equal to {@code liberty/server.xml}'s. */
    public static final String H2_FILE_OPTIONS = ";MODE=LEGACY;CACHE_SIZE=65536";

    /**
     * @param database the database
     * @return it opened, or {@code null} when it is PostgreSQL and no server answers (and none is required)
     */
    public static Opened openIfAvailable(TestDatabase database) {
        try {
            return database.open();
        } catch (org.opentest4j.TestAbortedException absent) {
            return null;
        }
    }

    /** @return a fresh database with the schema migrated; the calling test is skipped when it is unavailable */
    public Opened open() {
        String url;
        String user;
        String password;
        if (this == H2) {
            url = "jdbc:h2:mem:calldeck-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=LEGACY";
            user = "sa";
            password = "";
        } else {
            url = PG_URL;
            user = PG_USER;
            password = PG_PASSWORD;
            try (Connection ignored = DriverManager.getConnection(url, user, password)) {
                // reachable
            } catch (SQLException e) {
                if ("true".equalsIgnoreCase(System.getenv("CALLDECK_REQUIRE_POSTGRES"))) {
                    throw new IllegalStateException("PostgreSQL is required (CALLDECK_REQUIRE_POSTGRES=true) but "
                            + url + " does not answer: " + e.getMessage(), e);
                }
                Assumptions.abort("Skipped on PostgreSQL: no server at " + url + " (" + e.getMessage()
                        + "); set CALLDECK_TEST_POSTGRES_URL, or run .ci/run, which installs one");
            }
        }
        return migrate(this, url, user, password);
    }

    private static Opened migrate(TestDatabase database, String url, String user, String password) {
        Flyway flyway = StoreMigrations.configure(Flyway.configure().dataSource(url, user, password))
                .cleanDisabled(false).load();
        if (database == POSTGRESQL) {
            flyway.clean();
        }
        flyway.migrate();
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.jdbc.url", url);
        properties.put("jakarta.persistence.jdbc.user", user);
        properties.put("jakarta.persistence.jdbc.password", password);
        properties.put("eclipselink.logging.level", "WARNING");
        return new Opened(Persistence.createEntityManagerFactory("calldeck", properties), url, user, password, flyway);
    }
}
