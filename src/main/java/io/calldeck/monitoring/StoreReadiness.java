package io.calldeck.monitoring;

import io.calldeck.store.CallSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness check {@code store}: UP when CallDeck's database answers, with the number of calls it holds. */
@Readiness
@ApplicationScoped
public class StoreReadiness implements HealthCheck {

    @Inject
    CallSearch queries;

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("store").up().withData("calls", queries.callCount()).build();
        } catch (PersistenceException e) {
            return HealthCheckResponse.named("store").down()
                    .withData("error", e.getClass().getSimpleName() + ": " + e.getMessage()).build();
        }
    }
}
