package io.calldeck.monitoring;

import io.calldeck.connector.GongCalls;
import io.calldeck.connector.RateBudgetStatus;
import io.calldeck.sync.SyncProgress;
import io.calldeck.sync.SyncService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness check {@code gong}: DOWN while the sync cannot reach Gong (connection failures, 5xx, an open circuit
 * breaker), with the data operators ask for first: since when, the last successful sync, the last error, and
 * today's rate budget. The dashboard keeps serving the store meanwhile; the {@code store} check says whether it
 * can.
 */
@Readiness
@ApplicationScoped
public class GongReadiness implements HealthCheck {

    @Inject
    SyncService sync;

    @Inject
    GongCalls gong;

    @Override
    public HealthCheckResponse call() {
        SyncProgress progress = sync.progress();
        RateBudgetStatus budget = gong.rateBudget();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("gong")
                .status(!sync.gongUnreachable())
                .withData("lastSuccessfulSync", text(progress.lastSuccessAt()))
                .withData("syncRunning", progress.running())
                .withData("requestsUsedToday", budget.usedToday())
                .withData("requestsPerDay", budget.perDay())
                .withData("rateLimited", budget.rateLimitedTotal())
                .withData("failures", budget.failuresTotal());
        if (sync.gongUnreachable()) {
            response.withData("unreachableSince", text(sync.gongUnreachableSince()));
        }
        if (progress.lastError() != null) {
            response.withData("lastError", progress.lastError());
        }
        return response.build();
    }

    private static String text(Instant instant) {
        return instant == null ? "never" : instant.toString();
    }
}
