package io.calldeck.sandbox.api;

import io.calldeck.sandbox.Sandbox;
import io.calldeck.sandbox.SandboxFaults;
import io.calldeck.sandbox.data.SandboxData;
import io.calldeck.store.GongIds;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;

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
    public SandboxFaults.Settings dropNext(@QueryParam("count") @DefaultValue("1") int count) {
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

    /**
     * The sandbox's "now".
     *
     * @param now    the instant the sandbox's data is at
     * @param pinned whether it is pinned ({@code calldeck.sandbox.now}) rather than following the real clock
     */
    public record Now(Instant now, boolean pinned) {
    }

    /** @return the sandbox's "now" */
    @GET
    @Path("clock")
    public Now clock() {
        return new Now(sandbox.settings().clock().instant(), sandbox.settings().clock().isPinned());
    }

    /**
     * Moves the sandbox's "now", for Gong's late publication to happen at once (calls listed late, comments posted
     * later, transcripts ready later). CallDeck's own clock does not move.
     *
     * @param now the new "now" ({@code {"now": "2026-11-20T12:00:00Z"}})
     * @return the sandbox's "now"
     */
    @PUT
    @Path("clock")
    @Consumes(MediaType.APPLICATION_JSON)
    public Now clock(Now now) {
        if (now == null || now.now() == null) {
            throw new BadRequestException("now is required, e.g. {\"now\": \"2026-11-20T12:00:00Z\"}");
        }
        sandbox.settings().clock().set(now.now());
        return clock();
    }

    /**
     * A public comment to post on a call.
     *
     * @param commenterUserId the Gong user commenting
     * @param comment         the text (may hold {@code @[name](userId)} mentions)
     * @param audioStartTime  where in the recording it points, seconds
     */
    public record NewComment(String commenterUserId, String comment, Double audioStartTime) {
    }

    /**
     * Posts a public comment on a call now, as a person commenting in Gong would; a sync sees it once it re-reads
     * the call (the look-back for recent calls, the refresh for older ones).
     *
     * @param callId  the call
     * @param comment the comment
     * @return 201 with the comment as Gong lists it
     */
    @POST
    @Path("calls/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response postComment(@PathParam("id") String callId, NewComment comment) {
        if (comment == null || comment.comment() == null || comment.comment().isBlank()
                || comment.commenterUserId() == null || !GongIds.isId(comment.commenterUserId())) {
            throw new BadRequestException("commenterUserId (a Gong user id) and comment are required");
        }
        try {
            return Response.status(201).entity(sandbox.data().postComment(callId,
                    comment.commenterUserId(), comment.comment(),
                    comment.audioStartTime() == null ? 0 : comment.audioStartTime())).build();
        } catch (SandboxData.UnknownCallsException e) {
            throw new NotFoundException("No call " + callId);
        }
    }

    /**
     * Edits a public comment's text, as its author can in Gong.
     *
     * @param callId    the call
     * @param commentId the comment
     * @param comment   the new text ({@code commenterUserId} and {@code audioStartTime} are ignored)
     * @return 204, or 404 when the call holds no such comment
     */
    @PUT
    @Path("calls/{id}/comments/{commentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response editComment(@PathParam("id") String callId,
                                                   @PathParam("commentId") String commentId,
                                                   NewComment comment) {
        if (comment == null || comment.comment() == null || comment.comment().isBlank()) {
            throw new BadRequestException("comment is required");
        }
        if (!sandbox.data().editComment(callId, commentId, comment.comment())) {
            throw new NotFoundException("Call " + callId + " has no comment " + commentId);
        }
        return Response.noContent().build();
    }

    /**
     * Deletes a public comment, as its author can in Gong: it is no longer returned.
     *
     * @param callId    the call
     * @param commentId the comment
     * @return 204, or 404 when the call holds no such comment
     */
    @DELETE
    @Path("calls/{id}/comments/{commentId}")
    public Response deleteComment(@PathParam("id") String callId,
                                                     @PathParam("commentId") String commentId) {
        if (!sandbox.data().deleteComment(callId, commentId)) {
            throw new NotFoundException("Call " + callId + " has no comment " + commentId);
        }
        return Response.noContent().build();
    }
}
