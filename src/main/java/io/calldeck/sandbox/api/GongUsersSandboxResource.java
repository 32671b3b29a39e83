package io.calldeck.sandbox.api;

import io.calldeck.connector.model.GongUser;
import io.calldeck.connector.model.SpecificUser;
import io.calldeck.connector.model.UsersPage;
import io.calldeck.connector.model.WorkspacesList;
import io.calldeck.sandbox.Sandbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The sandbox's {@code /v2/users} and {@code /v2/workspaces}: the people and workspaces its calls name. */
@ApplicationScoped
@Path("v2")
@Produces(MediaType.APPLICATION_JSON)
public class GongUsersSandboxResource {

    @Inject
    Sandbox sandbox;

    @Inject
    Paging paging;

    /**
     * @param cursor optional cursor
     * @return a page of users
     */
    @GET
    @Path("users")
    public UsersPage users(@QueryParam("cursor") String cursor) {
        Paging.Slice<GongUser> slice = paging.pageByIndex(sandbox.data().users(), cursor, "users".hashCode());
        return new UsersPage(sandbox.requestId(), slice.records(), slice.items());
    }

    /**
     * @param id a user id
     * @return the user
     */
    @GET
    @Path("users/{id}")
    public SpecificUser user(@PathParam("id") String id) {
        return new SpecificUser(sandbox.requestId(), sandbox.data().user(id)
                .orElseThrow(() -> new GongApiException(404, "User ID " + id + " was not found")));
    }

    /** @return the workspaces */
    @GET
    @Path("workspaces")
    public WorkspacesList workspaces() {
        return new WorkspacesList(sandbox.requestId(), sandbox.data().workspaces());
    }
}
