package io.calldeck.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Checks at start which Gong filled the store ({@link StoreBinding}) before the sync may run, and keeps the
 * outcome: the sync, every page's banner and {@code /health/ready} ask it.
 */
@ApplicationScoped
public class StoreGuard {

    private static final Logger LOG = Logger.getLogger(StoreGuard.class.getName());

    @Inject
    @Store
    EntityManager em;

    @Inject
    GongIdentity gong;

    @Inject
    Config config;

    @Inject
    StoreMigrations migrations;

    @Inject
    StoreGuard self;

    private volatile StoreBinding.Outcome outcome;

    void started(@Observes @jakarta.annotation.Priority(150) @Initialized(ApplicationScoped.class) Object event) {
        outcome();
    }

    /** @return how the check at start ended (it runs on first use) */
    public StoreBinding.Outcome outcome() {
        StoreBinding.Outcome known = outcome;
        if (known == null) {
            synchronized (this) {
                known = outcome;
                if (known == null) {
                    migrations.ensureMigrated();
                    StoreBinding.Policy policy = StoreBinding.Policy.parse(
                            config.getOptionalValue(StoreBinding.ON_GONG_CHANGE, String.class).orElse(null));
                    try {
                        known = self.check(policy);
                    } catch (RuntimeException raced) {
                        // Several servers started on one empty store: another one's binding committed first
                        // (a duplicate key here). Its binding is in the store now; check against it.
                        LOG.log(Level.INFO, "Binding the store failed, checking it again: " + raced.getMessage(), raced);
                        known = self.check(policy);
                    }
                    StoreBinding.Outcome result = known;
                    LOG.log(result.syncAllowed() ? Level.INFO : Level.WARNING, result::message);
                    outcome = known;
                }
            }
        }
        return known;
    }

    /**
     * @param policy what to do with another Gong's store
     * @return the check's outcome, committed
     */
    @Transactional
    public StoreBinding.Outcome check(StoreBinding.Policy policy) {
        return StoreBinding.check(em, gong, policy, OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** @return why CallDeck does not sync, when the store is another Gong's; empty when it may */
    public Optional<String> refusal() {
        StoreBinding.Outcome current = outcome();
        return current.syncAllowed() ? Optional.empty() : Optional.of(current.message());
    }
}
