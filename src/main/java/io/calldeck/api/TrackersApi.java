package io.calldeck.api;

import io.calldeck.store.RepFilter;
import io.calldeck.store.TrackerQueries;
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

/** {@code /api/trackers}: the keyword and smart trackers mentioned over a period, as the Trackers page shows them. */
@Path("trackers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"viewer", "admin"})
public class TrackersApi {

    @Inject
    TrackerQueries queries;

    /**
     * A tracker's mentions (Gong's {@code content.trackers[]}; a count of 0 means not mentioned).
     *
     * @param id       Gong tracker id
     * @param name     name
     * @param type     {@code KEYWORD} or {@code SMART}
     * @param calls    calls in the period that mention it
     * @param mentions how often it was mentioned on them, in all
     */
    public record Tracker(String id, String name, String type, long calls, long mentions) {
    }

    /** @param trackers those mentioned in the period, most calls first */
    public record Trackers(List<Tracker> trackers) {
    }

    /**
     * @param from      ISO-8601 date-time or date (UTC midnight), inclusive
     * @param to        ISO-8601 date-time or date, exclusive
     * @param workspace workspace id
     * @return the trackers mentioned
     * @throws ApiErrors.BadParameterException (400, naming the parameter) for a malformed value
     */
    @GET
    @Operation(summary = "Trackers mentioned", description = "For each keyword or smart tracker mentioned on the "
            + "period's calls: how many calls mention it and how often in all. /api/calls?tracker=<id> lists the calls.")
    public Trackers get(@QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("workspace") String workspace) {
        OffsetDateTime start = ApiParameters.time("from", from);
        OffsetDateTime end = ApiParameters.time("to", to);
        ApiParameters.order(start, end);
        return new Trackers(queries.trackers(new RepFilter(start, end, ApiParameters.id("workspace", workspace), null,
                null)).stream().map(t -> new Tracker(t.id(), t.name(), t.type(), t.calls(), t.mentions())).toList());
    }
}
