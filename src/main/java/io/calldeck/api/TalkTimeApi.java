package io.calldeck.api;

import io.calldeck.store.RepFilter;
import io.calldeck.store.TalkTimeQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/talk-time}: talk time per rep over a period, as the Talk time page shows it. */
@Path("talk-time")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"viewer", "admin"})
public class TalkTimeApi {

    @Inject
    TalkTimeQueries queries;

    /**
     * A rep's talk time.
     *
     * @param userId           Gong user id
     * @param name             name
     * @param calls            calls hosted
     * @param talkTimeSeconds  the rep's own talk time, seconds
     * @param averageTalkRatio the mean of the rep's per-call talk ratios, 0 to 1: Gong's talk ratio, the rep's
     *                         talk time over the talk time of every speaker on the call, averaged over the calls
     *                         with speaker data; absent when none has
     */
    public record Rep(String userId, String name, long calls, double talkTimeSeconds, Double averageTalkRatio) {
    }

    /**
     * @param reps per rep, most talk first
     */
    public record TalkTime(List<Rep> reps) {
    }

    /**
     * @param from      ISO-8601, inclusive
     * @param to        ISO-8601, exclusive
     * @param workspace workspace id
     * @param scope     Internal, External or Unknown
     * @return talk time per rep
     */
    @GET
    @Operation(summary = "Talk time per rep", description = "A rep is a call's primary user; their talk time is their "
            + "own speaker's talkTime on the calls they host.")
    public TalkTime get(@QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("workspace") String workspace, @QueryParam("scope") String scope) {
        OffsetDateTime start = ApiParameters.time("from", from);
        OffsetDateTime end = ApiParameters.time("to", to);
        ApiParameters.order(start, end);
        return new TalkTime(queries.talkTimeByRep(new RepFilter(start, end,
                        ApiParameters.id("workspace", workspace), ApiParameters.scope("scope", scope), null)).stream()
                .map(r -> new Rep(r.userId(), r.name(), r.calls(), r.talkTimeSeconds(), r.averageTalkRatio())).toList());
    }
}
