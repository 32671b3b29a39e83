package io.calldeck.monitoring;

import io.calldeck.store.GongIdentity;
import io.calldeck.store.StoreGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness check {@code store-gong}: DOWN while the store holds another Gong's calls than the one configured, so
 * that CallDeck does not sync (and a deployment that switched Gongs by mistake is not put in service); the data
 * says which Gong is configured and what to set. UP otherwise.
 */
@Readiness
@ApplicationScoped
public class StoreBindingReadiness implements HealthCheck {

    @Inject
    StoreGuard guard;

    @Inject
    GongIdentity gong;

    @Override
    public HealthCheckResponse call() {
        var outcome = guard.outcome();
        return HealthCheckResponse.named("store-gong").status(outcome.syncAllowed())
                .withData("configuredGong", gong.description())
                .withData("binding", outcome.state().name())
                .withData("message", outcome.message()).build();
    }
}
