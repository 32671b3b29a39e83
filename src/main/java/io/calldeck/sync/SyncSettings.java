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
 * The sync's settings ({@code calldeck.sync.*}, {@code calldeck.transcripts.*}; environment variables
 * {@code CALLDECK_SYNC_*}, {@code CALLDECK_TRANSCRIPTS_*}).
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
 * <tr><td>{@value #REFRESH_DAYS}</td><td>30</td><td>days a refresh re-reads in full</td></tr>
 * <tr><td>{@value #REFRESH_INTERVAL}</td><td>1440</td><td>minutes between refreshes</td></tr>
 * <tr><td>{@value #TRANSCRIPTS}</td><td>false</td><td>also fetch transcripts of synced calls, 100 calls a request</td></tr>
 * <tr><td>{@value #PRIVATE_TRANSCRIPTS}</td><td>false</td><td>fetch private calls' transcripts (sync and pages)</td></tr>
 * <tr><td>{@value #TRANSCRIPT_RETRY}</td><td>60</td><td>minutes before Gong is asked again for a young call's empty transcript</td></tr>
 * <tr><td>{@value #NODE}</td><td>host/server</td><td>this server's name in the sync lease</td></tr>
 * <tr><td>{@value #LEASE}</td><td>120</td><td>seconds the sync lease lasts unless renewed (a quarter of it apart,
 * also while the run waits); after a server's loss another takes its run over this long after its last renewal</td></tr>
 * </table>
 *
 * @param enabled            whether the scheduled sync runs
 * @param interval           between scheduled runs
 * @param initialDelay       before the first run after start-up
 * @param lookBack           re-read before the last synced time
 * @param backfillDays       how far back the first run reads
 * @param backfillFrom       the date the first run reads from, if set
 * @param refreshDays        how many days before now a refresh re-reads (Gong publishes comments, trackers and
 *                           topics on older calls late)
 * @param refreshInterval    between refreshes
 * @param transcripts        whether transcripts are synced in bulk
 * @param privateTranscripts whether private calls' transcripts are fetched at all (by the sync and by pages)
 * @param transcriptRetry    how long after asking Gong for a transcript it had none of, it is asked again (for
 *                           calls younger than {@link #TRANSCRIPT_YOUNG})
 * @param node               this server's name in the lease
 * @param lease              how long the sync lease lasts unless renewed
 */
public record SyncSettings(boolean enabled, Duration interval, Duration initialDelay, Duration lookBack,
                           int backfillDays, Optional<LocalDate> backfillFrom, int refreshDays,
                           Duration refreshInterval, boolean transcripts, boolean privateTranscripts,
                           Duration transcriptRetry, String node, Duration lease) {

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
    /** Days a refresh re-reads. */
    public static final String REFRESH_DAYS = "calldeck.sync.refresh-days";
    /** Minutes between refreshes. */
    public static final String REFRESH_INTERVAL = "calldeck.sync.refresh-interval-minutes";
    /** Bulk transcript sync. */
    public static final String TRANSCRIPTS = "calldeck.sync.transcripts";
    /** Fetch private calls' transcripts. */
    public static final String PRIVATE_TRANSCRIPTS = "calldeck.sync.transcripts-include-private";
    /** Minutes before an empty transcript of a young call is asked for again. */
    public static final String TRANSCRIPT_RETRY = "calldeck.transcripts.retry-minutes";
    /** This server's name in the lease. */
    public static final String NODE = "calldeck.sync.node-id";
    /** Seconds the lease lasts unless renewed. */
    public static final String LEASE = "calldeck.sync.lease-seconds";

    /** Calls younger than this may still get a transcript: an empty one is asked for again. */
    public static final Duration TRANSCRIPT_YOUNG = Duration.ofDays(7);

    /**
     * @param config MicroProfile Config
     * @return the settings
     * @throws IllegalArgumentException naming the key of a malformed value
     */
    public static SyncSettings from(Config config) {
        return builder()
                .enabled(config.getOptionalValue(ENABLED, Boolean.class).orElse(true))
                .interval(Duration.ofMinutes(positive(config, INTERVAL, 15)))
                .initialDelay(Duration.ofSeconds(notNegative(config, INITIAL_DELAY, 5)))
                .lookBack(Duration.ofDays(positive(config, LOOK_BACK, 3)))
                .backfillDays(positive(config, BACKFILL_DAYS, 90))
                .backfillFrom(config.getOptionalValue(BACKFILL_FROM, String.class).filter(s -> !s.isBlank())
                        .map(value -> {
                            try {
                                return LocalDate.parse(value);
                            } catch (RuntimeException e) {
                                throw new IllegalArgumentException(BACKFILL_FROM
                                        + " must be a date like 2026-01-31, got: " + value, e);
                            }
                        }).orElse(null))
                .refreshDays(positive(config, REFRESH_DAYS, 30))
                .refreshInterval(Duration.ofMinutes(positive(config, REFRESH_INTERVAL, 1440)))
                .transcripts(config.getOptionalValue(TRANSCRIPTS, Boolean.class).orElse(false))
                .privateTranscripts(config.getOptionalValue(PRIVATE_TRANSCRIPTS, Boolean.class).orElse(false))
                .transcriptRetry(Duration.ofMinutes(notNegative(config, TRANSCRIPT_RETRY, 60)))
                .node(config.getOptionalValue(NODE, String.class).filter(s -> !s.isBlank())
                        .orElseGet(SyncSettings::defaultNode))
                .lease(Duration.ofSeconds(atLeast(config, LEASE, 120, 8)))
                .build();
    }

    /** @return a builder with the defaults (as with no configuration; node {@code "local"}) */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these settings, to change some */
    public Builder toBuilder() {
        return new Builder().enabled(enabled).interval(interval).initialDelay(initialDelay).lookBack(lookBack)
                .backfillDays(backfillDays).backfillFrom(backfillFrom.orElse(null)).refreshDays(refreshDays)
                .refreshInterval(refreshInterval).transcripts(transcripts).privateTranscripts(privateTranscripts)
                .transcriptRetry(transcriptRetry).node(node).lease(lease);
    }

    private static int atLeast(Config config, String key, int defaultValue, int least) {
        int value = config.getOptionalValue(key, Integer.class).orElse(defaultValue);
        if (value < least) {
            throw new IllegalArgumentException(key + " must be at least " + least + ", got: " + value);
        }
        return value;
    }

    private static int positive(Config config, String key, int defaultValue) {
        int value = config.getOptionalValue(key, Integer.class).orElse(defaultValue);
        if (value <= 0) {
            throw new IllegalArgumentException(key + " must be positive, got: " + value);
        }
        return value;
    }

    private static int notNegative(Config config, String key, int defaultValue) {
        int value = config.getOptionalValue(key, Integer.class).orElse(defaultValue);
        if (value < 0) {
            throw new IllegalArgumentException(key + " must be 0 or more, got: " + value);
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

    /** Builds {@link SyncSettings}, starting from the defaults. */
    public static final class Builder {
        private boolean enabled = true;
        private Duration interval = Duration.ofMinutes(15);
        private Duration initialDelay = Duration.ofSeconds(5);
        private Duration lookBack = Duration.ofDays(3);
        private int backfillDays = 90;
        private LocalDate backfillFrom;
        private int refreshDays = 30;
        private Duration refreshInterval = Duration.ofDays(1);
        private boolean transcripts;
        private boolean privateTranscripts;
        private Duration transcriptRetry = Duration.ofMinutes(60);
        private String node = "local";
        private Duration lease = Duration.ofMinutes(2);

        private Builder() {
        }

        /** @param value whether the scheduled sync runs @return this */
        public Builder enabled(boolean value) {
            enabled = value;
            return this;
        }

        /** @param value between scheduled runs @return this */
        public Builder interval(Duration value) {
            interval = value;
            return this;
        }

        /** @param value before the first run @return this */
        public Builder initialDelay(Duration value) {
            initialDelay = value;
            return this;
        }

        /** @param value the look-back @return this */
        public Builder lookBack(Duration value) {
            lookBack = value;
            return this;
        }

        /** @param value days the first run reads @return this */
        public Builder backfillDays(int value) {
            backfillDays = value;
            return this;
        }

        /** @param value the date the first run reads from, or {@code null} @return this */
        public Builder backfillFrom(LocalDate value) {
            backfillFrom = value;
            return this;
        }

        /** @param value days a refresh re-reads @return this */
        public Builder refreshDays(int value) {
            refreshDays = value;
            return this;
        }

        /** @param value between refreshes @return this */
        public Builder refreshInterval(Duration value) {
            refreshInterval = value;
            return this;
        }

        /** @param value whether transcripts are synced in bulk @return this */
        public Builder transcripts(boolean value) {
            transcripts = value;
            return this;
        }

        /** @param value whether private calls' transcripts are fetched @return this */
        public Builder privateTranscripts(boolean value) {
            privateTranscripts = value;
            return this;
        }

        /** @param value before an empty transcript is asked for again @return this */
        public Builder transcriptRetry(Duration value) {
            transcriptRetry = value;
            return this;
        }

        /** @param value this server's name in the lease @return this */
        public Builder node(String value) {
            node = value;
            return this;
        }

        /** @param value how long the lease lasts unless renewed @return this */
        public Builder lease(Duration value) {
            lease = value;
            return this;
        }

        /** @return the settings */
        public SyncSettings build() {
            return new SyncSettings(enabled, interval, initialDelay, lookBack, backfillDays,
                    Optional.ofNullable(backfillFrom), refreshDays, refreshInterval, transcripts, privateTranscripts,
                    transcriptRetry, node, lease);
        }
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
