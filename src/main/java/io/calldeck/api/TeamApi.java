package io.calldeck.api;

import io.calldeck.store.RepFilter;
import io.calldeck.store.TeamStatsQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/team}: each rep's interaction stats over a period, as the Team page shows them. */
@Path("team")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"viewer", "admin"})
public class TeamApi {

    @Inject
    TeamStatsQueries queries;

    /**
     * A rep's interaction stats: each the mean over the rep's calls in the period that carry that value, and
     * {@code null} when none does. The stats are Gong's for the call's host ({@code interaction.interactionStats}).
     *
     * @param userId                      Gong user id (the calls' {@code primaryUserId})
     * @param name                        name
     * @param calls                       calls hosted
     * @param talkRatio                   Talk Ratio: the rep's share of the talk, 0 to 1
     * @param longestMonologueSeconds     Longest Monologue, seconds
     * @param longestCustomerStorySeconds Longest Customer Story, seconds
     * @param interactivity               Interactivity, Gong's score from 0 to 10
     * @param patienceSeconds             Patience: the rep's pause before answering, seconds
     * @param companyQuestions            questions asked per call by the company's speakers
     * @param nonCompanyQuestions         questions asked per call by everyone else
     */
    @JsonbNillable
    public record Rep(String userId, String name, long calls, Double talkRatio, Double longestMonologueSeconds,
                      Double longestCustomerStorySeconds, Double interactivity, Double patienceSeconds,
                      Double companyQuestions, Double nonCompanyQuestions) {
    }

    /** @param reps one per rep who hosted calls in the period, by name */
    public record Team(List<Rep> reps) {
    }

    /**
     * @param from      ISO-8601 date-time or date (UTC midnight), inclusive
     * @param to        ISO-8601 date-time or date, exclusive
     * @param workspace workspace id
     * @param scope     Internal, External or Unknown
     * @return the reps' stats
     * @throws ApiErrors.BadParameterException (400, naming the parameter) for a malformed value
     */
    @GET
    @Operation(summary = "Interaction stats per rep", description = "A rep is a call's primary user. Each stat is the "
            + "mean of Gong's value for the host over the rep's calls that carry it; null when none does.")
    public Team get(@QueryParam("from") String from, @QueryParam("to") String to,
                    @QueryParam("workspace") String workspace, @QueryParam("scope") String scope) {
        OffsetDateTime start = ApiParameters.time("from", from);
        OffsetDateTime end = ApiParameters.time("to", to);
        ApiParameters.order(start, end);
        RepFilter filter = new RepFilter(start, end, ApiParameters.id("workspace", workspace),
                ApiParameters.scope("scope", scope), null);
        return new Team(queries.byRep(filter).stream().map(r -> new Rep(r.userId(), r.name(), r.calls(), r.talkRatio(),
                r.longestMonologueSeconds(), r.longestCustomerStorySeconds(), r.interactivity(), r.patienceSeconds(),
                r.companyQuestions(), r.nonCompanyQuestions())).toList());
    }
}
