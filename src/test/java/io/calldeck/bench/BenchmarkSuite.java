package io.calldeck.bench;

import io.calldeck.connector.GongCalls;
import io.calldeck.connector.client.GongJsonb;
import io.calldeck.connector.model.CallsFilter;
import io.calldeck.connector.model.ExtensiveCallsPage;
import io.calldeck.connector.model.ExtensiveCallsRequest;
import io.calldeck.connector.model.NewCall;
import io.calldeck.connector.model.CallDirection;
import io.calldeck.it.ItServer;
import io.calldeck.it.browser.Browser;
import io.calldeck.sandbox.data.SandboxData;
import io.calldeck.store.CallFilter;
import io.calldeck.store.CallSearch;
import io.calldeck.store.CommentQueries;
import io.calldeck.store.RepFilter;
import io.calldeck.store.TalkTimeQueries;
import io.calldeck.store.TeamStatsQueries;
import io.calldeck.store.TrackerQueries;
import io.calldeck.store.CallSort;
import io.calldeck.store.StoreFixture;
import io.calldeck.store.TestDatabase;
import io.calldeck.sync.CallSync;
import io.calldeck.sync.GongSource;
import io.calldeck.sync.ResourceLocalSyncStore;
import io.calldeck.sync.SyncSettings;
import io.calldeck.store.entity.SyncRunEntity;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * CallDeck's benchmarks, run by {@code mvn -Pbench verify} against the integration-test server started with a
 * 100,000-call sandbox, writing {@code target/bench/BENCHMARKS.md}. Every comparison is measured side by side in
 * this one run; absolute times move from run to run on shared machines, ratios much less.
 */
class BenchmarkSuite {

    private static final Path OUT = Path.of(System.getProperty("bench.out", "target/bench"));
    private static final Path SERVER = Path.of(System.getProperty("it.liberty.dir", "target/liberty/wlp"),
            "usr/servers/calldeck-it");
    private static final Jsonb JSONB = new GongJsonb().getContext(ExtensiveCallsPage.class);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Report report = new Report(OUT.resolve("BENCHMARKS.md"), "CallDeck benchmarks");

    @Test
    void run() throws Exception {
        report.section("Machine and command", "`mvn -Pbench verify` on " + machine() + ", " + Instant.now()
                + ". The server is the integration-test Liberty server (Open Liberty 26.0.0.3, embedded H2 store) "
                + "whose sandbox holds 100,000 generated calls; harness and server share the machine.");
        ItServer.awaitSucceededSync(Duration.ofMinutes(10)); // nothing is measured while the server syncs
        List<String> chosen = List.of(System.getProperty("bench.sections",
                "footprint,parse,http,export,store,upload,budget").split(","));
        Map<String, Section> sections = new java.util.LinkedHashMap<>();
        sections.put("footprint", this::footprint);
        sections.put("parse", this::parseCost);
        sections.put("http", this::dashboardOverHttp);
        sections.put("export", this::excelExport);
        sections.put("store", this::storeAtScale);
        sections.put("upload", this::upload);
        sections.put("budget", () -> SharedBudgetCost.measure(report));
        for (Map.Entry<String, Section> section : sections.entrySet()) {
            if (chosen.contains(section.getKey())) {
                section.getValue().run();
            }
        }
        report.target("server ready / bare Liberty ready (same server.xml, empty WAR)", "≤ 1.4",
                "not measured: the harness starts no second Liberty", null);
    }

    /** One section of the report. */
    @FunctionalInterface
    private interface Section {
        void run() throws Exception;
    }

    private static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        long memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0L);
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + (memKb / 1_048_576) + " GiB, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version");
    }

    // ---------------------------------------------------------------------------------------------- footprint

    private void footprint() throws Exception {
        JsonObject synced = ItServer.awaitSucceededSync(Duration.ofMinutes(10));
        String log = Files.readString(SERVER.resolve("logs/messages.log"), StandardCharsets.ISO_8859_1);
        Double serverStart = firstNumber(log, "server started in ([\\d.]+) seconds");
        Double appStart = firstNumber(log, "Application calldeck started in ([\\d.]+) seconds");
        Matcher run = Pattern.compile("\\[([^\\]]+)\\] .*Calls sync run (\\d+) \\(INCREMENTAL[^\\n]*started").matcher(log);
        Matcher done = Pattern.compile("\\[([^\\]]+)\\] .*Calls sync run (\\d+) \\([^\\n]*finished: (\\d+) pages, (\\d+) calls")
                .matcher(log);
        String syncLine = "not found in the log";
        if (run.find() && done.find()) {
            double seconds = Duration.between(logTime(run.group(1)), logTime(done.group(1))).toMillis() / 1000.0;
            int pages = Integer.parseInt(done.group(3));
            syncLine = done.group(4) + " calls, " + pages + " pages in " + Report.s(seconds) + " s (ideal at 30 req/s: "
                    + Report.s(pages / 30.0) + " s, ratio " + Report.ratio(pages / 30.0 / seconds) + ")";
        }
        long rss = rssOfServer();
        String heap = Files.readAllLines(SERVER.resolve("jvm.options")).stream().filter(l -> l.startsWith("-Xmx"))
                .findFirst().orElse("no -Xmx");
        String appHeap = Files.readAllLines(Path.of("liberty/jvm.options")).stream().filter(l -> l.startsWith("-Xmx"))
                .findFirst().orElse("no -Xmx");
        if (!heap.equals(appHeap)) {
            throw new AssertionError("the benchmark server runs with " + heap + ", liberty/jvm.options sets " + appHeap);
        }
        report.target("RSS after syncing " + synced.getJsonNumber("callsStored") + " calls (the sandbox's 100,000 "
                + "calls live in the same JVM)", "≤ 1 GB, heap set in liberty/jvm.options", Report.mb(rss) + " ("
                + heap + ")", rss <= 1024L * 1024 * 1024 && heap.startsWith("-Xmx"));
        report.section("5. Footprint", "The server's first sync read the whole sandbox at 30 req/s (server and sandbox "
                + "limits raised for the benchmark): " + syncLine + ".");
        report.table("Measure", "Value")
                .row("Server start to ready (CWWKF0011I)", serverStart == null ? "?" : Report.s(serverStart) + " s")
                .row("Application start (CWWKZ0001I)", appStart == null ? "?" : Report.s(appStart) + " s")
                .row("Server RSS after syncing " + synced.getJsonNumber("callsStored") + " calls", Report.mb(rss))
                .row("WAR", Report.mb(Files.size(Path.of(System.getProperty("bench.war", "target/calldeck.war")))))
                .row("Connector jar", Report.mb(Files.size(Path.of(System.getProperty("connector.jar",
                        "target/calldeck-connector.jar"))))).end();
    }

    private static Instant logTime(String stamp) {
        String value = stamp.replace(" UTC", "").trim();
        return LocalDateTime.parse(value, DateTimeFormatter.ofPattern("M/d/yy, H:mm:ss:SSS", Locale.ROOT))
                .toInstant(ZoneOffset.UTC);
    }

    private static Double firstNumber(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? Double.valueOf(m.group(1)) : null;
    }

    private static long serverPid() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("ws-server.jar") && c.contains("calldeck-it"))
                        .orElse(false)).findFirst().orElseThrow().pid();
    }

    private static long rssOfServer() throws IOException {
        return Files.readAllLines(Path.of("/proc/" + serverPid() + "/status")).stream()
                .filter(l -> l.startsWith("VmRSS")).map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024)
                .findFirst().orElse(0L);
    }


    // ---------------------------------------------------------------------------------------------- store and sync

    /** One way of reading every page of a window: pages, calls, 429s seen by the client; commit times for the sync. */
    private record Pace(int pages, int calls, int rateLimited, List<Double> commits) {
        Pace(int pages, int calls, int rateLimited) {
            this(pages, calls, rateLimited, List.of());
        }
    }

    /** What one line of the sync table measured. */
    private record Paced(double ratio, long rejected, List<Double> commits) {
    }

    private void storeAtScale() throws Exception {
        List<StoreWriteCost.Load> loads = StoreWriteCost.load(100_000);
        try {
            storeWrites(loads);
            syncThroughput(loads);
            queriesAtScale(loads);
        } finally {
            loads.forEach(load -> load.opened().close());
        }
    }

    private void storeWrites(List<StoreWriteCost.Load> loads) {
        report.section("1a. The store's write path",
                loads.get(0).calls() + " generated calls (seed 7, 90 days) written 100 at a time by the harness as the "
                        + "sync commits a page (lease renewed, then the calls, their parts and the run's checkpoint in "
                        + "one transaction): into an H2 file opened with the server's URL options, and into "
                        + "PostgreSQL (local, Debian's 15), one page to one database after the other, each page "
                        + "rendered before its clock starts. Opening and migrating the databases is not timed. Then the "
                        + "newest 10 % written again unchanged, as every look-back reads them. These stores, with "
                        + "100,000 calls, are the ones section 1 syncs into and section 3b queries.");
        Report.Table table = report.table("Database", "Pages", "Load s (sum of commits)", "Commit p50 ms",
                "Commit p95 ms", "First 10 % p50", "Last 10 % p50", "Read again unchanged p50", "p95");
        for (StoreWriteCost.Load load : loads) {
            table.row(load.database(), load.commits().size(), Report.s(load.seconds()),
                    Report.ms(percentile(load.commits(), 50)), Report.ms(percentile(load.commits(), 95)),
                    Report.ms(percentile(load.firstTenth(), 50)), Report.ms(percentile(load.lastTenth(), 50)),
                    Report.ms(percentile(load.rewritten(), 50)), Report.ms(percentile(load.rewritten(), 95)));
        }
        table.end();
    }

    private void syncThroughput(List<StoreWriteCost.Load> loads) throws Exception {
        Instant to = Instant.now();
        Instant from = to.minus(Duration.ofDays(11));
        LocalDate syncFrom = LocalDate.ofInstant(from, ZoneOffset.UTC);
        report.section("1. Sync throughput against Gong's rate limit",
                "Every page of `POST /v2/calls/extensive` (100 calls, the sync's own content selector) of "
                        + "the sandbox's last 11 days, with the sandbox enforcing N requests per second per "
                        + "credential like Gong. Ideal time = requests answered / N (the sync also reads the users, "
                        + "workspaces and transcripts, so it sends more requests than it reads pages); 429s are "
                        + "counted by the sandbox. Peers' pacing, reimplemented on the same HTTP client and JSON-B "
                        + "models: a fixed 340 ms sleep between pages (retrying a 429 after `Retry-After`), and no "
                        + "pacing at all with retry on 429. \"CallDeck sync\" is the product path (`CallSync`: the "
                        + "connector feeding the store, committing each page while it asks for the next) run by the "
                        + "harness into the 100,000-call stores of section 1a; the calls a run stores are deleted "
                        + "(untimed) before the next, so every run writes new calls. The sandbox runs in the server's "
                        + "JVM, the harness in its own. Commit = the page's transaction, as the sync times it.");
        Report.Table table = report.table("N req/s", "Client", "Pages", "Calls", "Requests", "Ideal s", "Actual s",
                "Ideal / actual", "429s", "Commit p50 / p95 ms");
        for (int perSecond : new int[] {3, 30}) {
            limits(perSecond);
            measurePace(table, perSecond, "CallDeck connector", () -> callDeckPages(perSecond, from, to));
            for (StoreWriteCost.Load load : loads) {
                if (perSecond == 3 && load.database() != TestDatabase.H2) {
                    continue; // PostgreSQL's target is at 30 req/s; 3 req/s would add 40 s for no target
                }
                String client = "CallDeck sync into " + (load.database() == TestDatabase.H2 ? "an H2 file"
                        : "PostgreSQL") + " of 100,000 calls";
                deleteSynced(load, syncFrom); // before the clock: every run writes new calls
                Paced paced = measurePace(table, perSecond, client, () -> callDeckSync(perSecond, syncFrom, load));
                String commits = "commit p50 " + Report.ms(percentile(paced.commits(), 50)) + " ms";
                if (load.database() == TestDatabase.H2) {
                    report.target("sync into the store (H2 file, 100,000-call store) / ideal, at " + perSecond
                            + " req/s", perSecond == 3 ? "≥ 0.95, zero 429s" : "≥ 0.90 (a page committed in < 30 ms)",
                            Report.ratio(paced.ratio()) + ", " + paced.rejected() + " 429s, " + commits,
                            perSecond == 3 ? paced.ratio() >= 0.95 && paced.rejected() == 0
                                    : paced.ratio() >= 0.90 && percentile(paced.commits(), 50) < 30);
                } else {
                    report.target("sync into PostgreSQL (100,000-call store) / ideal, at 30 req/s", "≥ 0.90",
                            Report.ratio(paced.ratio()) + ", " + commits, paced.ratio() >= 0.90);
                }
            }
            measurePace(table, perSecond, "Fixed 340 ms sleep", () -> peerPages(from, to, Duration.ofMillis(340)));
            measurePace(table, perSecond, "No pacing, retry on 429", () -> peerPages(from, to, Duration.ZERO));
        }
        limits(30);
        table.end();
    }

    private static void limits(int perSecond) {
        ItServer.admin("PUT", "/sandbox/admin/limits", "{\"perSecond\":" + perSecond + ",\"perDay\":1000000}");
        ItServer.admin("POST", "/sandbox/admin/limits/reset", null);
        ItServer.pause(Duration.ofMillis(1500));
    }

    private static Paced measurePace(Report.Table table, int perSecond, String client, Supplier<Pace> read) {
        long rejectedBefore = ItServer.sandboxStat("rateLimited");
        long requestsBefore = ItServer.sandboxStat("requests");
        long start = System.nanoTime();
        Pace pace = read.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        long rejected = ItServer.sandboxStat("rateLimited") - rejectedBefore;
        long answered = ItServer.sandboxStat("requests") - requestsBefore - rejected;
        double ideal = answered / (double) perSecond;
        table.row(perSecond, client, pace.pages(), pace.calls(), answered, Report.s(ideal), Report.s(seconds),
                Report.ratio(ideal / seconds), rejected, pace.commits().isEmpty() ? "–"
                        : Report.ms(percentile(pace.commits(), 50)) + " / " + Report.ms(percentile(pace.commits(), 95)));
        ItServer.pause(Duration.ofMillis(1500));
        return new Paced(ideal / seconds, rejected, pace.commits());
    }

    private static GongCalls connector(int perSecond) {
        return ItServer.sandboxConnector(io.calldeck.connector.GongConfig.RATE_PER_SECOND, Integer.toString(perSecond));
    }

    /**
     * The connector's own paging. Outside a container it has no Fault Tolerance retries, so a 429 is taken here
     * the way the server's {@code @Retry} takes it: the budget already holds every request back for Retry-After,
     * and the same page is asked for again.
     */
    private static Pace callDeckPages(int perSecond, Instant from, Instant to) {
        try (GongCalls gong = connector(perSecond)) {
            GongCalls background = gong.background();
            CallsFilter filter = CallsFilter.between(from, to);
            int pages = 0;
            int calls = 0;
            String cursor = null;
            boolean more = true;
            while (more) {
                ExtensiveCallsPage page;
                try {
                    page = background.listCallsExtensive(filter, CallSync.SELECTOR, cursor);
                } catch (io.calldeck.connector.exception.GongRateLimitException limited) {
                    continue;
                }
                pages++;
                calls += page.items().size();
                cursor = page.nextCursor();
                more = cursor != null;
            }
            return new Pace(pages, calls, (int) gong.rateBudget().rateLimitedTotal());
        }
    }

    /** Deletes the calls an earlier run stored from the sandbox (the generated ones are all older). */
    private static void deleteSynced(StoreWriteCost.Load load, LocalDate from) {
        EntityManager cleanup = load.opened().factory().createEntityManager();
        StoreFixture.runInTransaction(cleanup, e -> {
            e.createNativeQuery("DELETE FROM gong_call WHERE started >= ?1")
                    .setParameter(1, from.atStartOfDay().atOffset(ZoneOffset.UTC)).executeUpdate();
            // and their days in the rollups, which the store keeps only as it writes calls
            e.createNativeQuery("DELETE FROM rep_daily_stats WHERE started_day >= ?1").setParameter(1, from)
                    .executeUpdate();
            e.createNativeQuery("DELETE FROM tracker_daily_mentions WHERE started_day >= ?1").setParameter(1, from)
                    .executeUpdate();
        });
        cleanup.close();
    }

    /** The product's sync ({@code CallSync}, with the server's prefetch of the next page) into a 100,000-call store. */
    private static Pace callDeckSync(int perSecond, LocalDate from, StoreWriteCost.Load load) {
        ExecutorService prefetch = Executors.newSingleThreadExecutor();
        List<Double> commits = java.util.Collections.synchronizedList(new ArrayList<>());
        try (GongCalls gong = connector(perSecond)) {
            ResourceLocalSyncStore plain = new ResourceLocalSyncStore(load.opened().factory());
            io.calldeck.store.SyncStore store = timedCommits(plain, commits);
            SyncSettings settings = SyncSettings.builder().initialDelay(Duration.ZERO).node("bench").build();
            CallSync sync = new CallSync(GongSource.of(gong.background()), store, settings, Clock.systemUTC(),
                    run -> { }, prefetch);
            CallSync.Outcome outcome = sync.run(SyncRunEntity.Kind.BACKFILL, from);
            if (outcome != CallSync.Outcome.SUCCEEDED) {
                throw new AssertionError("sync " + outcome + ": " + sync.progress().lastError());
            }
            SyncRunEntity run = plain.recentRuns(1).get(0);
            return new Pace(run.getPages(), run.getCalls(), (int) gong.rateBudget().rateLimitedTotal(),
                    List.copyOf(commits));
        } finally {
            prefetch.shutdownNow();
        }
    }

    /** @return the store, with the milliseconds of each {@code commitPage} (a page's transaction) added to {@code commits} */
    private static io.calldeck.store.SyncStore timedCommits(io.calldeck.store.SyncStore store, List<Double> commits) {
        return (io.calldeck.store.SyncStore) java.lang.reflect.Proxy.newProxyInstance(
                io.calldeck.store.SyncStore.class.getClassLoader(), new Class<?>[] {io.calldeck.store.SyncStore.class},
                (proxy, method, args) -> {
                    long start = System.nanoTime();
                    try {
                        return method.invoke(store, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        if (method.getName().equals("commitPage")) {
                            commits.add((System.nanoTime() - start) / 1e6);
                        }
                    }
                });
    }

    /** A peer's loop: no budget; after each page, a fixed pause; a 429 waits {@code Retry-After}, then retries. */
    private static Pace peerPages(Instant from, Instant to, Duration pause) {
        String authorization = ItServer.basic(ItServer.TEST_KEY, ItServer.TEST_SECRET);
        CallsFilter filter = CallsFilter.between(from, to);
        String cursor = null;
        int pages = 0;
        int calls = 0;
        int rejected = 0;
        boolean more = true;
        while (more) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(ItServer.SANDBOX + "/v2/calls/extensive"))
                    .header("Authorization", authorization).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSONB.toJson(
                            new ExtensiveCallsRequest(cursor, filter, CallSync.SELECTOR)))).build();
            HttpResponse<byte[]> response = send(request);
            if (response.statusCode() == 429) {
                rejected++;
                long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
                ItServer.pause(Duration.ofSeconds(seconds));
                continue;
            }
            if (response.statusCode() != 200) {
                throw new AssertionError("peer got HTTP " + response.statusCode());
            }
            ExtensiveCallsPage page = JSONB.fromJson(new java.io.ByteArrayInputStream(response.body()),
                    ExtensiveCallsPage.class);
            pages++;
            calls += page.items().size();
            cursor = page.nextCursor();
            more = cursor != null;
            if (more && !pause.isZero()) {
                ItServer.pause(pause);
            }
        }
        return new Pace(pages, calls, rejected);
    }

    private static HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------- parse cost

    private void parseCost() throws Exception {
        Path syncPage = OUT.resolve("sandbox-extensive-page-sync-selector.json");
        Path sandboxPage = OUT.resolve("sandbox-extensive-page-everything.json");
        for (Path page : List.of(syncPage, sandboxPage)) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(ItServer.SANDBOX + "/v2/calls/extensive"))
                    .header("Authorization", ItServer.basic(ItServer.TEST_KEY, ItServer.TEST_SECRET))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSONB.toJson(new ExtensiveCallsRequest(null,
                            CallsFilter.between(Instant.now().minus(Duration.ofDays(30)), Instant.now()),
                            page == syncPage ? CallSync.SELECTOR
                                    : io.calldeck.connector.model.ContentSelector.everything())))).build();
            HttpResponse<byte[]> answer = send(request);
            if (answer.statusCode() != 200) {
                throw new AssertionError("the sandbox answered " + answer.statusCode() + " for " + page.getFileName());
            }
            Files.write(page, answer.body());
        }
        List<String> pages = new ArrayList<>(List.of(syncPage.toAbsolutePath().toString(),
                sandboxPage.toAbsolutePath().toString()));
        Path recorded = Path.of(System.getProperty("gong.docs.dir", "../shared/gong-docs"), "recorded",
                "airbyte-ai-calls-extensive-content-selector.json");
        if (Files.isRegularFile(recorded)) {
            pages.add(recorded.toAbsolutePath().toString());
        }
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(ParseBenchmark.class.getName())
                .param("page", pages.toArray(String[]::new))
                .warmupIterations(4).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                .forks(1).shouldFailOnError(true).build()).run();
        report.section("2. Parse cost per page (JMH)",
                "JSON-B (Yasson 3, the connector's configuration) and Jackson 2 parsing the same bytes into the "
                        + "same records; JMH 1.37, 1 fork, 4 × 1 s warm-up, 5 × 1 s measurement, average time. "
                        + "Share = JSON-B's time against the 333 ms a page costs at Gong's 3 req/s. The first page "
                        + "is what the sync asks for (its own content selector); the second asks for everything."
                        + (Files.isRegularFile(recorded) ? "" : " The recorded page was absent (no ../shared/gong-docs)."));
        Report.Table table = report.table("Page", "Size", "JSON-B ms", "Jackson ms", "JSON-B / Jackson",
                "Share of 333 ms");
        for (String page : pages) {
            double jsonb = score(results, page, "jsonb");
            double jackson = score(results, page, "jackson");
            table.row(Path.of(page).getFileName(), Report.mb(Files.size(Path.of(page))), Report.ms(jsonb) + " ± "
                    + Report.ms(error(results, page, "jsonb")), Report.ms(jackson) + " ± "
                    + Report.ms(error(results, page, "jackson")), Report.ratio(jsonb / jackson),
                    String.format(Locale.ROOT, "%.2f %%", 100 * jsonb / 333.3));
        }
        table.end();
        double sync = score(results, pages.get(0), "jsonb");
        report.target("JSON-B parse of a sync-shaped 100-call page (the sandbox's, the sync's selector) / 3.33 ms",
                "≤ 1", Report.ratio(sync / 3.333) + " (" + Report.ms(sync) + " ms)", sync / 3.333 <= 1);
    }

    private static RunResult result(Collection<RunResult> results, String page, String method) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + method)
                && page.equals(r.getParams().getParam("page"))).findFirst().orElseThrow();
    }

    private static double score(Collection<RunResult> results, String page, String method) {
        return result(results, page, method).getPrimaryResult().getScore();
    }

    private static double error(Collection<RunResult> results, String page, String method) {
        return result(results, page, method).getPrimaryResult().getScoreError();
    }

    // ---------------------------------------------------------------------------------------------- dashboard

    private void dashboardOverHttp() throws Exception {
        String session;
        try (Browser browser = Browser.open(ItServer.BASE)) {
            browser.signIn("viewer", ItServer.VIEWER_PASSWORD);
            session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        }
        long stored = ItServer.api("/api/sync").getJsonNumber("callsStored").longValue();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String monthAgo = LocalDate.now(ZoneOffset.UTC).minusDays(30).toString();
        String basic = ItServer.basic("viewer", ItServer.VIEWER_PASSWORD);
        report.section("3. Dashboard at scale: full HTTP responses",
                "The server's store (embedded H2) holds " + stored + " calls. Each URL fetched 10 times to warm "
                        + "up, then 60 times one after another; times are the full response (headers and body "
                        + "read) on loopback. Pages with the signed-in viewer's session, the API with HTTP Basic "
                        + "(a verified password is cached, so this is not PBKDF2's time).");
        Report.Table table = report.table("Request", "Bytes", "p50 ms", "p95 ms", "max ms");
        String cookie = "JSESSIONID=" + session;
        double[] calls = httpRow(table, "/calls", "Cookie", cookie);
        double[] search = httpRow(table, "/calls?q=call", "Cookie", cookie);
        httpRow(table, "/calls?dir=Outbound&scope=External&q=call", "Cookie", cookie);
        httpRow(table, "/talk-time?from=" + monthAgo + "&to=" + today, "Cookie", cookie);
        double[] api = httpRow(table, "/api/calls?size=25", "Authorization", basic);
        httpRow(table, "/api/calls?size=50", "Authorization", basic);
        double[] apiSearch = httpRow(table, "/api/calls?size=50&direction=Outbound&q=call&sort=-duration",
                "Authorization", basic);
        httpRow(table, "/api/talk-time?from=" + monthAgo + "T00:00:00Z&to=" + today + "T23:59:59Z", "Authorization", basic);
        long runId = startServerBackfill();
        double[] during = httpRow(table, "/calls (while the server's backfill of 90 days runs)", "/calls", "Cookie",
                cookie);
        boolean stillRunning = ItServer.api("/api/sync").getBoolean("running");
        table.end();
        JsonObject run = io.calldeck.it.ItCalls.awaitRun(ItServer.CLIENT, runId, Duration.ofMinutes(10));
        report.section("3c. The backfill behind the last row",
                "Started from the Sync page as an admin would; it read the sandbox's last 90 days again at 30 req/s "
                        + "(its calls unchanged since the start-up sync) and ended " + run.getString("status") + " with "
                        + run.getJsonNumber("pages") + " pages. It was " + (stillRunning ? "still running" : "NOT "
                        + "running any more (the row is void)") + " when the last /calls of the row was answered.");
        report.target("`/calls?q=call` p95 / `/calls` p95, " + stored + " calls, H2", "≤ 2, and < 150 ms",
                Report.ratio(search[1] / calls[1]) + ", " + Report.ms(search[1]) + " ms",
                search[1] / calls[1] <= 2 && search[1] < 150);
        report.target("`/calls?q=…` p95 / `/calls` p95, PostgreSQL", "≤ 2, and < 150 ms",
                "not measured over HTTP: the benchmark server's store is H2 (PostgreSQL's title search is in 3b)",
                null);
        report.target("`/api/calls?q=…&sort=-duration` p95", "< 150 ms", Report.ms(apiSearch[1]) + " ms",
                apiSearch[1] < 150);
        report.target("`/calls` p50 / `/api/calls?size=25` p50", "≤ 2", Report.ratio(calls[0] / api[0]),
                calls[0] / api[0] <= 2);
        report.target("`/calls` p95 while a sync runs / idle", "≤ 1.5", Report.ratio(during[1] / calls[1])
                + (stillRunning ? "" : " (void: the sync ended during the row)"),
                stillRunning ? during[1] / calls[1] <= 1.5 : null);
    }

    // ---------------------------------------------------------------------------------------------- export

    /** Live heap growth allowed for an export that streams: POI's window of rows, one read of calls, the file. */
    private static final long FLAT_EXPORT_BYTES = 64L * 1024 * 1024;

    /**
     * The Calls page's Excel export of every stored call, as a viewer downloads it, while the server's live heap (what
     * a full GC leaves) is sampled every two seconds: growth over the live heap before the export is what the export
     * keeps. The full GCs slow the export down, so its time here is not the export's own.
     */
    private void excelExport() throws Exception {
        long pid = serverPid();
        long before = liveHeap(pid);
        java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong(before);
        java.util.concurrent.atomic.AtomicInteger samples = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ScheduledExecutorService sampler =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        Path file;
        long started = System.nanoTime();
        try (Browser browser = Browser.open(ItServer.BASE)) {
            browser.signIn("viewer", ItServer.VIEWER_PASSWORD).go("/calls");
            // The export's POST answers only when the file is written: more than the usual minute here.
            browser.driver().manage().timeouts().pageLoadTimeout(Duration.ofMinutes(8));
            sampler.scheduleWithFixedDelay(() -> {
                try {
                    peak.accumulateAndGet(liveHeap(pid), Math::max);
                    samples.incrementAndGet();
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException("could not read the server's heap", e);
                }
            }, 2, 2, java.util.concurrent.TimeUnit.SECONDS);
            file = browser.download(org.openqa.selenium.By.id("table:calls:xlsx"), ".xlsx", Duration.ofMinutes(8));
        } finally {
            sampler.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long rows = sheetRows(file) - 1;
        long stored = ItServer.api("/api/sync").getJsonNumber("callsStored").longValue();
        long growth = peak.get() - before;
        if (rows < 90_000) {
            throw new AssertionError("the Excel export holds " + rows + " of " + stored + " stored calls: it stopped "
                    + "early (at the row count's cap of " + io.calldeck.store.CallSearch.COUNT_LIMIT + "?)");
        }
        report.section("3d. Excel export of every call",
                "The Calls page's Excel button (PrimeFaces' xlsxstream exporter, reading the calls 500 at a time) as the "
                        + "viewer, no filter, with the store holding " + stored + " calls (private ones not exported "
                        + "to the viewer). Live heap = the server's heap after a full GC (`jcmd GC.run`, then "
                        + "`GC.heap_info`), sampled every 2 s during the export; those GCs slow the export, so its "
                        + "time here is an upper bound.");
        report.table("Measure", "Value")
                .row("Rows in the sheet (header aside)", String.valueOf(rows))
                .row("File", Report.mb(Files.size(file)))
                .row("Download time (with the sampling GCs)", Report.s(seconds) + " s")
                .row("Live heap before", Report.mb(before))
                .row("Highest live heap during the export (" + samples.get() + " samples)", Report.mb(peak.get()))
                .end();
        report.target("Excel export of " + rows + " calls: live heap growth", "flat (streamed; < "
                + Report.mb(FLAT_EXPORT_BYTES) + ")", Report.mb(growth) + " over " + samples.get() + " samples",
                samples.get() >= 3 ? growth < FLAT_EXPORT_BYTES : null);
    }

    /** @return the heap a full GC of the server leaves, in bytes ({@code GC.heap_info}'s "used") */
    private static long liveHeap(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher used = Pattern.compile("total \\d+K, used (\\d+)K").matcher(info); // G1's heap, or each generation
        long kb = 0;
        boolean found = false;
        while (used.find()) {
            kb += Long.parseLong(used.group(1));
            found = true;
        }
        if (!found) {
            throw new IllegalStateException("jcmd GC.heap_info printed no heap use: " + info);
        }
        return kb * 1024;
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + out);
        }
        return out;
    }

    /** @return the rows of the workbook's first sheet, counted in its XML without loading the sheet */
    private static long sheetRows(Path xlsx) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile());
             java.io.InputStream in = new java.io.BufferedInputStream(zip.getInputStream(
                     zip.getEntry("xl/worksheets/sheet1.xml")))) {
            byte[] tag = "<row ".getBytes(StandardCharsets.US_ASCII);
            long rows = 0;
            int matched = 0;
            for (int b = in.read(); b >= 0; b = in.read()) {
                matched = b == tag[matched] ? matched + 1 : (b == tag[0] ? 1 : 0);
                if (matched == tag.length) {
                    rows++;
                    matched = 0;
                }
            }
            return rows;
        }
    }

    /** Starts a backfill on the server from its Sync page, as an admin; @return its run id once it runs */
    private static long startServerBackfill() {
        try (Browser browser = Browser.open(ItServer.BASE)) {
            return io.calldeck.it.ItCalls.startBackfill(browser.signIn("admin", ItServer.ADMIN_PASSWORD));
        }
    }

    private static double[] httpRow(Report.Table table, String path, String header, String value) {
        return httpRow(table, path, path, header, value);
    }

    /** @return p50 and p95, milliseconds */
    private static double[] httpRow(Report.Table table, String label, String path, String header, String value) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ItServer.BASE + path)).header(header, value).build();
        int bytes = 0;
        for (int i = 0; i < 10; i++) {
            HttpResponse<byte[]> response = send(request);
            if (response.statusCode() != 200 || new String(response.body(), StandardCharsets.UTF_8).contains("id=\"username\"")) {
                throw new AssertionError(path + " answered " + response.statusCode());
            }
            bytes = response.body().length;
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long start = System.nanoTime();
            send(request);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        table.row("`" + label + "`", bytes, Report.ms(percentile(millis, 50)), Report.ms(percentile(millis, 95)),
                Report.ms(percentile(millis, 100)));
        return new double[] {percentile(millis, 50), percentile(millis, 95)};
    }

    /** @return the p-th percentile (nearest rank) of the values */
    static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    // ---------------------------------------------------------------------------------------------- queries

    private void queriesAtScale(List<StoreWriteCost.Load> loads) {
        SandboxData data = StoreWriteCost.generated(100_000);
        for (StoreWriteCost.Load load : loads) {
            if (load.database() == TestDatabase.POSTGRESQL) { // fresh statistics, as autovacuum would give a live store
                EntityManager em = load.opened().factory().createEntityManager();
                StoreFixture.runInTransaction(em, e -> e.createNativeQuery("ANALYZE").executeUpdate());
                em.close();
            }
        }
        report.section("3b. Dashboard at scale: the store's queries",
                "The stores of section 1a (H2 file, PostgreSQL after `ANALYZE`), each with the 100,000 generated "
                        + "calls and the calls section 1's last run stored; each query run 10 times to warm up and 50 "
                        + "times measured, as the dashboard runs it. No two consecutive runs are the same query: H2 "
                        + "answers a repeated identical query from its result cache (`OPTIMIZE_REUSE_RESULTS`) while no "
                        + "table changes, which is not a query time. The calls table and comments move the period's "
                        + "end by one second a run; talk time, team stats and trackers ask for whole days, as the "
                        + "dashboard does, and move the period back by a day a run (seven periods in turn). Whole UTC "
                        + "days are read from the daily rollups; the Los Angeles row's ends are parts of UTC days, "
                        + "read from the calls.");
        Report.Table table = report.table("Database", "Rows", "Query", "p50 ms", "p95 ms");
        for (StoreWriteCost.Load load : loads) {
            EntityManager em = load.opened().factory().createEntityManager();
            String rows = count(em, "CallEntity") + " calls, " + count(em, "PartyEntity") + " parties, "
                    + count(em, "CommentEntity") + " comments";
            CallSearch search = new CallSearch(em);
            TalkTimeQueries talkTime = new TalkTimeQueries(em);
            CommentQueries comments = new CommentQueries(em);
            OffsetDateTime end = StoreFixture.NOW.atOffset(ZoneOffset.UTC);
            String rep = data.users().get(3).id();
            List<Double> worst = new ArrayList<>();
            worst.add(queryRow(table, load.database(), rows, "calls table: 30 days, newest first, page 1 of 50",
                    i -> search.search(new CallFilter(end.minusDays(30), end.minusSeconds(i), null, null, null, null,
                            null, null, null, null, null, null), CallSort.STARTED, false, 0, 50)));
            worst.add(queryRow(table, load.database(), "", "calls table: page 40 sorted by duration",
                    i -> search.search(new CallFilter(end.minusDays(30), end.minusSeconds(i), null, null, null, null,
                            null, null, null, null, null, null), CallSort.DURATION, true, 2000, 50)));
            worst.add(queryRow(table, load.database(), "", "calls table: direction + scope + min duration + title",
                    i -> search.search(new CallFilter(end.minusDays(90), end.minusSeconds(i), null, null,
                            List.of("Outbound"), List.of("External"), null, 600L, null, "call", null, null),
                            CallSort.STARTED, false, 0, 50)));
            worst.add(queryRow(table, load.database(), "", "calls table: one rep, with comments, 90 days",
                    i -> search.search(new CallFilter(end.minusDays(90), end.minusSeconds(i), List.of(rep), null,
                            null, null, null, null, null, null, Boolean.TRUE, null), CallSort.STARTED, false, 0, 50)));
            // The per-rep aggregates over whole days, as the dashboard asks for them (its periods are days in the
            // viewer's zone): UTC days, the period moved back by a day each run (seven different periods in turn).
            java.util.function.BiFunction<Integer, Integer, RepFilter> utcDays = (run, days) -> {
                OffsetDateTime to = end.toLocalDate().plusDays(1).minusDays(run % 7).atStartOfDay()
                        .atOffset(ZoneOffset.UTC);
                return new RepFilter(to.minusDays(days), to, null, null, null);
            };
            worst.add(queryRow(table, load.database(), "", "talk time per rep, 90 days",
                    i -> talkTime.talkTimeByRep(utcDays.apply(i, 90))));
            worst.add(queryRow(table, load.database(), "", "weekly talk time, 90 days",
                    i -> talkTime.talkTimeByWeek(utcDays.apply(i, 90))));
            worst.add(queryRow(table, load.database(), "", "public comments, 30 days, page 1",
                    i -> comments.comments(new CommentQueries.CommentFilter(end.minusDays(30), end.minusSeconds(i),
                            null, null, true), 0, 25)));
            TeamStatsQueries team = new TeamStatsQueries(em);
            List<Double> teamWorst = new ArrayList<>();
            teamWorst.add(queryRow(table, load.database(), "", "team stats per rep, 30 days (the Team page's default)",
                    i -> team.byRep(utcDays.apply(i, 30))));
            teamWorst.add(queryRow(table, load.database(), "", "team stats per rep, 90 days",
                    i -> team.byRep(utcDays.apply(i, 90))));
            teamWorst.add(queryRow(table, load.database(), "", "team stats per rep and week, five reps, 30 days",
                    i -> team.byWeek(new RepFilter(utcDays.apply(i, 30).from(), utcDays.apply(i, 30).to(), null,
                            null, data.users().stream().limit(5).map(u -> u.id()).toList()))));
            // A viewer in Los Angeles: whole local days, so each end is a part of a UTC day read from the calls.
            ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
            teamWorst.add(queryRow(table, load.database(), "", "team stats per rep, 30 days of America/Los_Angeles",
                    i -> {
                        OffsetDateTime to = end.toLocalDate().plusDays(1).minusDays(i % 7).atStartOfDay(losAngeles)
                                .toOffsetDateTime();
                        return team.byRep(new RepFilter(to.minusDays(30), to, null, null, null));
                    }));
            TrackerQueries trackers = new TrackerQueries(em);
            String tracker = trackers.trackers(utcDays.apply(0, 30)).get(0).id();
            List<Double> trackerWorst = new ArrayList<>();
            trackerWorst.add(queryRow(table, load.database(), "", "trackers, 30 days (the Trackers page's default)",
                    i -> trackers.trackers(utcDays.apply(i, 30))));
            trackerWorst.add(queryRow(table, load.database(), "", "one tracker per rep, 30 days",
                    i -> trackers.byRep(utcDays.apply(i, 30), tracker)));
            trackerWorst.add(queryRow(table, load.database(), "", "one tracker per week, 90 days",
                    i -> trackers.byWeek(utcDays.apply(i, 90), tracker)));
            em.close();
            double max = worst.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            report.target("store queries (calls table, talk time, weekly, comments) p95 at 100,000 calls, "
                    + load.database(), "< 50 ms", "slowest p95 " + Report.ms(max) + " ms", max < 50);
            double teamMax = teamWorst.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            report.target("team stats (per rep 30 and 90 days, weekly, Los Angeles days) p95 at 100,000 calls, "
                    + load.database(), "< 50 ms", "slowest p95 " + Report.ms(teamMax) + " ms", teamMax < 50);
            double trackerMax = trackerWorst.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            report.target("trackers (all, one per rep, one per week) p95 at 100,000 calls, " + load.database(),
                    "< 50 ms", "slowest p95 " + Report.ms(trackerMax) + " ms", trackerMax < 50);
        }
        table.end();
    }

    private static long count(EntityManager em, String entity) {
        return em.createQuery("SELECT COUNT(e) FROM " + entity + " e", Long.class).getSingleResult();
    }

    /** @return the p95 of the query, each run given its run number (to vary its parameters) */
    private static double queryRow(Report.Table table, TestDatabase database, String rows, String name,
                                   java.util.function.IntFunction<?> query) {
        int run = 0;
        for (int i = 0; i < 10; i++) {
            query.apply(run++);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long start = System.nanoTime();
            query.apply(run++);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        table.row(database, rows, name, Report.ms(percentile(millis, 50)), Report.ms(percentile(millis, 95)));
        return percentile(millis, 95);
    }

    // ---------------------------------------------------------------------------------------------- upload

    private static String uploadTarget(GongCalls gong, String rep) {
        return gong.addCall(NewCall.builder("bench-upload-" + System.nanoTime(),
                OffsetDateTime.now(ZoneOffset.UTC).minusHours(2).withNano(0), rep, CallDirection.OUTBOUND)
                .title("Benchmark upload").duration(3600).party(NewCall.Party.user(rep, "Rep")).build()).callId();
    }

    private void upload() throws Exception {
        long size = 1_536L * 1024 * 1024;
        Path file = OUT.resolve("recording-1.5g.mp4");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(size);
        }
        String callId;
        String curlCallId; // a call takes one recording: curl uploads to a call of its own
        try (GongCalls gong = ItServer.sandboxConnector()) {
            String rep = gong.streamUsers().findFirst().orElseThrow().id();
            callId = uploadTarget(gong, rep);
            curlCallId = uploadTarget(gong, rep);
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process client = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                UploadClient.class.getName(), ItServer.SANDBOX, ItServer.TEST_KEY, ItServer.TEST_SECRET, callId,
                file.toString()).redirectErrorStream(false).start();
        String[] measured = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim().split("\\s+");
        String errors = new String(client.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (client.waitFor() != 0) {
            throw new AssertionError("upload client failed: " + errors);
        }
        double seconds = Double.parseDouble(measured[measured.length - 3]);
        long peak = Long.parseLong(measured[measured.length - 2]);
        long max = Long.parseLong(measured[measured.length - 1]);

        ItServer.pause(Duration.ofSeconds(2));
        Process curl = new ProcessBuilder("curl", "-s", "-o", "/dev/null", "-w", "%{time_total} %{http_code}",
                "-u", ItServer.TEST_KEY + ":" + ItServer.TEST_SECRET, "-X", "PUT",
                "-F", "mediaFile=@" + file + ";type=video/mp4", ItServer.SANDBOX + "/v2/calls/" + curlCallId + "/media")
                .redirectErrorStream(true).start();
        String[] curlOut = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim().split(" ");
        curl.waitFor();
        if (!curlOut[curlOut.length - 1].startsWith("2")) {
            throw new AssertionError("curl's upload answered HTTP " + curlOut[curlOut.length - 1] + ": its time is "
                    + "no upload's");
        }
        double curlSeconds = Double.parseDouble(curlOut[0]);
        Files.delete(file);
        double mbps = size / 1_048_576.0 / seconds;
        double curlMbps = size / 1_048_576.0 / curlSeconds;
        report.section("4. Upload of a 1.5 GB recording",
                "A sparse 1.5 GB file streamed as multipart `mediaFile` to the sandbox's `PUT /v2/calls/{id}/media` "
                        + "on loopback: by the connector in a JVM with `-Xmx256m`, and by `curl -F` (curl's multipart "
                        + "upload; `curl -T` sends a raw body, which this endpoint does not take), same file, same "
                        + "server; curl's upload answered HTTP " + curlOut[curlOut.length - 1] + ".");
        report.table("Client", "Seconds", "MB/s", "Peak heap", "Ratio to curl")
                .row("CallDeck connector (-Xmx256m, max " + Report.mb(max) + ")", Report.s(seconds), Report.s(mbps),
                        Report.mb(peak), Report.ratio(mbps / curlMbps))
                .row("curl -F", Report.s(curlSeconds), Report.s(curlMbps), "–", "1.00").end();
    }
}
