package io.calldeck.security;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Makes a session that another server wrote to the store whole on this server before the request changes it, so the
 * first postback after a failover works.
 *
 * <p>With sessions in the store ({@code CALLDECK_SESSIONS=database}, Liberty's {@code sessionDatabase-1.0} with one row
 * per attribute), a server that gets a session another server wrote reads its attributes one by one, as the request
 * asks for them. The first time anything lists the session's attribute names, Liberty reads all of them from the
 * store, and that read replaces the values the request has already changed in memory with the ones in the store.
 * They are listed at the end of the first request (Liberty's session trace shows it), after MyFaces has added the
 * page it rendered to its server-side view state ({@code StateCacheServerSide.SERIALIZED_VIEW}). Without this
 * listener that page was lost, and its first postback failed with {@code ViewExpiredException} ("could not be
 * restored"). Listing the names when the request starts does the
 * same read while nothing has been changed yet.
 *
 * <p>On the server that made the session, and with sessions in memory, the list is already in memory: no read.
 * Requests without a session ({@code /api} with HTTP Basic, {@code /health}) are left alone.
 */
@WebListener
public class SessionFailover implements ServletRequestListener {

    /**
     * Reads every attribute of the request's session, if it has one, before the application runs.
     *
     * @param event the request starting
     */
    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (event.getServletRequest() instanceof HttpServletRequest request) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.getAttributeNames();
            }
        }
    }
}
