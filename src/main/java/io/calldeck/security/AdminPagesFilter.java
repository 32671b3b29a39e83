package io.calldeck.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * What only admins may do on the dashboard, refused with 403 and CallDeck's "Not allowed" page before any page code
 * runs. (A container security constraint would answer the same 403 but, on Liberty, with an empty body that browsers
 * replace with their own error page.)
 * <ul>
 * <li>Admin-only pages ({@code /access}): any request of a user without the {@code admin} role, page or postback.</li>
 * <li>Admin-only controls on pages everyone sees ({@code /sync}'s "Sync now", "Backfill from date", "Refresh recent
 * calls"): a postback from a non-admin that names one of them, as its source ({@code jakarta.faces.source}) or as a
 * submitted parameter. Faces would only ignore such a postback (the controls are not rendered for viewers); a 403
 * says plainly that it was refused.</li>
 * </ul>
 * The backing beans check the role again.
 */
@WebFilter(urlPatterns = {"/access", "/access.xhtml", "/sync", "/sync.xhtml"})
public class AdminPagesFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Admin-only controls by page: client ids. */
    static final Map<String, Set<String>> ADMIN_CONTROLS = Map.of(
            "/sync", Set.of("sync:syncNow", "sync:backfill", "sync:backfillFrom", "sync:refresh"));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isUserInRole(Roles.ADMIN) || !refused(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        request.getRequestDispatcher("/errors/403.xhtml").forward(request, response);
    }

    /** @return whether a request from a non-admin asks for something only admins may do */
    static boolean refused(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String page = path.endsWith(".xhtml") ? path.substring(0, path.length() - ".xhtml".length()) : path;
        Set<String> controls = ADMIN_CONTROLS.get(page);
        if (controls == null) {
            return true;
        }
        if (!"POST".equalsIgnoreCase(request.getMethod())) {
            return false;
        }
        String source = request.getParameter("jakarta.faces.source");
        if (source != null && controls.contains(source)) {
            return true;
        }
        for (String control : controls) {
            if (request.getParameter(control) != null || request.getParameter(control + "_input") != null) {
                return true;
            }
        }
        return false;
    }
}
