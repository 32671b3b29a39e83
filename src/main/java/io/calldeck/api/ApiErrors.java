package io.calldeck.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** The API's errors as JSON: {@code {"status": 400, "error": "…", "field": "…"}}. */
public final class ApiErrors {

    private ApiErrors() {
    }

    /**
     * An error body.
     *
     * @param status HTTP status
     * @param error  what went wrong
     * @param field  the query parameter at fault, if any
     */
    public record Error(int status, String error, String field) {
    }

    /** A query parameter that cannot be used. */
    public static class BadParameterException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String field;

        /**
         * @param field   the parameter
         * @param message what is wrong with it
         */
        public BadParameterException(String field, String message) {
            super(message);
            this.field = field;
        }

        /** @return the parameter */
        public String field() {
            return field;
        }
    }

    /** Gong refused or failed what the request needed, and CallDeck has no stored answer to give instead. */
    public static class GongFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** @param message what Gong answered, for people */
        public GongFailedException(String message) {
            super(message);
        }
    }

    /** 502 when Gong refused or failed. */
    @ApplicationScoped
    public static class GongFailed implements ExceptionMapper<GongFailedException> {
        @Override
        public Response toResponse(GongFailedException e) {
            return Response.status(502).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new Error(502, e.getMessage(), null)).build();
        }
    }

    /** 400 for bad parameters. */
    @ApplicationScoped
    public static class BadInput implements ExceptionMapper<BadParameterException> {
        @Override
        public Response toResponse(BadParameterException e) {
            return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new Error(400, e.field() + " " + e.getMessage(), e.field())).build();
        }
    }

    /** 404 as JSON. */
    @ApplicationScoped
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return Response.status(404).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new Error(404, e.getMessage() == null ? "Not found" : e.getMessage(), null)).build();
        }
    }
}
