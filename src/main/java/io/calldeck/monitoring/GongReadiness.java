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
 * Health check {@code gong}, listed with the readiness checks but always UP: Gong's state is data, never a reason to
 * take CallDeck out of a load balancer, since it serves its store while Gong is down (the pages say since when).
 * The data operators ask for first: {@code reachable}, since when it is not, the last successful sync, the last
 * error, and today's rate budget. The same state is on {@code /api/sync} and in the metrics.
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
                .up()
                .withData("reachable", !sync.gongUnreachable())
                .withData("lastSuccessfulSync", text(progress.lastSuccessAt()))
                .withData("syncRunning", progress.running())
                .withData("requestsUsedToday", budget.usedToday())
                .withData("requestsPerDay", budget.perDay())
                .withData("requestsCountedForAllServers", budget.allServers())
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
