package io.calldeck.sandbox.api;

import io.calldeck.connector.model.GongError;
import io.calldeck.sandbox.Sandbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure of the sandbox's Gong API into Gong's error body {@code {requestId, errors[]}}. */
public final class SandboxExceptionMappers {

    private static final Logger LOG = Logger.getLogger(SandboxExceptionMappers.class.getName());

    private SandboxExceptionMappers() {
    }

    static Response gongError(Sandbox sandbox, int status, List<String> errors, Long retryAfterSeconds) {
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new GongError(sandbox.requestId(), errors));
        if (retryAfterSeconds != null) {
            response.header(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        }
        return response.build();
    }

    /** The sandbox's own Gong errors. */
    @ApplicationScoped
    public static class GongApi implements ExceptionMapper<GongApiException> {
        @Inject
        Sandbox sandbox;

        @Override
        public Response toResponse(GongApiException e) {
            return gongError(sandbox, e.status(), e.errors(), e.retryAfterSeconds());
        }
    }

    /** A body that is not JSON, or not of the request's shape: Gong's "Json parse error". */
    @ApplicationScoped
    public static class JsonParse implements ExceptionMapper<JsonbException> {
        @Inject
        Sandbox sandbox;

        @Override
        public Response toResponse(JsonbException e) {
            return gongError(sandbox, 400, List.of("Json parse error"), null);
        }
    }

    /** Entity reading failed (RESTEasy wraps JSON-B errors in it). */
    @ApplicationScoped
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Inject
        Sandbox sandbox;

        @Override
        public Response toResponse(ProcessingException e) {
            return gongError(sandbox, 400, List.of("Json parse error"), null);
        }
    }

    /** JAX-RS's own answers (unknown path, wrong method, unsupported media type, bad parameter). */
    @ApplicationScoped
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Inject
        Sandbox sandbox;

        @Override
        public Response toResponse(WebApplicationException e) {
            return toResponseWith(sandbox, e);
        }

        Response toResponseWith(Sandbox current, WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String message = e.getCause() instanceof JsonbException || e.getCause() instanceof ProcessingException
                    ? "Json parse error"
                    : Response.Status.fromStatusCode(status) == null ? "HTTP " + status
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
            return gongError(current, status, List.of(message), null);
        }
    }

    /** Anything else: a 500 with a request id, logged with its stack trace. */
    @ApplicationScoped
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        @Inject
        Sandbox sandbox;

        @Override
        public Response toResponse(RuntimeException e) {
            String requestId = sandbox.requestId();
            LOG.log(Level.WARNING, "Sandbox request " + requestId + " failed", e);
            return Response.status(500).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new GongError(requestId, List.of("Internal server error occurred"))).build();
        }
    }
}
