package io.calldeck.dashboard.login;

import io.calldeck.dashboard.Messages;
import io.calldeck.security.CallDeckAuthenticationMechanism;
import io.calldeck.security.SecureCookies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/** The sign-in page ({@code /login}) and signing out. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private String username;
    private String password;
    private String next;

    /**
     * Checks the credentials; on success goes to the page the user wanted (a CallDeck path only).
     *
     * @throws IOException when the redirect fails
     */
    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username == null ? "" : username,
                        password == null ? "" : password)).newAuthentication(true));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + safeNext(next));
            faces.responseComplete();
        } else if (request.getAttribute(CallDeckAuthenticationMechanism.LOCKED_FOR) instanceof Duration locked) {
            long seconds = Math.max(1, (locked.toMillis() + 999) / 1000);
            Messages.error("Too many failed sign-ins",
                    "Sign-in is paused for this user name or this computer. Try again in " + seconds + " seconds.");
        } else {
            Messages.error("Sign-in failed", "The user name or password is not right.");
        }
    }

    /**
     * The start page ({@code /}): goes to the Calls page at its short address, {@code /calls} (a Faces navigation
     * outcome would redirect to {@code /calls.xhtml}).
     *
     * @throws IOException when the redirect fails
     */
    public void home() throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/calls");
        faces.responseComplete();
    }

    /**
     * Where to go after signing in: {@code next} when it is a path inside CallDeck, else the Calls page. It is parsed
     * as a URI and must be a relative reference with an absolute path: no scheme, no authority ({@code //host}), no
     * backslash, no control character, no encoded slash or backslash, and not the sign-in page itself.
     *
     * @param next the page the user wanted, from the sign-in link
     * @return a path inside the application, e.g. {@code /calls?rep=12}
     */
    static String safeNext(String next) {
        if (next == null || next.isEmpty() || next.length() > 2000) {
            return "/calls";
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\' || Character.isWhitespace(c)) {
                return "/calls";
            }
        }
        String lower = next.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%09") || lower.contains("%0a")
                || lower.contains("%0d") || lower.contains("%00")) {
            return "/calls";
        }
        java.net.URI uri;
        try {
            uri = new java.net.URI(next);
        } catch (java.net.URISyntaxException malformed) {
            return "/calls";
        }
        String path = uri.getRawPath();
        if (uri.getScheme() != null || uri.getRawAuthority() != null || path == null || !path.startsWith("/")
                || path.startsWith("//") || uri.getRawFragment() != null || path.equals("/login")
                || path.startsWith("/login.") || path.startsWith("/login/")) {
            return "/calls";
        }
        return next;
    }

    /**
     * Signs out and returns to the sign-in page.
     *
     * @throws IOException      when the redirect fails
     * @throws ServletException when signing out fails
     */
    public void signOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login");
        faces.responseComplete();
    }

    /**
     * @return whether this page came over plain HTTP under a host name browsers do not trust with {@code Secure}
     *         cookies while the session cookie is {@code Secure}: signing in here cannot keep a session, and the page
     *         says so ({@code calldeck.session.cookie-secure})
     */
    public boolean isSessionCookieRefused() {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        return SecureCookies.sessionCookieSecure() && !SecureCookies.cameOverHttps(request)
                && !SecureCookies.keepsSecureCookiesOverHttp(request.getServerName());
    }

    /** @return user name */
    public String getUsername() {
        return username;
    }

    /** @param value user name */
    public void setUsername(String value) {
        username = value;
    }

    /** @return always {@code null}: the password is never written back */
    public String getPassword() {
        return null;
    }

    /** @param value password */
    public void setPassword(String value) {
        password = value;
    }

    /** @return the page to go to after signing in */
    public String getNext() {
        return next;
    }

    /** @param value the page to go to after signing in */
    public void setNext(String value) {
        next = value;
    }
}
