package io.calldeck.monitoring;

import io.calldeck.sync.SyncService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness check {@code calldeck}: DOWN only when this server can no longer do its work and a restart would help,
 * that is when its scheduled sync will never run again (its task ended). Neither Gong's state nor the store's
 * answers affect it: a restart fixes neither.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Inject
    SyncService sync;

    @Override
    public HealthCheckResponse call() {
        java.util.Optional<Boolean> scheduled = sync.scheduleAlive();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("calldeck")
                .status(scheduled.orElse(true))
                .withData("syncScheduled", scheduled.map(alive -> alive ? "yes" : "ended").orElse("not scheduled"))
                .withData("syncRunning", sync.isRunning());
        return response.build();
    }
}
