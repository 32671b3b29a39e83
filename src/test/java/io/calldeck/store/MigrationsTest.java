package io.calldeck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The schema migrates an empty database, migrating again changes nothing, and a store migrated before a change
 * gets its stored figures recomputed.
 */
class MigrationsTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void migratesFromEmptyAndReRunsAsANoOp(TestDatabase database) {
        TestDatabase.Opened db = database.open();
        try {
            MigrationInfo[] applied = db.flyway().info().applied();
            assertThat(applied).isNotEmpty();
            assertThat(db.flyway().info().pending()).isEmpty();
            assertThat(db.flyway().migrate().migrationsExecuted).isZero();
            assertThat(db.flyway().validateWithResult().validationSuccessful).isTrue();
            assertThat(db.flyway().info().applied()).hasSameSizeAs(applied);
        } finally {
            db.close();
        }
    }

    @org.junit.jupiter.api.Test
    void onPostgresqlTheTitleSearchCanUseTheTrigramIndex() throws Exception {
        TestDatabase.Opened db = TestDatabase.POSTGRESQL.open();
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement statement = connection.createStatement()) {
            statement.execute("SET enable_seqscan = off"); // an empty table: the planner would scan it anyway
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = statement.executeQuery("EXPLAIN SELECT id FROM gong_call"
                    + " WHERE lower(title) LIKE '%discovery%'")) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            assertThat(plan.toString()).contains("gong_call_title_trigram");
        } finally {
            db.close();
        }
    }

    @org.junit.jupiter.api.Test
    void onH2TheCallsTablesFiltersAreReadFromTheSearchIndexNotTheCallsRows() throws Exception {
        TestDatabase.Opened db = TestDatabase.H2.open();
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("EXPLAIN SELECT id FROM gong_call WHERE started >= "
                     + "TIMESTAMP WITH TIME ZONE '2026-08-01 00:00:00+00' AND direction = 'Outbound' AND scope = "
                     + "'External' AND duration_seconds >= 600 AND lower(title) LIKE '%call%' AND is_private = FALSE")) {
            rows.next();
            assertThat(rows.getString(1)).containsIgnoringCase("gong_call_search");
        } finally {
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aStoreFromVersion1GetsGongsTalkRatio(TestDatabase database) throws Exception {
        TestDatabase.Opened db = database.open();
        try {
            Flyway v1 = Flyway.configure().dataSource(db.url(), db.user(), db.password())
                    .locations("classpath:db/migration").cleanDisabled(false).target("1").load();
            v1.clean();
            v1.migrate();
            try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                 Statement sql = c.createStatement()) {
                // Version 1 stored the host's talk time over the call's duration: 60 s of 600 s.
                sql.executeUpdate("INSERT INTO gong_call (id, started, started_week, duration_seconds, primary_user_id,"
                        + " is_private, party_count, comment_count, synced_at, rep_talk_seconds, talk_ratio) VALUES"
                        + " ('1', TIMESTAMP WITH TIME ZONE '2026-11-02 10:00:00+00', DATE '2026-11-02', 600, '7', FALSE,"
                        + " 2, 0, TIMESTAMP WITH TIME ZONE '2026-11-02 11:00:00+00', 60, 0.1)");
                sql.executeUpdate("INSERT INTO call_speaker (call_id, position, party_id, user_id, talk_time_seconds)"
                        + " VALUES ('1', 0, '11', '7', 60), ('1', 1, '12', NULL, 90)");
                sql.executeUpdate("INSERT INTO gong_call (id, started, started_week, duration_seconds, primary_user_id,"
                        + " is_private, party_count, comment_count, synced_at, rep_talk_seconds, talk_ratio) VALUES"
                        + " ('2', TIMESTAMP WITH TIME ZONE '2026-11-02 12:00:00+00', DATE '2026-11-02', 600, '7', FALSE,"
                        + " 1, 0, TIMESTAMP WITH TIME ZONE '2026-11-02 13:00:00+00', NULL, 0.2)");
            }

            db.flyway().migrate();

            try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                 Statement sql = c.createStatement();
                 ResultSet rows = sql.executeQuery("SELECT id, talk_ratio FROM gong_call ORDER BY id")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getDouble("talk_ratio")).as("60 s of 150 s of speech").isCloseTo(0.4, within(1e-9));
                assertThat(rows.next()).isTrue();
                rows.getDouble("talk_ratio");
                assertThat(rows.wasNull()).as("the host did not speak: no talk ratio").isTrue();
            }
        } finally {
            db.close();
        }
    }
}
