package io.calldeck.dashboard;

import io.calldeck.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The person looking at a page: who they are, whether they are an admin, and their time zone (reported by
 * their browser in the {@code calldeck_tz} cookie; UTC until it is known). Pages use it as {@code #{viewer}}.
 */
@Named
@RequestScoped
public class Viewer {

    /** The cookie in which the browser reports its IANA time zone. */
    public static final String TIME_ZONE_COOKIE = "calldeck_tz";

    @Inject
    SecurityContext security;

    @Inject
    HttpServletRequest request;

    private ZoneId zone;

    /** @return the signed-in user's name, or {@code null} */
    public String getName() {
        return security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
    }

    /** @return whether the signed-in user may change call access and run syncs */
    public boolean isAdmin() {
        return security.isCallerInRole(Roles.ADMIN);
    }

    /** @return the viewer's time zone */
    public ZoneId getZone() {
        if (zone == null) {
            zone = ZoneOffset.UTC;
            Cookie[] cookies = request.getCookies();
            if (cookies != null) {
                for (Cookie cookie : cookies) {
                    if (TIME_ZONE_COOKIE.equals(cookie.getName())) {
                        try {
                            zone = ZoneId.of(java.net.URLDecoder.decode(cookie.getValue(),
                                    java.nio.charset.StandardCharsets.UTF_8));
                        } catch (DateTimeException | IllegalArgumentException unknown) {
                            zone = ZoneOffset.UTC;
                        }
                    }
                }
            }
        }
        return zone;
    }

    /** @return the time zone's name, e.g. Europe/Berlin */
    public String getZoneName() {
        return getZone().getId();
    }

    /**
     * @param time an instant
     * @return it in the viewer's zone, {@code yyyy-MM-dd HH:mm}
     */
    public String time(OffsetDateTime time) {
        return Formats.dateTime(time, getZone());
    }

    /** @throws NotAllowedException unless the signed-in user is an admin */
    public void requireAdmin() {
        if (!isAdmin()) {
            throw new NotAllowedException("This needs the admin role");
        }
    }

    /** An action the signed-in user may not take: answered 403, nothing changes. */
    public static class NotAllowedException extends SecurityException {
        private static final long serialVersionUID = 1L;

        /** @param message what was refused */
        public NotAllowedException(String message) {
            super(message);
        }
    }
}
