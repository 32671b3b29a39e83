package io.calldeck.sandbox;

import io.calldeck.connector.GongConfig;
import io.calldeck.connector.GongCredentials;
import io.calldeck.connector.GongScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The sandbox's settings, from MicroProfile Config ({@code calldeck.sandbox.*}; environment variables
 * {@code CALLDECK_SANDBOX_*}), and whether it is on.
 *
 * <p>The sandbox is on when {@value #ENABLED} is {@code true}, or when it is unset and no Gong credentials
 * ({@code gong.access-key} or {@code gong.bearer-token}) are configured. When it is on and {@code gong.base-url}
 * is not set, the connector talks to the sandbox with the sandbox's own credentials (generated at start unless
 * {@value #ACCESS_KEY}/{@value #ACCESS_KEY_SECRET} are given).
 */
@ApplicationScoped
public class SandboxSettings {

    /** {@code true}, {@code false}, or unset (on exactly when no Gong credentials are configured). */
    public static final String ENABLED = "calldeck.sandbox.enabled";
    /** Seed of the generated data; the same seed gives the same calls. */
    public static final String SEED = "calldeck.sandbox.seed";
    /** About how many calls to generate over {@link #DAYS}. */
    public static final String CALLS = "calldeck.sandbox.calls";
    /** How many days back the generated calls reach. */
    public static final String DAYS = "calldeck.sandbox.days";
    /** A file or folder of recorded Gong responses to serve instead of generated calls. */
    public static final String DATASET = "calldeck.sandbox.dataset";
    /**
     * Whether recorded calls keep their recorded dates (default {@code false}: they move into the recent past by whole
     * weeks, so that a new store's first backfill finds them all).
     */
    public static final String DATASET_KEEP_DATES = "calldeck.sandbox.dataset-keep-dates";
    /**
     * Pins the sandbox's clock so that its data does not move: an ISO-8601 instant, or {@code start} for the moment
     * the server started; unset follows the real clock (calls keep arriving).
     */
    public static final String NOW = "calldeck.sandbox.now";
    /**
     * Whether the generated calls are published late, as Gong publishes them (default {@code true}): some calls
     * listed hours after they ended, comments posted weeks after the call, transcripts ready hours after it.
     */
    public static final String LATE_PUBLICATION = "calldeck.sandbox.late-publication";
    /** The company's time zone, in which the sandbox writes times (Gong uses the company's UTC offset). */
    public static final String TIME_ZONE = "calldeck.sandbox.time-zone";
    /** The URL the connector reaches the sandbox at. */
    public static final String BASE_URL = "calldeck.sandbox.base-url";
    /** The access key the sandbox accepts (generated when unset). */
    public static final String ACCESS_KEY = "calldeck.sandbox.access-key";
    /** Its secret (generated when unset). */
    public static final String ACCESS_KEY_SECRET = "calldeck.sandbox.access-key-secret";
    /**
     * More credentials the sandbox accepts, separated by commas, each with its own limits: {@code key:secret}, or
     * {@code key:secret:scopes} to give it only those scopes (separated by spaces, e.g.
     * {@code it-key:s3cret:api:calls:read:extensive api:calls:read:basic}); without scopes, it has all.
     */
    public static final String EXTRA_CREDENTIALS = "calldeck.sandbox.extra-credentials";
    /**
     * The scopes of the sandbox's own credential (the one CallDeck uses), separated by spaces or commas; unset: all
     * of them ({@link GongScope}). A request outside its credential's scopes is answered as Gong does: HTTP 401
     * {@code "You don't have permission to use '<scope>' in your app."}.
     */
    public static final String SCOPES = "calldeck.sandbox.scopes";
    /** Requests per second per credential before 429. */
    public static final String RATE_PER_SECOND = "calldeck.sandbox.rate-limit.per-second";
    /** Requests per UTC day per credential before 429. */
    public static final String RATE_PER_DAY = "calldeck.sandbox.rate-limit.per-day";
    /** How long a cursor lives after the first page of its listing, in seconds. */
    public static final String CURSOR_TTL = "calldeck.sandbox.cursor-ttl-seconds";

    private boolean enabled;
    private boolean explicitlyEnabled;
    private long seed;
    private int calls;
    private int days;
    private Optional<Path> dataset;
    private SandboxClock clock;
    private boolean latePublication;
    private boolean keepDatasetDates;
    private ZoneId timeZone;
    private URI baseUri;
    private GongCredentials credentials;
    private java.util.List<GongCredentials> extraCredentials;
    private java.util.Map<String, java.util.Set<String>> scopes;
    private boolean generatedCredentials;
    private int ratePerSecond;
    private int ratePerDay;
    private Duration cursorTtl;
    private boolean gongBaseUrlConfigured;

    /** For CDI's client proxy only. */
    protected SandboxSettings() {
    }

    /**
     * @param config MicroProfile Config
     * @throws IllegalArgumentException naming the key of a malformed value
     */
    @Inject
    public SandboxSettings(Config config) {
        Optional<Boolean> flag = config.getOptionalValue(ENABLED, Boolean.class);
        boolean realCredentials = GongConfig.readCredentials(config).isPresent();
        this.explicitlyEnabled = flag.orElse(false);
        this.enabled = flag.orElse(!realCredentials);
        this.seed = config.getOptionalValue(SEED, Long.class).orElse(42L);
        this.calls = positive(config, CALLS, 2000);
        this.days = positive(config, DAYS, 90);
        this.dataset = config.getOptionalValue(DATASET, String.class).filter(s -> !s.isBlank()).map(Path::of);
        this.clock = new SandboxClock(Clock.systemUTC(), config.getOptionalValue(NOW, String.class)
                .filter(s -> !s.isBlank())
                .map(value -> "start".equalsIgnoreCase(value.trim()) ? Instant.now() : parseInstant(value)).orElse(null));
        this.latePublication = config.getOptionalValue(LATE_PUBLICATION, Boolean.class).orElse(true);
        this.keepDatasetDates = config.getOptionalValue(DATASET_KEEP_DATES, Boolean.class).orElse(false);
        this.timeZone = ZoneId.of(config.getOptionalValue(TIME_ZONE, String.class).orElse("America/Los_Angeles"));
        this.baseUri = URI.create(config.getOptionalValue(BASE_URL, String.class)
                .orElse("http://localhost:" + config.getOptionalValue("http.port", String.class).orElse("9080")
                        + "/sandbox"));
        Optional<String> key = config.getOptionalValue(ACCESS_KEY, String.class).filter(s -> !s.isBlank());
        Optional<String> secret = config.getOptionalValue(ACCESS_KEY_SECRET, String.class).filter(s -> !s.isBlank());
        this.generatedCredentials = key.isEmpty() || secret.isEmpty();
        this.credentials = GongCredentials.accessKey(key.orElseGet(() -> "sandbox-" + random(8)),
                secret.orElseGet(() -> random(24)));
        this.scopes = new java.util.HashMap<>();
        this.scopes.put(name(credentials), config.getOptionalValue(SCOPES, String.class).filter(v -> !v.isBlank())
                .map(v -> scopeList(SCOPES, v)).orElse(ALL_SCOPES));
        this.extraCredentials = config.getOptionalValue(EXTRA_CREDENTIALS, String.class).stream()
                .flatMap(list -> java.util.Arrays.stream(list.split(","))).map(String::trim).filter(p -> !p.isEmpty())
                .map(entry -> {
                    String[] parts = entry.split(":", 3);
                    if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
                        throw new IllegalArgumentException(EXTRA_CREDENTIALS
                                + " must hold key:secret or key:secret:scopes entries, separated by commas");
                    }
                    GongCredentials extra = GongCredentials.accessKey(parts[0], parts[1]);
                    scopes.put(parts[0], parts.length == 3 ? scopeList(EXTRA_CREDENTIALS, parts[2]) : ALL_SCOPES);
                    return extra;
                }).toList();
        this.ratePerSecond = positive(config, RATE_PER_SECOND, 3);
        this.ratePerDay = positive(config, RATE_PER_DAY, 10_000);
        this.cursorTtl = Duration.ofSeconds(positive(config, CURSOR_TTL, 3600));
        this.gongBaseUrlConfigured = config.getOptionalValue(GongConfig.BASE_URL, String.class)
                .filter(s -> !s.isBlank()).isPresent();
    }

    /** Every scope the sandbox knows: what a credential has unless configured otherwise. */
    private static final java.util.Set<String> ALL_SCOPES = java.util.Arrays.stream(GongScope.values())
            .map(GongScope::value).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static java.util.Set<String> scopeList(String key, String value) {
        java.util.Set<String> list = new java.util.LinkedHashSet<>();
        for (String scope : value.trim().split("[\\s,]+")) {
            if (GongScope.of(scope).isEmpty()) {
                throw new IllegalArgumentException(key + " names an unknown scope: " + scope + " (known: "
                        + String.join(" ", new java.util.TreeSet<>(ALL_SCOPES)) + ")");
            }
            list.add(scope);
        }
        return java.util.Set.copyOf(list);
    }

    private static Instant parseInstant(String value) {
        try {
            return Instant.parse(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(NOW + " must be an ISO-8601 instant such as 2026-11-01T00:00:00Z, got: "
                    + value, e);
        }
    }

    private static int positive(Config config, String key, int defaultValue) {
        int value = config.getOptionalValue(key, Integer.class).orElse(defaultValue);
        if (value <= 0) {
            throw new IllegalArgumentException(key + " must be positive, got: " + value);
        }
        return value;
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    /** @return whether the sandbox serves requests */
    public boolean enabled() {
        return enabled;
    }

    /** @return whether {@value #ENABLED} was set to {@code true} */
    public boolean explicitlyEnabled() {
        return explicitlyEnabled;
    }

    /** @return whether the connector should talk to the sandbox (on, and {@code gong.base-url} not set) */
    public boolean connectorUsesSandbox() {
        return enabled && !gongBaseUrlConfigured;
    }

    /** @return the data seed */
    public long seed() {
        return seed;
    }

    /** @return about how many calls to generate */
    public int calls() {
        return calls;
    }

    /** @return how many days back the calls reach */
    public int days() {
        return days;
    }

    /** @return recorded responses to load instead of generating, if configured */
    public Optional<Path> dataset() {
        return dataset;
    }

    /** @return the sandbox's clock (pinned when {@value #NOW} is set; admins can move it) */
    public SandboxClock clock() {
        return clock;
    }

    /** @return whether recorded calls keep their recorded dates ({@value #DATASET_KEEP_DATES}) */
    public boolean keepDatasetDates() {
        return keepDatasetDates;
    }

    /** @return whether generated calls are published late, as Gong does ({@value #LATE_PUBLICATION}) */
    public boolean latePublication() {
        return latePublication;
    }

    /** @return the company's time zone */
    public ZoneId timeZone() {
        return timeZone;
    }

    /** @return where the connector reaches the sandbox */
    public URI baseUri() {
        return baseUri;
    }

    /** @return the credentials the sandbox accepts */
    public GongCredentials credentials() {
        return credentials;
    }

    /** @return every credential the sandbox accepts: its own first, then the extra ones */
    public java.util.List<GongCredentials> acceptedCredentials() {
        java.util.List<GongCredentials> all = new java.util.ArrayList<>();
        all.add(credentials);
        all.addAll(extraCredentials);
        return all;
    }

    /**
     * @param credentials one of the credentials the sandbox accepts
     * @return the name the sandbox counts and reports it by: its access key (never the secret)
     */
    public static String name(GongCredentials credentials) {
        return credentials instanceof GongCredentials.AccessKey key ? key.accessKey() : "bearer token";
    }

    /**
     * @param credential a credential's name ({@link #name(GongCredentials)})
     * @return the scopes it has (every scope when it is not one of the sandbox's)
     */
    public java.util.Set<String> scopesOf(String credential) {
        return scopes.getOrDefault(credential, ALL_SCOPES);
    }

    /** @return whether the credentials were generated at start (rather than configured) */
    public boolean generatedCredentials() {
        return generatedCredentials;
    }

    /** @return requests per second per credential before 429 */
    public int ratePerSecond() {
        return ratePerSecond;
    }

    /** @return requests per UTC day per credential before 429 */
    public int ratePerDay() {
        return ratePerDay;
    }

    /** @return how long a cursor lives after the first page of its listing */
    public Duration cursorTtl() {
        return cursorTtl;
    }
}
