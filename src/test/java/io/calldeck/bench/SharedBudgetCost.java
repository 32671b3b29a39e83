package io.calldeck.bench;

import io.calldeck.connector.RequestPriority;
import io.calldeck.connector.internal.RateBudget;
import io.calldeck.ratelimit.PostgresRateLimit;
import io.calldeck.store.TestDatabase;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import static io.calldeck.bench.BenchmarkSuite.percentile;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What one Gong request pays for its place in the budget shared by every server on a PostgreSQL store
 * ({@link PostgresRateLimit}: take a place, answer it), beside the in-process {@link RateBudget} it comes after. The
 * window is never full here (a limit of 100,000 per second), so what is measured is the budget's own cost, not a wait.
 * Round trips are counted at the JDBC driver: every statement executed, commit and rollback.
 */
final class SharedBudgetCost {

    private static final int WARM_UP = 200;
    private static final int MEASURED = 1000;

    private SharedBudgetCost() {
    }

    static void measure(Report report) throws Exception {
        TestDatabase.Opened db = TestDatabase.POSTGRESQL.open();
        try {
            PGSimpleDataSource plain = new PGSimpleDataSource();
            plain.setUrl(db.url());
            plain.setUser(db.user());
            plain.setPassword(db.password());
            AtomicLong roundTrips = new AtomicLong();
            DataSource counted = counting(plain, roundTrips);
            PostgresRateLimit shared = new PostgresRateLimit(counted, "access-key:sha256:bench", 100_000, 100_000_000,
                    Duration.ofMillis(30), Duration.ofSeconds(35), Clock.systemUTC());
            RateBudget local = new RateBudget(100_000, 100_000_000, Duration.ofMillis(30), Clock.systemUTC());

            report.section("6. The shared Gong budget's cost per request",
                    "Each request of a server on a PostgreSQL store takes its place in the budget every server shares "
                            + "(`PostgresRateLimit`: pause check, the window under an advisory lock, the daily count "
                            + "in Bucket4j, the answer recorded) after the in-process `RateBudget`. " + WARM_UP
                            + " requests to warm up, then " + MEASURED + " measured one after another on one thread, "
                            + "local PostgreSQL (Debian's 15) on the same machine, one pooled connection (opened once, as a server's pool keeps them); limits high enough that nothing "
                            + "waits. Round trips counted at the JDBC driver (statements executed, commits, "
                            + "rollbacks). Gong's 3 req/s leave 333 ms per request.");
            Report.Table table = report.table("Budget", "Priority", "p50 ms", "p95 ms", "Round trips per request",
                    "Share of 333 ms (p95)");
            for (RequestPriority priority : RequestPriority.values()) {
                List<Double> localMs = run(() -> {
                    local.acquire(priority, null);
                    local.sending();
                    local.answered();
                });
                table.row("in-process `RateBudget`", priority, Report.ms(percentile(localMs, 50)),
                        Report.ms(percentile(localMs, 95)), "0", share(percentile(localMs, 95)));
                long before = roundTrips.get();
                List<Double> sharedMs = run(() -> shared.acquire(priority, priority == RequestPriority.INTERACTIVE
                        ? Duration.ofSeconds(5) : null).answered());
                double trips = (roundTrips.get() - before) / (double) (WARM_UP + MEASURED);
                table.row("shared `PostgresRateLimit`", priority, Report.ms(percentile(sharedMs, 50)),
                        Report.ms(percentile(sharedMs, 95)), String.format(java.util.Locale.ROOT, "%.1f", trips),
                        share(percentile(sharedMs, 95)));
            }
            table.end();
        } finally {
            db.close();
        }
    }

    @FunctionalInterface
    private interface Request {
        void send() throws Exception;
    }

    private static List<Double> run(Request request) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            request.send();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            request.send();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return millis;
    }

    private static String share(double millis) {
        return String.format(java.util.Locale.ROOT, "%.2f %%", millis / 333.0 * 100);
    }

    /**
     * The data source as a server's pool gives it to one thread: one physical connection, opened once and handed out
     * again after each close (as Liberty's pool does; opening a PostgreSQL connection costs more than the budget),
     * counting the round trips made on it.
     */
    private static DataSource counting(DataSource target, AtomicLong roundTrips) throws java.sql.SQLException {
        Connection pooled = target.getConnection();
        return (DataSource) Proxy.newProxyInstance(SharedBudgetCost.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection")) {
                        return method.invoke(target, args);
                    }
                    return Proxy.newProxyInstance(SharedBudgetCost.class.getClassLoader(),
                            new Class<?>[] {Connection.class}, (p, m, a) -> {
                                if (m.getName().equals("close")) {
                                    return null; // back to the pool
                                }
                                return forward(pooled, (m2, r) -> {
                                    if (m2.getName().equals("commit") || m2.getName().equals("rollback")) {
                                        roundTrips.incrementAndGet();
                                    }
                                    if (r instanceof Statement statement) {
                                        return statementProxy(statement, roundTrips);
                                    }
                                    return r;
                                }).invoke(p, m, a);
                            });
                });
    }

    private static Object statementProxy(Statement statement, AtomicLong roundTrips) {
        List<Class<?>> types = new ArrayList<>(List.of(Statement.class));
        if (statement instanceof java.sql.PreparedStatement) {
            types.add(java.sql.PreparedStatement.class);
        }
        if (statement instanceof java.sql.CallableStatement) {
            types.add(java.sql.CallableStatement.class);
        }
        return Proxy.newProxyInstance(SharedBudgetCost.class.getClassLoader(), types.toArray(Class<?>[]::new),
                forward(statement, (m, r) -> {
                    if (m.getName().startsWith("execute")) {
                        roundTrips.incrementAndGet();
                    }
                    return r;
                }));
    }

    @FunctionalInterface
    private interface After {
        Object apply(java.lang.reflect.Method method, Object result);
    }

    private static InvocationHandler forward(Object target, After after) {
        return (proxy, method, args) -> {
            try {
                return after.apply(method, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }
}
