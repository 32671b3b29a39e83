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
import io.calldeck.sandbox.data.CallGenerator;
import io.calldeck.sandbox.data.SalesOrg;
import io.calldeck.sandbox.data.SandboxCall;
import io.calldeck.sandbox.data.SandboxData;
import io.calldeck.store.CallFilter;
import io.calldeck.store.CallQueries;
import io.calldeck.store.CallSort;
import io.calldeck.store.CallStore;
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
import java.net.CookieManager;
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
                "footprint,sync,parse,http,queries,upload,budget").split(","));
        Map<String, Section> sections = new java.util.LinkedHashMap<>();
        sections.put("footprint", this::footprint);
        sections.put("sync", this::syncThroughput);
        sections.put("parse", this::parseCost);
        sections.put("http", this::dashboardOverHttp);
        sections.put("queries", this::queriesAtScale);
        sections.put("upload", this::upload);
        sections.put("budget", () -> SharedBudgetCost.measure(report));
        for (Map.Entry<String, Section> section : sections.entrySet()) {
            if (chosen.contains(section.getKey())) {
                section.getValue().run();
            }
        }
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

    private static long rssOfServer() throws IOException {
        ProcessHandle server = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("ws-server.jar") && c.contains("calldeck-it"))
                        .orElse(false)).findFirst().orElseThrow();
        return Files.readAllLines(Path.of("/proc/" + server.pid() + "/status")).stream()
                .filter(l -> l.startsWith("VmRSS")).map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024)
                .findFirst().orElse(0L);
    }


    // ---------------------------------------------------------------------------------------------- sync pace

    /** One way of reading every page of a window: pages, calls, 429s seen by the client. */
    private record Pace(int pages, int calls, int rateLimited) {
    }

    private void syncThroughput() throws Exception {
        Instant to = Instant.now();
        Instant from = to.minus(Duration.ofDays(11));
        LocalDate syncFrom = LocalDate.ofInstant(from, ZoneOffset.UTC);
        report.section("1. Sync throughput against Gong's rate limit",
                "Every page of `POST /v2/calls/extensive` (100 calls, parties, interaction, content, comments) of "
                        + "the sandbox's last 11 days, with the sandbox enforcing N requests per second per "
                        + "credential like Gong. Ideal time = requests answered / N (the sync also reads the users "
                        + "and workspaces, so it sends a few requests more than it reads pages); 429s are counted by "
                        + "the sandbox. Peers' pacing, reimplemented on the same "
                        + "HTTP client and JSON-B models: a fixed 340 ms sleep between pages (retrying a 429 after "
                        + "`Retry-After`), and no pacing at all with retry on 429. \"CallDeck sync\" is the product "
                        + "path: the connector feeding the store (H2 in memory here), committing each page while it "
                        + "asks for the next.");
        Report.Table table = report.table("N req/s", "Client", "Pages", "Calls", "Requests", "Ideal s", "Actual s",
                "Ideal / actual", "429s");
        for (int perSecond : new int[] {3, 30}) {
            limits(perSecond);
            measurePace(table, perSecond, "CallDeck connector", () -> callDeckPages(perSecond, from, to));
            measurePace(table, perSecond, "CallDeck sync into the store", () -> callDeckSync(perSecond, syncFrom));
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

    private static void measurePace(Report.Table table, int perSecond, String client, Supplier<Pace> read) {
        long rejectedBefore = ItServer.sandboxStat("rateLimited");
        long requestsBefore = ItServer.sandboxStat("requests");
        long start = System.nanoTime();
        Pace pace = read.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        long rejected = ItServer.sandboxStat("rateLimited") - rejectedBefore;
        long answered = ItServer.sandboxStat("requests") - requestsBefore - rejected;
        double ideal = answered / (double) perSecond;
        table.row(perSecond, client, pace.pages(), pace.calls(), answered, Report.s(ideal), Report.s(seconds),
                Report.ratio(ideal / seconds), rejected);
        ItServer.pause(Duration.ofMillis(1500));
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

    private static Pace callDeckSync(int perSecond, LocalDate from) {
        TestDatabase.Opened db = TestDatabase.H2.open();
        ExecutorService prefetch = Executors.newSingleThreadExecutor();
        try (GongCalls gong = connector(perSecond)) {
            ResourceLocalSyncStore store = new ResourceLocalSyncStore(db.factory());
            SyncSettings settings = SyncSettings.builder().initialDelay(Duration.ZERO).node("bench").build();
            CallSync sync = new CallSync(GongSource.of(gong.background()), store, settings, Clock.systemUTC(),
                    run -> { }, prefetch);
            CallSync.Outcome outcome = sync.run(SyncRunEntity.Kind.BACKFILL, from);
            if (outcome != CallSync.Outcome.SUCCEEDED) {
                throw new AssertionError("sync " + outcome + ": " + sync.progress().lastError());
            }
            SyncRunEntity run = store.recentRuns(1).get(0);
            return new Pace(run.getPages(), run.getCalls(), (int) gong.rateBudget().rateLimitedTotal());
        } finally {
            prefetch.shutdownNow();
            db.close();
        }
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
        Path sandboxPage = OUT.resolve("sandbox-extensive-page.json");
        HttpRequest request = HttpRequest.newBuilder(URI.create(ItServer.SANDBOX + "/v2/calls/extensive"))
                .header("Authorization", ItServer.basic(ItServer.TEST_KEY, ItServer.TEST_SECRET))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSONB.toJson(new ExtensiveCallsRequest(null,
                        CallsFilter.between(Instant.now().minus(Duration.ofDays(30)), Instant.now()),
                        io.calldeck.connector.model.ContentSelector.everything())))).build();
        Files.write(sandboxPage, send(request).body());
        List<String> pages = new ArrayList<>(List.of(sandboxPage.toAbsolutePath().toString()));
        Path recorded = Path.of(System.getProperty("gong.docs.dir", "../shared/gong-docs"), "recorded",
                "airbyte-ai-calls-extensive-content-selector.json");
        if (Files.isRegularFile(recorded)) {
            pages.add(recorded.toAbsolutePath().toString());
        }
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(ParseBenchmark.class.getName())
                .param("page", pages.toArray(String[]::new))
                .warmupIterations(5).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2))
                .forks(1).shouldFailOnError(true).build()).run();
        report.section("2. Parse cost per page (JMH)",
                "JSON-B (Yasson 3, the connector's configuration) and Jackson 2 parsing the same bytes into the "
                        + "same records; JMH 1.37, 1 fork, 5 × 2 s warm-up, 5 × 2 s measurement, average time. "
                        + "Share = JSON-B's time against the 333 ms a page costs at Gong's 3 req/s."
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
                "The server's store (embedded H2) holds " + stored + " calls. Each URL fetched 20 times to warm "
                        + "up, then 100 times one after another; times are the full response (headers and body "
                        + "read) on loopback. Pages with the signed-in viewer's session, the API with HTTP Basic "
                        + "(a verified password is cached, so this is not PBKDF2's time).");
        Report.Table table = report.table("Request", "Bytes", "p50 ms", "p95 ms", "max ms");
        httpRow(table, "/calls", "Cookie", "JSESSIONID=" + session);
        httpRow(table, "/calls?dir=Outbound&scope=External&q=call", "Cookie", "JSESSIONID=" + session);
        httpRow(table, "/talk-time?from=" + monthAgo + "&to=" + today, "Cookie", "JSESSIONID=" + session);
        httpRow(table, "/api/calls?size=50", "Authorization", basic);
        httpRow(table, "/api/calls?size=50&direction=Outbound&q=call&sort=-duration", "Authorization", basic);
        httpRow(table, "/api/talk-time?from=" + monthAgo + "T00:00:00Z&to=" + today + "T23:59:59Z", "Authorization", basic);
        table.end();
    }

    private static void httpRow(Report.Table table, String path, String header, String value) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ItServer.BASE + path)).header(header, value).build();
        int bytes = 0;
        for (int i = 0; i < 20; i++) {
            HttpResponse<byte[]> response = send(request);
            if (response.statusCode() != 200 || new String(response.body(), StandardCharsets.UTF_8).contains("id=\"username\"")) {
                throw new AssertionError(path + " answered " + response.statusCode());
            }
            bytes = response.body().length;
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            long start = System.nanoTime();
            send(request);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        table.row("`" + path + "`", bytes, Report.ms(percentile(millis, 50)), Report.ms(percentile(millis, 95)),
                Report.ms(percentile(millis, 100)));
    }

    /** @return the p-th percentile (nearest rank) of the values */
    static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    // ---------------------------------------------------------------------------------------------- queries

    private void queriesAtScale() throws Exception {
        SandboxData data = new SandboxData(new CallGenerator(new SalesOrg(7), 7, 100_000, 90,
                ZoneId.of("America/Los_Angeles"), "http://localhost/media"), 90,
                Clock.fixed(StoreFixture.NOW, ZoneOffset.UTC), 7);
        List<SandboxCall> all = data.find(CallsFilter.builder().build());
        List<TestDatabase> databases = new ArrayList<>();
        List<TestDatabase.Opened> opened = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (TestDatabase database : TestDatabase.values()) {
            try {
                opened.add(database.open());
                databases.add(database);
            } catch (RuntimeException absent) {
                skipped.add(database + " skipped: " + absent.getMessage());
            }
        }
        report.section("3b. Dashboard at scale: the store's queries",
                all.size() + " generated calls (seed 7, 90 days) written through `CallStore` (the sync's upsert, "
                        + "500 calls per transaction) into H2 (in memory) and PostgreSQL (local, Debian's 15), the two "
                        + "loads side by side, each batch rendered once; then each query run 10 times to warm up "
                        + "and 50 times measured, as the dashboard runs it." + (skipped.isEmpty() ? ""
                        : " " + String.join("; ", skipped) + "."));
        ExecutorService writers = Executors.newFixedThreadPool(opened.size());
        long start = System.nanoTime();
        long[] done = new long[opened.size()];
        try {
            for (int i = 0; i < all.size(); i += 500) {
                List<io.calldeck.connector.model.ExtensiveCall> batch = all.subList(i, Math.min(all.size(), i + 500))
                        .stream().map(data::render).toList();
                List<java.util.concurrent.Future<?>> writes = new ArrayList<>();
                for (int d = 0; d < opened.size(); d++) {
                    TestDatabase.Opened db = opened.get(d);
                    int index = d;
                    writes.add(writers.submit(() -> {
                        EntityManager em = db.factory().createEntityManager();
                        StoreFixture.runInTransaction(em, e -> new CallStore(e).saveCalls(batch,
                                OffsetDateTime.now(ZoneOffset.UTC)));
                        em.close();
                        done[index] = System.nanoTime();
                    }));
                }
                for (java.util.concurrent.Future<?> write : writes) {
                    write.get();
                }
            }
        } finally {
            writers.shutdown();
        }
        for (int d = 0; d < opened.size(); d++) {
            if (databases.get(d) == TestDatabase.POSTGRESQL) { // fresh statistics, as autovacuum would give a live store
                EntityManager em = opened.get(d).factory().createEntityManager();
                StoreFixture.runInTransaction(em, e -> e.createNativeQuery("ANALYZE").executeUpdate());
                em.close();
            }
        }
        Report.Table table = report.table("Database", "Rows", "Load (side by side)", "Query", "p50 ms", "p95 ms");
        for (int d = 0; d < opened.size(); d++) {
            TestDatabase database = databases.get(d);
            TestDatabase.Opened db = opened.get(d);
            try {
                String load = Report.s((done[d] - start) / 1e9) + " s";
                EntityManager em = db.factory().createEntityManager();
                String rows = count(em, "CallEntity") + " calls, " + count(em, "PartyEntity") + " parties, "
                        + count(em, "CommentEntity") + " comments";
                CallQueries queries = new CallQueries(em);
                OffsetDateTime end = StoreFixture.NOW.atOffset(ZoneOffset.UTC);
                CallFilter lastMonth = new CallFilter(end.minusDays(30), end, null, null, null, null, null, null,
                        null, null, null, null);
                CallFilter narrow = new CallFilter(end.minusDays(90), end, null, null, List.of("Outbound"),
                        List.of("External"), null, 600L, null, "call", null, null);
                String rep = data.users().get(3).id();
                CallFilter oneRep = new CallFilter(end.minusDays(90), end, List.of(rep), null, null, null, null, null,
                        null, null, Boolean.TRUE, null);
                queryRow(table, database, rows, load, "calls table: 30 days, newest first, page 1 of 50",
                        () -> queries.search(lastMonth, CallSort.STARTED, false, 0, 50));
                queryRow(table, database, "", "", "calls table: page 40 sorted by duration",
                        () -> queries.search(lastMonth, CallSort.DURATION, true, 2000, 50));
                queryRow(table, database, "", "", "calls table: direction + scope + min duration + title",
                        () -> queries.search(narrow, CallSort.STARTED, false, 0, 50));
                queryRow(table, database, "", "", "calls table: one rep, with comments, 90 days",
                        () -> queries.search(oneRep, CallSort.STARTED, false, 0, 50));
                queryRow(table, database, "", "", "talk time per rep, 90 days",
                        () -> queries.talkTimeByRep(new CallQueries.TalkTimeFilter(end.minusDays(90), end, null, null,
                                null)));
                queryRow(table, database, "", "", "weekly talk time, 90 days",
                        () -> queries.talkTimeByWeek(new CallQueries.TalkTimeFilter(end.minusDays(90), end, null,
                                null, null)));
                em.close();
            } finally {
                db.close();
            }
        }
        table.end();
    }

    private static long count(EntityManager em, String entity) {
        return em.createQuery("SELECT COUNT(e) FROM " + entity + " e", Long.class).getSingleResult();
    }

    private static void queryRow(Report.Table table, TestDatabase database, String rows, String load, String name,
                                 Supplier<?> query) {
        for (int i = 0; i < 10; i++) {
            query.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long start = System.nanoTime();
            query.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        table.row(database, rows, load, name, Report.ms(percentile(millis, 50)), Report.ms(percentile(millis, 95)));
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
        double curlSeconds = Double.parseDouble(curlOut[0]);
        Files.delete(file);
        double mbps = size / 1_048_576.0 / seconds;
        double curlMbps = size / 1_048_576.0 / curlSeconds;
        report.section("4. Upload of a 1.5 GB recording",
                "A sparse 1.5 GB file streamed as multipart `mediaFile` to the sandbox's `PUT /v2/calls/{id}/media` "
                        + "on loopback: by the connector in a JVM with `-Xmx256m`, and by `curl -F` (curl's multipart "
                        + "upload; `curl -T` sends a raw body, which this endpoint does not take), same file, same "
                        + "server. curl answered HTTP " + curlOut[curlOut.length - 1] + ".");
        report.table("Client", "Seconds", "MB/s", "Peak heap", "Ratio to curl")
                .row("CallDeck connector (-Xmx256m, max " + Report.mb(max) + ")", Report.s(seconds), Report.s(mbps),
                        Report.mb(peak), Report.ratio(mbps / curlMbps))
                .row("curl -F", Report.s(curlSeconds), Report.s(curlMbps), "–", "1.00").end();
    }
}
