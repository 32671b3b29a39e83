package io.calldeck.bench;

import io.calldeck.connector.model.CallsFilter;
import io.calldeck.connector.model.ExtensiveCall;
import io.calldeck.sandbox.data.CallGenerator;
import io.calldeck.sandbox.data.SalesOrg;
import io.calldeck.sandbox.data.SandboxCall;
import io.calldeck.sandbox.data.SandboxData;
import io.calldeck.store.StoreFixture;
import io.calldeck.store.TestDatabase;
import io.calldeck.store.entity.SyncRunEntity;
import io.calldeck.sync.ResourceLocalSyncStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a sync page costs the store: {@code calls} generated calls written 100 at a time the way the sync commits a
 * page (the lease renewed, then the page and the run's checkpoint in one transaction), into the H2 file the server
 * uses and into PostgreSQL, one database after the other; then the newest 10 % written again, as a look-back reads
 * them. Only the store's work is timed: the calls are rendered before the clock starts, and opening and migrating
 * the database is outside it.
 *
 * <p>Run alone with {@code mvn test -Dtest=StoreWriteCost -Dbench.store.calls=20000}; {@link BenchmarkSuite} runs it
 * for its report with 100,000 calls.
 */
class StoreWriteCost {

    /** Page commit times of one database. */
    record Result(TestDatabase database, int pages, List<Double> firstTenth, List<Double> lastTenth,
                  List<Double> all, List<Double> rewritten) {
    }

    @Test
    void measure() throws Exception {
        int calls = Integer.getInteger("bench.store.calls", 20_000);
        for (Result result : measure(calls)) {
            System.out.printf("%s: %d pages, p50 %.1f ms, p95 %.1f ms; first 10 %% p50 %.1f, last 10 %% p50 %.1f;"
                            + " written again p50 %.1f, p95 %.1f%n", result.database(), result.pages(),
                    BenchmarkSuite.percentile(result.all(), 50), BenchmarkSuite.percentile(result.all(), 95),
                    BenchmarkSuite.percentile(result.firstTenth(), 50), BenchmarkSuite.percentile(result.lastTenth(), 50),
                    BenchmarkSuite.percentile(result.rewritten(), 50), BenchmarkSuite.percentile(result.rewritten(), 95));
        }
    }

    /**
     * @param calls how many generated calls to write
     * @return one result per database that answered (PostgreSQL is skipped when none does)
     */
    static List<Result> measure(int calls) throws Exception {
        SandboxData data = new SandboxData(new CallGenerator(new SalesOrg(7), 7, calls, 90,
                ZoneId.of("America/Los_Angeles"), "http://localhost/media"), 90,
                Clock.fixed(StoreFixture.NOW, ZoneOffset.UTC), 7);
        List<SandboxCall> found = new ArrayList<>(data.find(CallsFilter.builder().build()));
        List<List<ExtensiveCall>> pages = new ArrayList<>();
        for (int i = 0; i < found.size(); i += 100) {
            pages.add(found.subList(i, Math.min(found.size(), i + 100)).stream().map(data::render).toList());
        }
        List<Result> results = new ArrayList<>();
        Path dir = Files.createTempDirectory("calldeck-store-write");
        results.add(write(TestDatabase.H2, TestDatabase.openH2File(dir.resolve("calldeck")), pages));
        TestDatabase.Opened postgres = TestDatabase.openIfAvailable(TestDatabase.POSTGRESQL);
        if (postgres != null) {
            results.add(write(TestDatabase.POSTGRESQL, postgres, pages));
        }
        return results;
    }

    private static Result write(TestDatabase database, TestDatabase.Opened db, List<List<ExtensiveCall>> pages) {
        try {
            ResourceLocalSyncStore store = new ResourceLocalSyncStore(db.factory());
            OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
            SyncRunEntity run = store.startRun(new SyncRunEntity(SyncRunEntity.Kind.BACKFILL, at, at.minusDays(90), at,
                    "bench"));
            List<Double> all = new ArrayList<>();
            for (List<ExtensiveCall> page : pages) {
                all.add(commit(store, run.getId(), page, at));
            }
            int tenth = Math.max(1, pages.size() / 10);
            List<Double> rewritten = new ArrayList<>();
            for (List<ExtensiveCall> page : pages.subList(pages.size() - tenth, pages.size())) {
                rewritten.add(commit(store, run.getId(), page, at));
            }
            return new Result(database, pages.size(), all.subList(0, tenth), all.subList(all.size() - tenth, all.size()),
                    all, rewritten);
        } finally {
            db.close();
        }
    }

    /** @return milliseconds to renew the lease and commit the page, as {@code CallSync} does per page */
    private static double commit(ResourceLocalSyncStore store, long runId, List<ExtensiveCall> page,
                                 OffsetDateTime at) {
        long start = System.nanoTime();
        store.acquireLease("bench", OffsetDateTime.now(ZoneOffset.UTC), Duration.ofMinutes(5));
        store.commitPage(runId, page, "cursor", null, 1, at);
        return (System.nanoTime() - start) / 1e6;
    }
}
