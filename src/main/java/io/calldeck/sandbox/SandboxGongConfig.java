package io.calldeck.sandbox;

import io.calldeck.connector.GongConfig;
import io.calldeck.connector.GongCredentials;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The connector's configuration inside CallDeck: as configured, except that while the sandbox is on and no
 * {@code gong.base-url} is set, the connector talks to the sandbox with the sandbox's credentials.
 */
@Alternative
@Priority(100)
@ApplicationScoped
public class SandboxGongConfig extends GongConfig {

    private SandboxSettings sandbox;

    /** For CDI's client proxy only. */
    protected SandboxGongConfig() {
    }

    /**
     * @param config  MicroProfile Config
     * @param sandbox the sandbox's settings
     */
    @Inject
    public SandboxGongConfig(Config config, SandboxSettings sandbox) {
        super(config);
        this.sandbox = sandbox;
    }

    @Override
    public URI baseUri() {
        return sandbox.connectorUsesSandbox() ? sandbox.baseUri() : super.baseUri();
    }

    @Override
    public Optional<GongCredentials> credentials() {
        return sandbox.connectorUsesSandbox() ? Optional.of(sandbox.credentials()) : super.credentials();
    }
}
