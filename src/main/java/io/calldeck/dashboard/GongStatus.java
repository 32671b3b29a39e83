package io.calldeck.dashboard;

import io.calldeck.connector.GongConfig;
import io.calldeck.store.GongIdentity;
import io.calldeck.sync.SyncService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Which Gong CallDeck talks to, for the page header ({@code #{gong}}). */
@Named("gong")
@ApplicationScoped
public class GongStatus {

    @Inject
    GongConfig config;

    @Inject
    GongIdentity identity;

    @Inject
    SyncService sync;

    @Inject
    io.calldeck.store.StoreGuard guard;

    /** @return whether CallDeck talks to its embedded sandbox (and its store holds the sandbox's demo calls) */
    public boolean isSandbox() {
        return identity.sandbox();
    }

    /** @return what the header says: "Sandbox" or Gong's host */
    public String getLabel() {
        return isSandbox() ? "Sandbox (demo data)" : config.baseUri().getHost();
    }

    /**
     * @return why CallDeck does not sync (its store holds another Gong's calls, and what to set), or {@code null}
     *         when it syncs
     */
    public String getStoreRefusal() {
        return guard.refusal().orElse(null);
    }

    /** @return whether the last sync could not reach Gong */
    public boolean isUnreachable() {
        return sync.gongUnreachable();
    }

    /** @return when Gong last failed to answer the sync, or {@code null} */
    public java.time.Instant getUnreachableSince() {
        return sync.gongUnreachableSince();
    }
}
