package io.calldeck.sandbox.api;

import io.calldeck.connector.GongScope;
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
 * (else 429 with {@code Retry-After}), the credential must have the endpoint's scope (else Gong's 401
 * {@code "You don't have permission to use '<scope>' in your app."}), and then the configured faults may strike.
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

    /** The request attribute naming the credential the request came with (its access key). */
    static final String CREDENTIAL = SandboxGate.class.getName() + ".credential";

    /**
     * @param method HTTP method
     * @param path   the path below the sandbox's root, e.g. {@code v2/calls/extensive}
     * @return the scope Gong requires for it ({@code /v2/calls/extensive} may need media-url too, which its
     *         resource checks against the request's content selector)
     */
    static java.util.Optional<GongScope> requiredScope(String method, String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        GongScope scope = switch (p) {
            case "v2/calls" -> "POST".equals(method) ? GongScope.CALLS_CREATE : GongScope.CALLS_READ_BASIC;
            case "v2/calls/extensive" -> GongScope.CALLS_READ_EXTENSIVE;
            case "v2/calls/transcript" -> GongScope.CALLS_READ_TRANSCRIPT;
            case "v2/calls/manual-crm-associations" -> GongScope.CRM_CALLS_MANUAL_ASSOCIATION_READ;
            case "v2/calls/users-access" -> "POST".equals(method) ? GongScope.CALL_USER_ACCESS_READ
                    : GongScope.CALL_USER_ACCESS_WRITE;
            case "v2/users" -> GongScope.USERS_READ;
            case "v2/workspaces" -> GongScope.WORKSPACES_READ;
            default -> p.startsWith("v2/users/") ? GongScope.USERS_READ
                    : p.startsWith("v2/calls/") && p.endsWith("/media") ? GongScope.CALLS_CREATE
                    : p.startsWith("v2/calls/") ? GongScope.CALLS_READ_BASIC : null;
        };
        return java.util.Optional.ofNullable(scope);
    }

    /**
     * @param sandbox the sandbox
     * @param scope   the scope the request's credential lacks
     * @return Gong's answer: 401 {@code "You don't have permission to use '<scope>' in your app."}
     */
    static Response missingScope(Sandbox sandbox, GongScope scope) {
        GongApiException refusal = GongApiException.missingScope(scope);
        return SandboxExceptionMappers.gongError(sandbox, refusal.status(), refusal.errors(), null);
    }

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
        java.util.Optional<GongScope> scope = requiredScope(request.getMethod(), request.getUriInfo().getPath());
        if (scope.isPresent() && !sandbox.settings().scopesOf(credential).contains(scope.get().value())) {
            request.abortWith(missingScope(sandbox, scope.get()));
            return;
        }
        if (servletRequest != null) {
            servletRequest.setAttribute(CREDENTIAL, credential);
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
