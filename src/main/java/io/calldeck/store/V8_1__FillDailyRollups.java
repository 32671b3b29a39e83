package io.calldeck.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Flyway migration 8.1: fills the daily rollups V8 creates from the calls already stored, with the same statements
 * the store keeps them with ({@link DailyRollups#refresh}). A Java migration because a call's UTC day is computed
 * the same way here and there (in SQL, PostgreSQL would cast a {@code timestamptz} by the session's time zone).
 * The class name is Flyway's version convention; {@link StoreMigrations} registers it.
 */
public class V8_1__FillDailyRollups extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        Set<DailyRollups.RepDay> days = new LinkedHashSet<>();
        try (Statement sql = db.createStatement();
             ResultSet calls = sql.executeQuery("SELECT primary_user_id, started FROM gong_call"
                     + " WHERE primary_user_id IS NOT NULL")) {
            while (calls.next()) {
                days.add(DailyRollups.RepDay.of(calls.getString(1), calls.getObject(2, OffsetDateTime.class)));
            }
        }
        DailyRollups.refresh(db, days);
    }
}
