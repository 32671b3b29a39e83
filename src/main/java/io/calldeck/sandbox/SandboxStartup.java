package io.calldeck.sandbox;

import io.calldeck.connector.GongConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Says at start-up which Gong CallDeck talks to, and builds the sandbox's data when it is on. */
@ApplicationScoped
public class SandboxStartup {

    private static final Logger LOG = Logger.getLogger(SandboxStartup.class.getName());

    @Inject
    SandboxSettings settings;

    @Inject
    GongConfig gong;

    @Inject
    jakarta.enterprise.inject.Instance<Sandbox> sandbox;

    void started(@Observes @Initialized(ApplicationScoped.class) Object context) {
        if (!settings.enabled()) {
            LOG.info(() -> "CallDeck talks to Gong at " + gong.baseUri() + " with "
                    + gong.credentials().map(Object::toString).orElse("NO credentials")
                    + "; the embedded Gong sandbox is off (its paths answer 404).");
            return;
        }
        Sandbox built = sandbox.get();
        String data = settings.dataset().map(path -> "recorded calls from " + path)
                .orElse("calls generated from seed " + settings.seed() + ", about " + settings.calls() + " over "
                        + settings.days() + " days");
        LOG.info(() -> "CallDeck's embedded Gong sandbox is ON at " + settings.baseUri() + " ("
                + built.data().listedCalls() + " " + data + (settings.generatedCredentials()
                        ? "; credentials generated at start" : "; credentials from calldeck.sandbox.access-key")
                + "). " + (settings.connectorUsesSandbox()
                        ? "CallDeck talks to the sandbox, not to a real Gong, and keeps its calls in the sandbox's own "
                        + "store (jdbc/calldeck-sandbox), apart from a real Gong's."
                        : "CallDeck talks to Gong at " + gong.baseUri() + "."));
    }
}
