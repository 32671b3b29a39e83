package io.calldeck.api;

import io.calldeck.store.CallSearch;
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
    CallSearch queries;

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
     * @param requestsUsedToday  requests sent to Gong today (UTC), by every server when {@code budgetOfAllServers}
     * @param requestsPerDay     the daily limit
     * @param rateLimited        429s received since start
     * @param warnings           reads the current (or last) run went on without, because Gong refused them (a missing
     *                           scope) or failed: which read and Gong's message
     * @param lastRefresh        when the last refresh (the refresh window re-read in full) finished, if one did
     * @param lastRefreshRequests the requests it cost
     * @param budgetOfAllServers whether {@code requestsUsedToday} counts every server sharing the store's rate limit
     *                           (several servers on PostgreSQL), not only this one
     */
    public record SyncState(boolean running, Long runId, int pages, int calls, Integer expectedCalls,
                            Instant lastSuccess, String lastError, boolean gongUnreachable, long callsStored,
                            int requestsUsedToday, int requestsPerDay, long rateLimited, List<Warning> warnings,
                            Instant lastRefresh, Integer lastRefreshRequests, boolean budgetOfAllServers) {
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

    /**
     * One run of the sync, as the Sync page's "Last runs" lists it.
     *
     * @param id             the run's id
     * @param kind           {@code BACKFILL}, {@code INCREMENTAL} or {@code REFRESH}
     * @param status         {@code RUNNING}, {@code SUCCEEDED}, {@code FAILED} or {@code WAITING} (for Gong's rate
     *                       limit)
     * @param started        when it started (UTC)
     * @param finished       when it ended, if it did
     * @param windowFrom     the first call start it reads (UTC)
     * @param windowTo       the end of its window, if bounded
     * @param pages          pages of calls committed
     * @param calls          calls stored
     * @param requests       requests it sent to Gong
     * @param cursorRestarts times Gong's cursor expired and the run went on from its checkpoint
     * @param node           the server that runs (or last ran) it
     * @param error          why it failed, if it did
     */
    public record Run(long id, String kind, String status, Instant started, Instant finished, Instant windowFrom,
                      Instant windowTo, int pages, int calls, int requests, int cursorRestarts, String node,
                      String error) {
    }

    /** @param runs the last runs, newest first */
    public record Runs(List<Run> runs) {
    }

    /**
     * @param limit how many runs, newest first (1–100, default 20)
     * @return the last runs
     */
    @GET
    @Path("runs")
    @Operation(summary = "The sync's last runs, newest first")
    public Runs runs(@jakarta.ws.rs.QueryParam("limit") @jakarta.ws.rs.DefaultValue("20") int limit) {
        if (limit < 1 || limit > 100) {
            throw new ApiErrors.BadParameterException("limit", "limit must be between 1 and 100, was " + limit);
        }
        return new Runs(sync.recentRuns(limit).stream().map(r -> new Run(r.getId(), r.getKind().name(),
                r.getStatus().name(), instant(r.getStartedAt()), instant(r.getFinishedAt()), instant(r.getWindowFrom()),
                instant(r.getWindowTo()), r.getPages(), r.getCalls(), r.getRequests(), r.getCursorRestarts(),
                r.getNode(), r.getError())).toList());
    }

    private static Instant instant(java.time.OffsetDateTime time) {
        return time == null ? null : time.toInstant();
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
                refresh.map(r -> r.getRequests()).orElse(null), budget.allServers());
    }
}
