package io.calldeck.connector.client;

import io.calldeck.connector.model.CallAccessChange;
import io.calldeck.connector.model.CallAccessQuery;
import io.calldeck.connector.model.ExtensiveCallsRequest;
import io.calldeck.connector.model.NewCall;
import io.calldeck.connector.model.TranscriptsRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Gong's Calls API v2 (and the users and workspaces lists the calls refer to) as a MicroProfile Rest Client
 * interface, relative to {@code gong.base-url}.
 *
 * <p>Every method returns the raw {@link Response}: the connector's transport reads the status, Gong's
 * {@code requestId} and {@code errors}, and {@code Retry-After} itself, so that it can turn Gong's
 * "no calls found" 404 into an empty page and name the endpoint in every error. Applications use
 * {@link io.calldeck.connector.GongCalls}, not this interface.
 *
 * <p>{@code PUT /v2/calls/{id}/media} is not here: RESTEasy (Liberty's MicroProfile Rest Client) buffers request
 * entities before sending, which a 1.5 GB recording must not be; the connector streams uploads with the JDK's
 * {@code HttpClient} instead.
 */
@Path("/v2")
@Produces(MediaType.APPLICATION_JSON)
public interface GongCallsClient extends AutoCloseable {

    /**
     * {@code GET /v2/calls}: calls that started in {@code [fromDateTime, toDateTime)}.
     *
     * @param fromDateTime ISO-8601, inclusive
     * @param toDateTime   ISO-8601, exclusive
     * @param workspaceId  optional workspace
     * @param cursor       the previous page's cursor, or {@code null}
     * @return Gong's response ({@code CallsResponse} on 200)
     */
    @GET
    @Path("/calls")
    Response listCalls(@QueryParam("fromDateTime") String fromDateTime, @QueryParam("toDateTime") String toDateTime,
                       @QueryParam("workspaceId") String workspaceId, @QueryParam("cursor") String cursor);

    /**
     * {@code GET /v2/calls/{id}}.
     *
     * @param id the call id
     * @return Gong's response ({@code SpecificCall} on 200)
     */
    @GET
    @Path("/calls/{id}")
    Response getCall(@PathParam("id") String id);

    /**
     * {@code POST /v2/calls}: add a call.
     *
     * @param call the new call
     * @return Gong's response ({@code NewCallAddingResponse} on 200)
     */
    @POST
    @Path("/calls")
    @Consumes(MediaType.APPLICATION_JSON)
    Response addCall(NewCall call);

    /**
     * {@code POST /v2/calls/extensive}.
     *
     * @param request filter, content selector and cursor
     * @return Gong's response ({@code Calls} on 200)
     */
    @POST
    @Path("/calls/extensive")
    @Consumes(MediaType.APPLICATION_JSON)
    Response listCallsExtensive(ExtensiveCallsRequest request);

    /**
     * {@code POST /v2/calls/transcript}.
     *
     * @param request filter and cursor
     * @return Gong's response ({@code CallTranscripts} on 200)
     */
    @POST
    @Path("/calls/transcript")
    @Consumes(MediaType.APPLICATION_JSON)
    Response listTranscripts(TranscriptsRequest request);

    /**
     * {@code GET /v2/calls/manual-crm-associations} (beta).
     *
     * @param fromDateTime only associations made after this time, ISO-8601; {@code null} for all
     * @param cursor       the previous page's cursor, or {@code null}
     * @return Gong's response ({@code ManualAssociationResponse} on 200)
     */
    @GET
    @Path("/calls/manual-crm-associations")
    Response listManualCrmAssociations(@QueryParam("fromDateTime") String fromDateTime,
                                       @QueryParam("cursor") String cursor);

    /**
     * {@code POST /v2/calls/users-access}: which users were given access to the calls through the API.
     *
     * @param query the calls
     * @return Gong's response ({@code CallsAccessDetailsResponse} on 200)
     */
    @POST
    @Path("/calls/users-access")
    @Consumes(MediaType.APPLICATION_JSON)
    Response getUsersAccess(CallAccessQuery query);

    /**
     * {@code PUT /v2/calls/users-access}: give users access to calls.
     *
     * @param change per call, the users
     * @return Gong's response ({@code BaseResponse} on 200)
     */
    @PUT
    @Path("/calls/users-access")
    @Consumes(MediaType.APPLICATION_JSON)
    Response giveUsersAccess(CallAccessChange change);

    /**
     * {@code DELETE /v2/calls/users-access} with a JSON body: remove access given through the API.
     *
     * @param change per call, the users
     * @return Gong's response ({@code BaseResponse} on 200)
     */
    @DELETE
    @Path("/calls/users-access")
    @Consumes(MediaType.APPLICATION_JSON)
    Response removeUsersAccess(CallAccessChange change);

    /**
     * {@code GET /v2/users}.
     *
     * @param cursor the previous page's cursor, or {@code null}
     * @return Gong's response ({@code users} and {@code records} on 200)
     */
    @GET
    @Path("/users")
    Response listUsers(@QueryParam("cursor") String cursor);

    /**
     * {@code GET /v2/users/{id}}.
     *
     * @param id the user id
     * @return Gong's response ({@code user} on 200)
     */
    @GET
    @Path("/users/{id}")
    Response getUser(@PathParam("id") String id);

    /**
     * {@code GET /v2/workspaces}.
     *
     * @return Gong's response ({@code workspaces} on 200)
     */
    @GET
    @Path("/workspaces")
    Response listWorkspaces();
}
