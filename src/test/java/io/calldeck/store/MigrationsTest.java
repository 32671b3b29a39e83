package io.calldeck.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The schema migrates an empty database, and migrating again changes nothing. */
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
}
