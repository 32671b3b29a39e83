package io.calldeck.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After a test class that injects no faults: the sandbox refused none of CallDeck's own requests with 429 since the
 * server started, the first sync from a cold start and the pages' requests included. A 429 there is one CallDeck
 * caused itself, by sending faster than its rate budget says Gong allows.
 *
 * <pre>{@code @ExtendWith(NoOwn429s.class) class DashboardIT { ... }}</pre>
 */
public final class NoOwn429s implements AfterAllCallback {

    @Override
    public void afterAll(ExtensionContext context) {
        assertThat(ItServer.appRateLimited())
                .as("429s the sandbox answered CallDeck's own credential (%s) since the server started", ItServer.APP_KEY)
                .isZero();
    }
}
