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
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a sync page costs the store: generated calls written 100 at a time the way the sync commits a page (the lease
 * renewed, then the page and the run's checkpoint in one transaction), into an H2 file opened with the server's URL
 * options and into PostgreSQL, each page to one database after the other; then the newest 10 % written again, as a
 * look-back reads them (unchanged). Only the store's work is timed: each page is rendered before its clock starts,
 * and opening and migrating the databases is outside it.
 *
 * <p>Run alone with {@code mvn test -Dtest=StoreWriteCost -Dbench.store.calls=20000}; {@link BenchmarkSuite} loads
 * its 100,000-call stores with it and keeps them open for the sync and query sections.
 */
class StoreWriteCost {

    /**
     * One database's load.
     *
     * @param database  which
     * @param opened    the database, still open
     * @param calls     calls written
     * @param commits   milliseconds per page, in order
     * @param rewritten milliseconds per page written again unchanged
     */
    record Load(TestDatabase database, TestDatabase.Opened opened, int calls, List<Double> commits,
                List<Double> rewritten) {

        double seconds() {
            return commits.stream().mapToDouble(Double::doubleValue).sum() / 1000;
        }

        List<Double> firstTenth() {
            return commits.subList(0, Math.max(1, commits.size() / 10));
        }

        List<Double> lastTenth() {
            return commits.subList(commits.size() - Math.max(1, commits.size() / 10), commits.size());
        }
    }

    @Test
    void measure() throws Exception {
        for (Load load : load(Integer.getInteger("bench.store.calls", 20_000))) {
            System.out.printf("%s: %d pages, p50 %.1f ms, p95 %.1f ms; first 10 %% p50 %.1f, last 10 %% p50 %.1f;"
                            + " written again p50 %.1f, p95 %.1f%n", load.database(), load.commits().size(),
                    BenchmarkSuite.percentile(load.commits(), 50), BenchmarkSuite.percentile(load.commits(), 95),
                    BenchmarkSuite.percentile(load.firstTenth(), 50), BenchmarkSuite.percentile(load.lastTenth(), 50),
                    BenchmarkSuite.percentile(load.rewritten(), 50), BenchmarkSuite.percentile(load.rewritten(), 95));
            load.opened().close();
        }
    }

    /**
     * @param calls how many generated calls (seed 7, 90 days before {@link StoreFixture#NOW}) to write
     * @return one load per database that answered (PostgreSQL is left out when none does), databases left open
     */
    static List<Load> load(int calls) throws Exception {
        SandboxData data = generated(calls);
        List<SandboxCall> found = data.find(CallsFilter.builder().build());
        List<TestDatabase> databases = new ArrayList<>(List.of(TestDatabase.H2));
        List<TestDatabase.Opened> opened = new ArrayList<>(List.of(TestDatabase.openH2File(
                Files.createTempDirectory("calldeck-bench-store").resolve("calldeck"))));
        TestDatabase.Opened postgres = TestDatabase.openIfAvailable(TestDatabase.POSTGRESQL);
        if (postgres != null) {
            databases.add(TestDatabase.POSTGRESQL);
            opened.add(postgres);
        }
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        List<ResourceLocalSyncStore> stores = opened.stream().map(o -> new ResourceLocalSyncStore(o.factory())).toList();
        List<Long> runs = stores.stream().map(s -> s.startRun(new SyncRunEntity(SyncRunEntity.Kind.BACKFILL, at,
                at.minusDays(90), at, "bench")).getId()).toList();
        List<List<Double>> commits = new ArrayList<>();
        List<List<Double>> rewritten = new ArrayList<>();
        opened.forEach(o -> {
            commits.add(new ArrayList<>());
            rewritten.add(new ArrayList<>());
        });
        int pages = (found.size() + 99) / 100;
        int again = Math.max(1, pages / 10);
        for (int p = 0; p < pages; p++) {
            List<ExtensiveCall> page = found.subList(p * 100, Math.min(found.size(), p * 100 + 100)).stream()
                    .map(data::render).toList();
            for (int d = 0; d < opened.size(); d++) {
                commits.get(d).add(commit(stores.get(d), runs.get(d), page, at));
            }
        }
        for (int p = pages - again; p < pages; p++) {
            List<ExtensiveCall> page = found.subList(p * 100, Math.min(found.size(), p * 100 + 100)).stream()
                    .map(data::render).toList();
            for (int d = 0; d < opened.size(); d++) {
                rewritten.get(d).add(commit(stores.get(d), runs.get(d), page, at));
            }
        }
        List<Load> loads = new ArrayList<>();
        for (int d = 0; d < opened.size(); d++) {
            loads.add(new Load(databases.get(d), opened.get(d), found.size(), commits.get(d), rewritten.get(d)));
        }
        return loads;
    }

    /** @return the generated calls the stores are loaded with: seed 7, 90 days before {@link StoreFixture#NOW} */
    static SandboxData generated(int calls) {
        return new SandboxData(new CallGenerator(new SalesOrg(7), 7, calls, 90, ZoneId.of("America/Los_Angeles"),
                "http://localhost/media"), 90, Clock.fixed(StoreFixture.NOW, ZoneOffset.UTC), 7);
    }

    /** @return milliseconds to renew the lease and commit the page, as {@code CallSync} does per page */
    private static double commit(ResourceLocalSyncStore store, long runId, List<ExtensiveCall> page,
                                 OffsetDateTime at) {
        List<io.calldeck.store.CallWrite> writes = StoreFixture.writes(page); // the sync maps before its transaction
        long start = System.nanoTime();
        store.acquireLease("bench", OffsetDateTime.now(ZoneOffset.UTC), Duration.ofMinutes(5));
        store.commitPage(runId, writes, "cursor", null, 1, at);
        return (System.nanoTime() - start) / 1e6;
    }
}
