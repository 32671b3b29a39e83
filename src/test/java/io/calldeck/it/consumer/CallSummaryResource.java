package io.calldeck.it.consumer;

import io.calldeck.connector.GongCalls;
import io.calldeck.connector.model.CallUsersAccess;
import io.calldeck.connector.model.CallsFilter;
import io.calldeck.connector.model.ContentSelector;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/** What an enterprise application does with the connector: inject it and call Gong. */
@Path("calls")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class CallSummaryResource {

    @Inject
    GongCalls gong;

    /**
     * @param id a call id
     * @return the call's title
     */
    @GET
    @Path("{id}")
    public String title(@PathParam("id") String id) {
        return gong.getCall(id).title();
    }

    /** @return how many calls November 2024 holds, over every page */
    @GET
    @Path("november")
    public String novemberCount() {
        return Long.toString(gong.streamCallsExtensive(CallsFilter.between(Instant.parse("2024-11-01T00:00:00Z"),
                Instant.parse("2024-12-01T00:00:00Z")), ContentSelector.builder().parties().build()).count());
    }

    /**
     * @param id   a call id
     * @param user a user id
     * @return Gong's requestId of the removal
     */
    @DELETE
    @Path("{id}/access/{user}")
    public String removeAccess(@PathParam("id") String id, @PathParam("user") String user) {
        return gong.removeUsersAccess(List.of(CallUsersAccess.of(id, user))).requestId();
    }
}
