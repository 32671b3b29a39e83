package io.calldeck.sandbox.api;

import io.calldeck.sandbox.Sandbox;
import io.calldeck.sandbox.SandboxFaults;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Run-time control of the sandbox for admins: the faults it injects, its rate limits, and what it has seen.
 * Behind CallDeck's own sign-in (role {@code admin}), not the sandbox's Gong credentials.
 */
@ApplicationScoped
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class SandboxAdminResource {

    @Inject
    Sandbox sandbox;

    @Inject
    SandboxFaults faults;

    @Inject
    SandboxLimiter limiter;

    /**
     * What the sandbox has answered.
     *
     * @param requests        Gong API requests answered
     * @param rateLimited     requests refused by the rate limit (not counting injected 429s)
     * @param admittedToday   requests admitted today
     * @param faultsInjected  faults injected
     * @param mediaUploads    recordings uploaded
     * @param mediaBytes      bytes of recordings uploaded
     * @param listedCalls     calls a listing of everything would return now
     * @param perSecond       the rate limit per second
     * @param perDay          the rate limit per day
     * @param earlyRequests   requests sent before a {@code Retry-After} given to their credential had passed
     * @param rateLimitedByCredential per access key, the requests refused by the rate limit (keys with none left out)
     */
    public record Stats(long requests, long rateLimited, long admittedToday, long faultsInjected, long mediaUploads,
                        long mediaBytes, int listedCalls, int perSecond, int perDay, long earlyRequests,
                        java.util.Map<String, Long> rateLimitedByCredential) {
    }

    /**
     * New rate limits.
     *
     * @param perSecond requests per second per credential
     * @param perDay    requests per UTC day per credential
     */
    public record Limits(int perSecond, int perDay) {
    }

    /** @return the sandbox's counters */
    @GET
    @Path("stats")
    public Stats stats() {
        return new Stats(sandbox.requests(), limiter.rejected(), limiter.admittedToday(), faults.injected(),
                sandbox.data().mediaUploads(), sandbox.data().mediaBytes(), sandbox.data().listedCalls(),
                limiter.perSecond(), limiter.perDay(), limiter.early(), limiter.rejectedByCredential());
    }

    /** @return the faults injected now */
    @GET
    @Path("faults")
    public SandboxFaults.Settings faults() {
        return faults.settings();
    }

    /**
     * @param settings the faults to inject from now on
     * @return them
     */
    @PUT
    @Path("faults")
    @Consumes(MediaType.APPLICATION_JSON)
    public SandboxFaults.Settings faults(SandboxFaults.Settings settings) {
        if (settings == null) {
            throw new BadRequestException("fault settings are required");
        }
        faults.update(settings);
        return faults.settings();
    }

    /**
     * Drops the answers of the next requests (processed, never answered), for testing retries of changes.
     *
     * @param count how many, 1 to 100
     * @return the fault settings
     */
    @POST
    @Path("faults/drop-next")
    public SandboxFaults.Settings dropNext(@jakarta.ws.rs.QueryParam("count") @jakarta.ws.rs.DefaultValue("1") int count) {
        if (count < 1 || count > 100) {
            throw new BadRequestException("count must be 1 to 100, got: " + count);
        }
        faults.dropNext(count);
        return faults.settings();
    }

    /**
     * @param limits the new rate limits
     * @return them
     */
    @PUT
    @Path("limits")
    @Consumes(MediaType.APPLICATION_JSON)
    public Limits limits(Limits limits) {
        if (limits == null || limits.perSecond() < 1 || limits.perDay() < 1) {
            throw new BadRequestException("perSecond and perDay must be positive");
        }
        limiter.limits(limits.perSecond(), limits.perDay());
        return new Limits(limiter.perSecond(), limiter.perDay());
    }

    /** @return the limits, after forgetting every count (as if a new day began) */
    @POST
    @Path("limits/reset")
    public Limits resetLimits() {
        limiter.reset();
        return new Limits(limiter.perSecond(), limiter.perDay());
    }
}
