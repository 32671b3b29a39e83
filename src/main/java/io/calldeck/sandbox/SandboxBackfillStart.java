package io.calldeck.sandbox;

import io.calldeck.connector.model.CallsFilter;
import io.calldeck.sandbox.data.SandboxCall;
import io.calldeck.sync.BackfillStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Recorded calls span months (those in Gong's documents, 2023 to 2024): the first backfill of the sandbox's store
 * reaches back to the earliest of them, so that every recorded call reaches the store. Generated calls fit the
 * default 90 days.
 */
@ApplicationScoped
public class SandboxBackfillStart implements BackfillStart {

    @Inject
    SandboxSettings settings;

    @Inject
    jakarta.enterprise.inject.Instance<Sandbox> sandbox;

    @Override
    public Optional<OffsetDateTime> earliestCall() {
        if (!settings.connectorUsesSandbox() || settings.dataset().isEmpty()) {
            return Optional.empty();
        }
        return sandbox.get().data().find(CallsFilter.builder().build()).stream().findFirst()
                .map(SandboxCall::started).map(started -> started.atOffset(ZoneOffset.UTC));
    }
}
