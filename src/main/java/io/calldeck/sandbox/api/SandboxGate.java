package io.calldeck.sandbox.api;

import io.calldeck.sandbox.Sandbox;
import io.calldeck.sandbox.SandboxFaults;
import io.calldeck.sandbox.SandboxSettings;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;

/**
 * What every request to the sandbox's Gong API passes first, in Gong's order: the sandbox must be on (else
 * 404, as if it did not exist), the credentials must be the sandbox's (else 401), the rate limit must allow it
 * (else 429 with {@code Retry-After}), and then the configured faults may strike.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SandboxGate implements ContainerRequestFilter {

    @Inject
    Sandbox sandbox;

    @Inject
    SandboxLimiter limiter;

    @Inject
    SandboxFaults faults;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!sandbox.settings().enabled()) {
            request.abortWith(Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("Not Found").build());
            return;
        }
        if (!request.getUriInfo().getPath().startsWith("v2/") && !request.getUriInfo().getPath().startsWith("/v2/")) {
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String credential = null;
        if (authorization != null) {
            byte[] given = authorization.getBytes(StandardCharsets.UTF_8);
            for (var accepted : sandbox.settings().acceptedCredentials()) {
                if (MessageDigest.isEqual(given, accepted.authorizationHeader().getBytes(StandardCharsets.UTF_8))
                        && credential == null) {
                    credential = SandboxSettings.name(accepted);
                }
            }
        }
        if (credential == null) {
            request.abortWith(SandboxExceptionMappers.gongError(sandbox, 401,
                    List.of(authorization == null ? "Missing Authorization header"
                            : "Access denied: the access key or its secret is not valid"), null));
            return;
        }
        // Counted from when the request reached the server, as a limiter at Gong's edge would, not from when
        // JAX-RS got to it (the server's own dispatching is not the client's doing).
        Object arrived = servletRequest == null ? null : servletRequest.getAttribute(SandboxTransportFaults.ARRIVED);
        Duration wait = limiter.admit(credential, arrived instanceof java.time.Instant at ? at : null);
        if (wait != null) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            limiter.toldToWait(credential, Duration.ofSeconds(seconds));
            request.abortWith(SandboxExceptionMappers.gongError(sandbox, 429,
                    List.of("API request limit exceeded"), seconds));
            return;
        }
        switch (faults.beforeProcessing()) {
            case SERVER_ERROR -> request.abortWith(SandboxExceptionMappers.gongError(sandbox,
                    faults.serverErrorStatus(), List.of("Internal server error occurred"), null));
            case RATE_LIMIT -> {
                int seconds = faults.retryAfterSeconds();
                limiter.toldToWait(credential, Duration.ofSeconds(seconds));
                request.abortWith(SandboxExceptionMappers.gongError(sandbox, 429,
                        List.of("API request limit exceeded"), (long) seconds));
            }
            default -> {
            }
        }
    }
}
