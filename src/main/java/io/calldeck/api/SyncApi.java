package io.calldeck.api;

import io.calldeck.store.CallQueries;
import io.calldeck.sync.SyncProgress;
import io.calldeck.sync.SyncService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/sync}: the sync's state. */
@Path("sync")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"viewer", "admin"})
public class SyncApi {

    @Inject
    SyncService sync;

    @Inject
    CallQueries queries;

    /**
     * @param running            whether a run is going on
     * @param runId              the running run
     * @param pages              its pages so far
     * @param calls              its calls so far
     * @param expectedCalls      calls its window holds, if known
     * @param lastSuccess        when a run last finished
     * @param lastError          the last failure
     * @param gongUnreachable    whether the last run could not reach Gong
     * @param callsStored        calls in the store
     * @param requestsUsedToday  requests sent to Gong today (UTC)
     * @param requestsPerDay     the daily limit
     * @param rateLimited        429s received since start
     * @param warnings           reads the current (or last) run went on without, because Gong refused them (a missing
     *                           scope) or failed: which read and Gong's message
     * @param lastRefresh        when the last refresh (the refresh window re-read in full) finished, if one did
     * @param lastRefreshRequests the requests it cost
     */
    public record SyncState(boolean running, Long runId, int pages, int calls, Integer expectedCalls,
                            Instant lastSuccess, String lastError, boolean gongUnreachable, long callsStored,
                            int requestsUsedToday, int requestsPerDay, long rateLimited, List<Warning> warnings,
                            Instant lastRefresh, Integer lastRefreshRequests) {
    }

    /**
     * A read the sync went on without.
     *
     * @param read    the endpoint, e.g. {@code GET /v2/users}
     * @param message what Gong answered
     */
    public record Warning(String read, String message) {
        static Warning of(String line) {
            int colon = line.indexOf(": ");
            return colon < 0 ? new Warning(line, "") : new Warning(line.substring(0, colon), line.substring(colon + 2));
        }
    }

    /** @return the sync's state */
    @GET
    @Operation(summary = "The sync's state and Gong's rate budget")
    public SyncState get() {
        SyncProgress p = sync.progress();
        var budget = sync.budget();
        var refresh = sync.lastRefresh();
        return new SyncState(p.running(), p.runId(), p.pages(), p.calls(), p.expectedCalls(), p.lastSuccessAt(),
                p.lastError(), sync.gongUnreachable(), queries.callCount(), budget.usedToday(), budget.perDay(),
                budget.rateLimitedTotal(), p.warnings().stream().map(Warning::of).toList(),
                refresh.map(r -> r.getFinishedAt().toInstant()).orElse(null),
                refresh.map(r -> r.getRequests()).orElse(null));
    }
}
