package io.calldeck.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Secure cookies and HTTP Strict Transport Security.
 *
 * <p>The session cookie ({@code JSESSIONID}) is {@code Secure} unless {@code calldeck.session.cookie-secure} is
 * {@code false}: Liberty writes that cookie itself, after the application, with one {@code Secure} setting for the
 * whole server, so it cannot depend on the request. Browsers keep a {@code Secure} cookie from an HTTPS page and from
 * {@code http://localhost} (a secure context), so the default works for both; only a server reached over plain HTTP
 * under another host name needs the setting off (and then every request that arrives over HTTPS is logged once as a
 * warning). Every other cookie CallDeck sends (Faces' flash cookie) is {@code Secure} under the same setting, and on
 * any request that came over HTTPS (directly, or through a trusted proxy that says so with {@code X-Forwarded-Proto}:
 * Liberty's {@code remoteIp}). {@code HttpOnly} and {@code SameSite=Lax} come from {@code web.xml}.
 *
 * <p>Answers over HTTPS carry {@code Strict-Transport-Security} for a year.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
@WebListener
public class SecureCookies extends HttpFilter implements ServletContextListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SecureCookies.class.getName());
    /** MP Config key: whether the session cookie is {@code Secure}; default {@code true}. */
    public static final String COOKIE_SECURE = "calldeck.session.cookie-secure";
    /** A year: browsers keep to HTTPS for this host that long. */
    static final String HSTS = "max-age=31536000";

    private static volatile boolean warned;
    private static volatile boolean sessionCookieSecure = true;

    /**
     * @return whether the session cookie is {@code Secure}: {@code calldeck.session.cookie-secure} as read when the
     *         application started, default {@code true}
     */
    public static boolean sessionCookieSecure() {
        return sessionCookieSecure;
    }

    /** Sets the session cookie's {@code Secure} attribute while the application starts (Servlet's only moment for it). */
    @Override
    public void contextInitialized(ServletContextEvent event) {
        sessionCookieSecure = ConfigProvider.getConfig().getOptionalValue(COOKIE_SECURE, Boolean.class).orElse(true);
        event.getServletContext().getSessionCookieConfig().setSecure(sessionCookieSecure);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean always = sessionCookieSecure();
        boolean https = cameOverHttps(request);
        if (https) {
            response.setHeader("Strict-Transport-Security", HSTS);
            if (!always && !warned) {
                warned = true;
                LOG.warning(() -> "A request arrived over HTTPS while " + COOKIE_SECURE + " is false: the session cookie"
                        + " is not Secure. Set CALLDECK_SESSION_COOKIE_SECURE=true (the default) unless users also"
                        + " reach this server over plain HTTP under a host name other than localhost.");
            }
        }
        if (always || https) {
            chain.doFilter(request, new SecureCookieResponse(response));
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * @param request a request
     * @return whether it came over HTTPS: directly, or through a trusted proxy that says so (Liberty's
     *         {@code remoteIp} then reports the scheme the proxy was asked for; it needs {@code X-Forwarded-For} or
     *         {@code Forwarded} beside {@code X-Forwarded-Proto})
     */
    public static boolean cameOverHttps(HttpServletRequest request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getScheme());
    }

    /**
     * @param host the host name the browser used ({@code Host})
     * @return whether browsers treat plain HTTP to it as a secure context, keeping {@code Secure} cookies: loopback
     */
    public static boolean keepsSecureCookiesOverHttp(String host) {
        String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.") || h.equals("[::1]")
                || h.equals("::1");
    }

    private static boolean isSecure(String cookie) {
        for (String attribute : cookie.split(";")) {
            if (attribute.trim().toLowerCase(Locale.ROOT).equals("secure")) {
                return true;
            }
        }
        return false;
    }

    /** Marks every cookie the application adds {@code Secure}. */
    private static final class SecureCookieResponse extends HttpServletResponseWrapper {
        SecureCookieResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addCookie(Cookie cookie) {
            cookie.setSecure(true);
            super.addCookie(cookie);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, secured(name, value));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, secured(name, value));
        }

        private static String secured(String name, String value) {
            return "Set-Cookie".equalsIgnoreCase(name) && value != null && !isSecure(value) ? value + "; Secure"
                    : value;
        }
    }
}
