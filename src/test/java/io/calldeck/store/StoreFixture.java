package io.calldeck.store;

import io.calldeck.connector.model.CallsFilter;
import io.calldeck.connector.model.ExtensiveCall;
import io.calldeck.sandbox.data.CallGenerator;
import io.calldeck.sandbox.data.SalesOrg;
import io.calldeck.sandbox.data.SandboxCall;
import io.calldeck.sandbox.data.SandboxData;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Realistic calls for store tests (from the sandbox's generator) and transactions outside a container. */
public final class StoreFixture {

    /** The generator's pinned "now". */
    public static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");

    private StoreFixture() {
    }

    /**
     * @param seed  data seed
     * @param calls about how many calls over 30 days
     * @return the sandbox data
     */
    public static SandboxData sandbox(long seed, int calls) {
        return sandbox(seed, calls, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /**
     * @param seed  data seed
     * @param calls about how many calls over 30 days
     * @param clock the sandbox's clock (a {@link io.calldeck.sandbox.SandboxClock} lets a test move time)
     * @return the sandbox data, published late as Gong does
     */
    public static SandboxData sandbox(long seed, int calls, Clock clock) {
        return new SandboxData(new CallGenerator(new SalesOrg(seed), seed, calls, 30,
                ZoneId.of("America/Los_Angeles"), "http://localhost/media"), 30, clock, seed);
    }

    /**
     * @param data sandbox data
     * @return every call, rendered whole, oldest first
     */
    public static List<ExtensiveCall> calls(SandboxData data) {
        List<SandboxCall> all = data.find(CallsFilter.builder().build());
        return all.stream().map(data::render).toList();
    }

    /**
     * @param calls calls as Gong returns them
     * @return them as the sync hands them to the store
     */
    public static List<io.calldeck.store.CallWrite> writes(List<ExtensiveCall> calls) {
        return calls.stream().map(io.calldeck.sync.CallMapper::write).toList();
    }

    /**
     * Runs work in a resource-local transaction, committing it.
     *
     * @param em   the entity manager
     * @param work what to do
     */
    public static void runInTransaction(EntityManager em, Consumer<EntityManager> work) {
        inTransaction(em, (Function<EntityManager, Void>) e -> {
            work.accept(e);
            return null;
        });
    }

    /**
     * @param em   the entity manager
     * @param work what to do
     * @param <T>  result type
     * @return the work's result, after commit
     */
    public static <T> T inTransaction(EntityManager em, Function<EntityManager, T> work) {
        em.getTransaction().begin();
        try {
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.clear();
        }
    }
}
