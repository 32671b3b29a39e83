package io.calldeck.sandbox;

import io.calldeck.connector.GongConfig;
import io.calldeck.store.GongIdentity;
import io.calldeck.store.Store;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import javax.sql.DataSource;

/**
 * Which database is the {@link Store} and which Gong fills it. While CallDeck talks to its sandbox, the store is the
 * sandbox's own database ({@code jdbc/calldeck-sandbox}, an H2 file of its own by default) and its Gong is the
 * sandbox's data set; otherwise it is the configured store ({@code jdbc/calldeck}) and the configured Gong, known by
 * its base URL and a fingerprint of the credential (never a secret).
 */
@ApplicationScoped
public class StoreSelection {

    @PersistenceContext(unitName = "calldeck")
    EntityManager configured;

    @PersistenceContext(unitName = "calldeck-sandbox")
    EntityManager sandboxStore;

    @Resource(lookup = "jdbc/calldeck")
    DataSource configuredDataSource;

    @Resource(lookup = "jdbc/calldeck-sandbox")
    DataSource sandboxDataSource;

    @Inject
    SandboxSettings sandbox;

    @Inject
    GongConfig gong;

    @Inject
    jakarta.enterprise.inject.Instance<Sandbox> sandboxData;

    /** @return the store's entity manager (transaction-scoped, the container's) */
    @Produces
    @Store
    EntityManager entityManager() {
        return sandbox.connectorUsesSandbox() ? sandboxStore : configured;
    }

    /** @return the store's data source, for its migrations */
    @Produces
    @Store
    DataSource dataSource() {
        return sandbox.connectorUsesSandbox() ? sandboxDataSource : configuredDataSource;
    }

    private volatile GongIdentity identity;

    /** @return the Gong that fills the store (worked out once) */
    @Produces
    GongIdentity gongIdentity() {
        GongIdentity known = identity;
        if (known == null) {
            known = identify();
            identity = known;
        }
        return known;
    }

    private GongIdentity identify() {
        if (sandbox.connectorUsesSandbox()) {
            String data = sandboxData.get().data().fingerprint();
            String description = sandbox.dataset().map(path -> "the sandbox's recorded calls from " + path)
                    .orElse("the sandbox's demo calls (seed " + sandbox.seed() + ")");
            return new GongIdentity("sandbox", "sandbox:" + data, description, true);
        }
        String credential = gong.credentials().map(c -> c.fingerprint()).orElse("no-credentials");
        return new GongIdentity(gong.baseUri().toString(), credential, "Gong at " + gong.baseUri().getHost() + " ("
                + credential.replace("access-key:sha256:", "access key ") + ")", false);
    }
}
