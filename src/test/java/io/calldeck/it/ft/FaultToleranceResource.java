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

    /**
     * @param id    a call id
     * @param bytes the recording's size
     * @return the call id Gong's answer names, from a recording file of that size (an MP3 of zeros)
     */
    @jakarta.ws.rs.PUT
    @Path("{id}/media")
    public Response upload(@PathParam("id") String id, @QueryParam("bytes") int bytes) {
        return answer(() -> {
            java.nio.file.Path file = null;
            try {
                file = java.nio.file.Files.createTempFile("ft-recording", ".mp3");
                java.nio.file.Files.write(file, new byte[bytes]);
                return gong.uploadMedia(id, file).callId();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } finally {
                if (file != null) {
                    file.toFile().delete();
                }
            }
        });
    }

    /** @return the first user's id, read interactively (a page's request) */
    @GET
    @Path("users")
    public Response users() {
        return answer(() -> gong.listUsers(null).users().get(0).id());
    }

    /** @return the number of calls on the first extensive page, read as the sync reads (background) */
    @GET
    @Path("extensive")
    public Response extensive() {
        return answer(() -> Integer.toString(gong.background().listCallsExtensive(io.calldeck.connector.model.CallsFilter
                .between(java.time.Instant.now().minus(java.time.Duration.ofDays(7)), java.time.Instant.now()), null,
                null).calls().size()));
    }

    /**
     * @param endpoint an endpoint label, e.g. {@code PUT /v2/calls/{id}/media}
     * @return the statuses the connector reported for it ({@code GongRequestCompleted}), oldest first, then forgets
     *         them
     */
    @GET
    @Path("statuses")
    public Response statuses(@QueryParam("endpoint") String endpoint) {
        return Response.ok(String.join(",", requests.take(endpoint))).build();
    }

    @Inject
    RequestLog requests;

    /** The statuses of the requests the connector sent, by endpoint. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class RequestLog {
        private final java.util.Map<String, java.util.List<String>> statuses = new java.util.concurrent.ConcurrentHashMap<>();

        void completed(@jakarta.enterprise.event.Observes io.calldeck.connector.GongRequestCompleted request) {
            statuses.computeIfAbsent(request.endpoint(), e -> new java.util.concurrent.CopyOnWriteArrayList<>())
                    .add(Integer.toString(request.status()));
        }

        java.util.List<String> take(String endpoint) {
            java.util.List<String> taken = statuses.remove(endpoint);
            return taken == null ? java.util.List.of() : taken;
        }
    }

    private static Response answer(java.util.function.Supplier<String> call) {
        try {
            return Response.ok(call.get()).build();
        } catch (GongException e) {
            return Response.status(502).entity(e.getClass().getSimpleName() + ": " + e.getMessage()).build();
        }
    }
}
