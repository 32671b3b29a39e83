package io.calldeck.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

/**
 * How people and scripts sign in to CallDeck: pages use a sign-in form and a session; the JSON API
 * ({@code /api/...}) and the sandbox's admin endpoints use HTTP Basic on every request, never a session.
 * Credentials are checked by the identity stores ({@link BuiltInUsers} by default), throttled by
 * {@link SignInThrottle}: a locked user name or client address is refused without its password being checked (429
 * with {@code Retry-After} for Basic; the sign-in page says when to try again). A form sign-in gets a new session id
 * (no fixation), whose cookie is {@code Secure} when the request came over HTTPS. The sandbox's Gong API
 * ({@code /sandbox/v2/...}) checks its own Gong-style credentials and is left alone.
 */
@ApplicationScoped
public class CallDeckAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = CallDeckAuthenticationMechanism.class.getName() + ".caller";
    static final String SESSION_GROUPS = CallDeckAuthenticationMechanism.class.getName() + ".groups";
    /** Request attribute: how long the sign-in is locked (a {@link java.time.Duration}), for the sign-in page. */
    public static final String LOCKED_FOR = CallDeckAuthenticationMechanism.class.getName() + ".lockedFor";

    @Inject
    IdentityStoreHandler identities;

    @Inject
    SignInThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/sandbox/v2/") || request.getDispatcherType() == DispatcherType.ERROR) {
            return context.doNothing();
        }
        if (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/sandbox/admin")) {
            return basic(request, response, context);
        }
        Credential submitted = context.getAuthParameters().getCredential();
        if (submitted != null) {
            String user = submitted instanceof UsernamePasswordCredential login ? login.getCaller() : "";
            java.util.Optional<java.time.Duration> locked = throttle.lockedFor(user, request.getRemoteAddr());
            if (locked.isPresent()) {
                request.setAttribute(LOCKED_FOR, locked.get());
                return context.responseUnauthorized();
            }
            CredentialValidationResult result = identities.validate(submitted);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                throttle.failed(user, request.getRemoteAddr());
                return context.responseUnauthorized();
            }
            throttle.succeeded(user);
            request.getSession(true);
            request.changeSessionId();
            HttpSession session = request.getSession();
            session.setAttribute(SESSION_CALLER, result.getCallerPrincipal().getName());
            session.setAttribute(SESSION_GROUPS, new HashSet<>(result.getCallerGroups()));
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof String caller) {
            @SuppressWarnings("unchecked")
            Set<String> groups = (Set<String>) session.getAttribute(SESSION_GROUPS);
            return context.notifyContainerAboutLogin(caller, groups);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        String target = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return context.redirect(request.getContextPath() + "/login?next="
                + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return challenge(response, context);
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                String user = decoded.substring(0, colon);
                java.util.Optional<java.time.Duration> locked = throttle.lockedFor(user, request.getRemoteAddr());
                if (locked.isPresent()) {
                    return tooManyFailures(response, locked.get());
                }
                CredentialValidationResult result = identities.validate(new UsernamePasswordCredential(user,
                        decoded.substring(colon + 1)));
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    throttle.succeeded(user);
                    return context.notifyContainerAboutLogin(result);
                }
                throttle.failed(user, request.getRemoteAddr());
            }
            return challenge(response, context);
        }
        return context.isProtected() ? challenge(response, context) : context.doNothing();
    }

    /** 429 with {@code Retry-After} (whole seconds) and the API's JSON error; the password was not checked. */
    private static AuthenticationStatus tooManyFailures(HttpServletResponse response, java.time.Duration locked) {
        long seconds = Math.max(1, (locked.toMillis() + 999) / 1000);
        try {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(seconds));
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"status\":429,\"error\":\"Too many failed sign-ins; try again in " + seconds
                    + " s\"}");
            response.flushBuffer();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"CallDeck\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
            session.removeAttribute(SESSION_GROUPS);
        }
    }
}
