package io.calldeck.dashboard.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
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
            external.redirect(external.getRequestContextPath() + safeNext());
            faces.responseComplete();
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Sign-in failed",
                    "The user name or password is not right."));
        }
    }

    private String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith("/login")) {
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
