package io.calldeck.monitoring;

import io.calldeck.connector.GongCalls;
import io.calldeck.connector.GongRequestCompleted;
import io.calldeck.sync.SyncService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * CallDeck's metrics, in the application registry ({@code /metrics?scope=application}):
 * <ul>
 *   <li>{@code gong_requests_total{endpoint, status}}: requests sent to Gong, by endpoint and HTTP status (0 when
 *       no status came back), from the connector's {@link GongRequestCompleted} events;</li>
 *   <li>{@code gong_request_seconds{endpoint}}: their duration, and {@code gong_request_wait_seconds{endpoint}}:
 *       how long they waited for the rate budget first;</li>
 *   <li>gauges of the budget: {@code gong_budget_used_today}, {@code gong_budget_remaining_today},
 *       {@code gong_rate_limited_total} (429s), {@code gong_failures_total} (5xx and connection failures);</li>
 *   <li>the sync: {@code calldeck_sync_lag_seconds} (since the last successful run; −1 before the first) and
 *       {@code calldeck_sync_running}.</li>
 * </ul>
 * Retries and the circuit breaker's state are Fault Tolerance's own metrics ({@code ft_retry_retries_total},
 * {@code ft_circuitbreaker_state_total}, … with {@code method="io.calldeck.connector.internal.GongTransport.send"}: one for every request).
 */
@ApplicationScoped
public class GongMetrics {

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    @Inject
    GongCalls gong;

    @Inject
    SyncService sync;

    /**
     * Registers the gauges when the application starts.
     *
     * @param started the application's start
     */
    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.gauge(Metadata.builder().withName("gong_budget_used_today")
                .withDescription("Requests sent to Gong since 00:00 UTC, by every server that shares the store's rate limit").build(),
                gong, g -> g.rateBudget().usedToday());
        registry.gauge(Metadata.builder().withName("gong_budget_remaining_today")
                .withDescription("Requests left in today's budget (gong.rate-limit.per-day)").build(),
                gong, g -> g.rateBudget().remainingToday());
        registry.gauge(Metadata.builder().withName("gong_rate_limited_total")
                .withDescription("429 answers from Gong to this server since it started").build(),
                gong, g -> g.rateBudget().rateLimitedTotal());
        registry.gauge(Metadata.builder().withName("gong_failures_total")
                .withDescription("5xx answers, connection failures and timeouts of this server since it started").build(),
                gong, g -> g.rateBudget().failuresTotal());
        registry.gauge(Metadata.builder().withName("calldeck_sync_lag_seconds").withUnit(MetricUnits.SECONDS)
                .withDescription("Seconds since the last successful sync; -1 before the first").build(),
                sync, s -> {
                    Instant last = s.progress().lastSuccessAt();
                    return last == null ? -1 : Duration.between(last, Instant.now()).toSeconds();
                });
        registry.gauge(Metadata.builder().withName("calldeck_sync_running")
                .withDescription("1 while a sync runs").build(), sync, s -> s.isRunning() ? 1 : 0);
    }

    /**
     * Counts and times one request the connector sent.
     *
     * @param request what the connector reported
     */
    void record(@Observes GongRequestCompleted request) {
        Tag endpoint = new Tag("endpoint", request.endpoint());
        registry.counter(Metadata.builder().withName("gong_requests_total")
                .withDescription("Requests sent to Gong, by endpoint and HTTP status (0: no status)").build(),
                endpoint, new Tag("status", Integer.toString(request.status()))).inc();
        registry.timer(Metadata.builder().withName("gong_request_seconds")
                .withDescription("Time from sending a request to Gong to reading its answer").build(), endpoint)
                .update(request.elapsed());
        registry.timer(Metadata.builder().withName("gong_request_wait_seconds")
                .withDescription("Time a request waited for the rate budget before it was sent").build(), endpoint)
                .update(request.waited());
    }
}
