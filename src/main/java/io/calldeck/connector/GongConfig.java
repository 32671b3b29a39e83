package io.calldeck.connector;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The connector's configuration, read once from MicroProfile Config. Every key has the environment-variable
 * form MicroProfile Config derives (upper case, {@code _} for {@code .} and {@code -}): {@code gong.base-url}
 * is {@code GONG_BASE_URL}.
 *
 * <table>
 * <caption>Keys</caption>
 * <tr><th>key</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@value #BASE_URL}</td><td>{@code https://api.gong.io}</td><td>Gong's API host; with OAuth the customer's {@code api_base_url_for_customer}</td></tr>
 * <tr><td>{@value #ACCESS_KEY}, {@value #ACCESS_KEY_SECRET}</td><td>none</td><td>Basic auth</td></tr>
 * <tr><td>{@value #BEARER_TOKEN}</td><td>none</td><td>OAuth 2.0 token (used when no access key is set)</td></tr>
 * <tr><td>{@value #CONNECT_TIMEOUT}</td><td>5000</td><td>TCP connect timeout, milliseconds</td></tr>
 * <tr><td>{@value #READ_TIMEOUT}</td><td>60000</td><td>time to wait for a response, milliseconds</td></tr>
 * <tr><td>{@value #UPLOAD_TIMEOUT}</td><td>3600000</td><td>longest a whole recording upload may take, milliseconds</td></tr>
 * <tr><td>{@value #RATE_PER_SECOND}</td><td>3</td><td>requests per second the connector allows itself</td></tr>
 * <tr><td>{@value #RATE_PER_DAY}</td><td>10000</td><td>requests per UTC day the connector allows itself</td></tr>
 * <tr><td>{@value #INTERACTIVE_MAX_WAIT}</td><td>5000</td><td>longest an interactive call waits for the rate budget, milliseconds</td></tr>
 * </table>
 *
 * <p>{@link #toString()} names the host and the kind of credentials, never their values.
 */
@ApplicationScoped
public class GongConfig {

    /** Gong's API base URL. */
    public static final String BASE_URL = "gong.base-url";
    /** Gong access key (Basic auth user). */
    public static final String ACCESS_KEY = "gong.access-key";
    /** Gong access key secret (Basic auth password). */
    public static final String ACCESS_KEY_SECRET = "gong.access-key-secret";
    /** OAuth 2.0 bearer token. */
    public static final String BEARER_TOKEN = "gong.bearer-token";
    /** Connect timeout in milliseconds. */
    public static final String CONNECT_TIMEOUT = "gong.connect-timeout-ms";
    /** Read timeout in milliseconds. */
    public static final String READ_TIMEOUT = "gong.read-timeout-ms";
    /** Timeout of a whole recording upload in milliseconds. */
    public static final String UPLOAD_TIMEOUT = "gong.upload-timeout-ms";
    /** Requests per second. */
    public static final String RATE_PER_SECOND = "gong.rate-limit.per-second";
    /** Requests per UTC day. */
    public static final String RATE_PER_DAY = "gong.rate-limit.per-day";
    /** Longest wait for the rate budget of an interactive call, in milliseconds. */
    public static final String INTERACTIVE_MAX_WAIT = "gong.rate-limit.interactive-max-wait-ms";
    /** First backoff after Gong fails (5xx, connection), in milliseconds; doubled per failure in a row. */
    public static final String RETRY_INITIAL_BACKOFF = "gong.retry.initial-backoff-ms";
    /** Longest backoff after Gong fails, in milliseconds. */
    public static final String RETRY_MAX_BACKOFF = "gong.retry.max-backoff-ms";

    /** Gong's public API host. */
    public static final String DEFAULT_BASE_URL = "https://api.gong.io";

    private URI baseUri;
    private GongCredentials credentials;
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration uploadTimeout;
    private int ratePerSecond;
    private int ratePerDay;
    private Duration interactiveMaxWait;
    private Duration initialBackoff;
    private Duration maxBackoff;

    /** For CDI's client proxy only. */
    protected GongConfig() {
    }

    /**
     * Reads and checks the configuration.
     *
     * @param config the MicroProfile Config to read
     * @throws IllegalArgumentException naming the key, when a value is malformed or only half of the access key is set
     */
    @Inject
    public GongConfig(Config config) {
        String url = config.getOptionalValue(BASE_URL, String.class).orElse(DEFAULT_BASE_URL);
        this.baseUri = parseBaseUri(url);
        this.credentials = readCredentials(config).orElse(null);
        this.connectTimeout = positiveMillis(config, CONNECT_TIMEOUT, 5_000);
        this.readTimeout = positiveMillis(config, READ_TIMEOUT, 60_000);
        this.uploadTimeout = positiveMillis(config, UPLOAD_TIMEOUT, 3_600_000);
        this.ratePerSecond = positiveInt(config, RATE_PER_SECOND, 3);
        this.ratePerDay = positiveInt(config, RATE_PER_DAY, 10_000);
        this.interactiveMaxWait = positiveMillis(config, INTERACTIVE_MAX_WAIT, 5_000);
        this.initialBackoff = positiveMillis(config, RETRY_INITIAL_BACKOFF, 500);
        this.maxBackoff = positiveMillis(config, RETRY_MAX_BACKOFF, 30_000);
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException(RETRY_MAX_BACKOFF + " (" + maxBackoff.toMillis() + ") must not be less than "
                    + RETRY_INITIAL_BACKOFF + " (" + initialBackoff.toMillis() + ")");
        }
    }

    /**
     * Reads the credentials the configuration holds.
     *
     * @param config the MicroProfile Config to read
     * @return the access key (preferred) or bearer token; empty when neither is set
     * @throws IllegalArgumentException when only one of access key and secret is set
     */
    public static Optional<GongCredentials> readCredentials(Config config) {
        Optional<String> key = nonBlank(config, ACCESS_KEY);
        Optional<String> secret = nonBlank(config, ACCESS_KEY_SECRET);
        if (key.isPresent() != secret.isPresent()) {
            throw new IllegalArgumentException(ACCESS_KEY + " and " + ACCESS_KEY_SECRET + " must be set together");
        }
        if (key.isPresent()) {
            return Optional.of(GongCredentials.accessKey(key.get(), secret.get()));
        }
        return nonBlank(config, BEARER_TOKEN).map(GongCredentials::bearerToken);
    }

    private static Optional<String> nonBlank(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static URI parseBaseUri(String url) {
        try {
            URI uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                throw new IllegalArgumentException(BASE_URL + " must be an http(s) URL, got: " + url);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(BASE_URL + " is not a valid URL: " + url, e);
        }
    }

    private static Duration positiveMillis(Config config, String key, long defaultValue) {
        return Duration.ofMillis(positiveInt(config, key, defaultValue));
    }

    private static int positiveInt(Config config, String key, long defaultValue) {
        long value = config.getOptionalValue(key, Long.class).orElse(defaultValue);
        if (value <= 0 || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(key + " must be a positive number, got: " + value);
        }
        return (int) value;
    }

    /** @return Gong's API base URI without a trailing slash, e.g. {@code https://api.gong.io} */
    public URI baseUri() {
        return baseUri;
    }

    /** @return the credentials, empty when none are configured (every call would then fail with 401) */
    public Optional<GongCredentials> credentials() {
        return Optional.ofNullable(credentials);
    }

    /** @return TCP connect timeout */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** @return how long to wait for a response once connected */
    public Duration readTimeout() {
        return readTimeout;
    }

    /** @return how long a whole recording upload (request sent and response received) may take */
    public Duration uploadTimeout() {
        return uploadTimeout;
    }

    /** @return how many requests per second the connector sends at most (Gong's default limit is 3) */
    public int ratePerSecond() {
        return ratePerSecond;
    }

    /** @return how many requests per UTC day the connector sends at most (Gong's default limit is 10,000) */
    public int ratePerDay() {
        return ratePerDay;
    }

    /** @return the longest an interactive call waits for the rate budget before failing with a rate-limit error */
    public Duration interactiveMaxWait() {
        return interactiveMaxWait;
    }

    /**
     * @return the backoff after the first failure of Gong in a row (5xx, connection failure, timeout, cut
     *         body); each further failure doubles it, with jitter, up to {@link #maxBackoff()}
     */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /** @return the longest backoff after failures of Gong */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    @Override
    public String toString() {
        return "GongConfig[baseUri=" + baseUri() + ", credentials="
                + credentials().map(Object::toString).orElse("none") + "]";
    }
}
