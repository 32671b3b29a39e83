package io.calldeck.it.ft;

import io.calldeck.connector.GongCalls;
import io.calldeck.connector.exception.GongException;
import io.calldeck.connector.model.NewCall;
import io.calldeck.connector.model.CallDirection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Calls the injected connector (so that its Fault Tolerance interceptors apply) and answers with the result, or
 * with 502 and the connector exception's class and message.
 */
@Path("calls")
@RequestScoped
public class FaultToleranceResource {

    @Inject
    GongCalls gong;

    /**
     * @param title          the new call's title
     * @param clientUniqueId its unique id
     * @param primaryUser    the Gong user it belongs to
     * @return the call id Gong answered
     */
    @POST
    public Response add(@QueryParam("title") String title, @QueryParam("clientUniqueId") String clientUniqueId,
                        @QueryParam("primaryUser") String primaryUser) {
        OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).truncatedTo(ChronoUnit.SECONDS);
        return answer(() -> gong.addCall(NewCall.builder(clientUniqueId, started, primaryUser, CallDirection.OUTBOUND)
                .title(title).duration(600).party(NewCall.Party.user(primaryUser, "Rep"))
                .party(NewCall.Party.external("Pat Buyer", "pat@buyer.example")).build()).callId());
    }

    /**
     * @param id a call id
     * @return its title
     */
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return answer(() -> gong.getCall(id).title());
    }

    private static Response answer(java.util.function.Supplier<String> call) {
        try {
            return Response.ok(call.get()).build();
        } catch (GongException e) {
            return Response.status(502).entity(e.getClass().getSimpleName() + ": " + e.getMessage()).build();
        }
    }
}
