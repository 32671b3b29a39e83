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
 * Credentials are checked by the identity stores ({@link BuiltInUsers} by default). The sandbox's Gong API
 * ({@code /sandbox/v2/...}) checks its own Gong-style credentials and is left alone.
 */
@ApplicationScoped
public class CallDeckAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = CallDeckAuthenticationMechanism.class.getName() + ".caller";
    static final String SESSION_GROUPS = CallDeckAuthenticationMechanism.class.getName() + ".groups";

    @Inject
    IdentityStoreHandler identities;

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
            CredentialValidationResult result = identities.validate(submitted);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return context.responseUnauthorized();
            }
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
                CredentialValidationResult result = identities.validate(new UsernamePasswordCredential(
                        decoded.substring(0, colon), decoded.substring(colon + 1)));
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
            return challenge(response, context);
        }
        return context.isProtected() ? challenge(response, context) : context.doNothing();
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
