package io.calldeck.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The sync's settings ({@code calldeck.sync.*}; environment variables {@code CALLDECK_SYNC_*}).
 *
 * <table>
 * <caption>Keys</caption>
 * <tr><th>key</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@value #ENABLED}</td><td>true</td><td>run the scheduled sync</td></tr>
 * <tr><td>{@value #INTERVAL}</td><td>15</td><td>minutes between scheduled runs</td></tr>
 * <tr><td>{@value #INITIAL_DELAY}</td><td>5</td><td>seconds after start-up before the first run</td></tr>
 * <tr><td>{@value #LOOK_BACK}</td><td>3</td><td>days before the last synced time that every run reads again</td></tr>
 * <tr><td>{@value #BACKFILL_DAYS}</td><td>90</td><td>how far back the first run reads</td></tr>
 * <tr><td>{@value #BACKFILL_FROM}</td><td>none</td><td>a date (ISO, UTC) the first run reads from instead</td></tr>
 * <tr><td>{@value #TRANSCRIPTS}</td><td>false</td><td>also fetch transcripts of synced calls, 100 calls a request</td></tr>
 * <tr><td>{@value #PRIVATE_TRANSCRIPTS}</td><td>false</td><td>include private calls in the transcript sync</td></tr>
 * <tr><td>{@value #NODE}</td><td>host/server</td><td>this server's name in the sync lease</td></tr>
 * </table>
 *
 * @param enabled            whether the scheduled sync runs
 * @param interval           between scheduled runs
 * @param initialDelay       before the first run after start-up
 * @param lookBack           re-read before the last synced time
 * @param backfillDays       how far back the first run reads
 * @param backfillFrom       the date the first run reads from, if set
 * @param transcripts        whether transcripts are synced in bulk
 * @param privateTranscripts whether private calls' transcripts are included
 * @param node               this server's name in the lease
 */
public record SyncSettings(boolean enabled, Duration interval, Duration initialDelay, Duration lookBack,
                           int backfillDays, Optional<LocalDate> backfillFrom, boolean transcripts,
                           boolean privateTranscripts, String node) {

    /** Run the scheduled sync. */
    public static final String ENABLED = "calldeck.sync.enabled";
    /** Minutes between runs. */
    public static final String INTERVAL = "calldeck.sync.interval-minutes";
    /** Seconds before the first run. */
    public static final String INITIAL_DELAY = "calldeck.sync.initial-delay-seconds";
    /** Look-back days. */
    public static final String LOOK_BACK = "calldeck.sync.look-back-days";
    /** Days the first run reads. */
    public static final String BACKFILL_DAYS = "calldeck.sync.backfill-days";
    /** Date the first run reads from. */
    public static final String BACKFILL_FROM = "calldeck.sync.backfill-from";
    /** Bulk transcript sync. */
    public static final String TRANSCRIPTS = "calldeck.sync.transcripts";
    /** Include private calls in the transcript sync. */
    public static final String PRIVATE_TRANSCRIPTS = "calldeck.sync.transcripts-include-private";
    /** This server's name in the lease. */
    public static final String NODE = "calldeck.sync.node-id";

    /**
     * @param config MicroProfile Config
     * @return the settings
     * @throws IllegalArgumentException naming the key of a malformed value
     */
    public static SyncSettings from(Config config) {
        return new SyncSettings(
                config.getOptionalValue(ENABLED, Boolean.class).orElse(true),
                Duration.ofMinutes(positive(config, INTERVAL, 15)),
                Duration.ofSeconds(config.getOptionalValue(INITIAL_DELAY, Integer.class).orElse(5)),
                Duration.ofDays(positive(config, LOOK_BACK, 3)),
                positive(config, BACKFILL_DAYS, 90),
                config.getOptionalValue(BACKFILL_FROM, String.class).filter(s -> !s.isBlank()).map(value -> {
                    try {
                        return LocalDate.parse(value);
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException(BACKFILL_FROM + " must be a date like 2026-01-31, got: "
                                + value, e);
                    }
                }),
                config.getOptionalValue(TRANSCRIPTS, Boolean.class).orElse(false),
                config.getOptionalValue(PRIVATE_TRANSCRIPTS, Boolean.class).orElse(false),
                config.getOptionalValue(NODE, String.class).filter(s -> !s.isBlank()).orElseGet(SyncSettings::defaultNode));
    }

    private static int positive(Config config, String key, int defaultValue) {
        int value = config.getOptionalValue(key, Integer.class).orElse(defaultValue);
        if (value <= 0) {
            throw new IllegalArgumentException(key + " must be positive, got: " + value);
        }
        return value;
    }

    private static String defaultNode() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "/" + System.getProperty("wlp.server.name", "calldeck");
    }

    /** CDI producer of the settings. */
    @ApplicationScoped
    public static class Producer {
        @Inject
        Config config;

        @jakarta.enterprise.inject.Produces
        @jakarta.inject.Singleton
        SyncSettings settings() {
            return from(config);
        }
    }
}
