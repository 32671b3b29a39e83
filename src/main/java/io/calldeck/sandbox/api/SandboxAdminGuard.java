package io.calldeck.sandbox.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The sandbox's admin endpoints ({@code /sandbox/admin/*}) take HTTP Basic, which a browser sends by itself once an
 * admin has used it: so a request that changes something (any method but GET, HEAD and OPTIONS) must come from a
 * script, not a form or a link of another site. It needs the {@value #HEADER} header (a form cannot set one, and a
 * script of another origin would need a CORS preflight, which the sandbox never grants), and its {@code Origin}, when
 * the browser sends one, must be the sandbox's own; a browser's {@code Sec-Fetch-Site: cross-site} is refused too.
 * Anything else is answered 403 and changes nothing.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class SandboxAdminGuard implements ContainerRequestFilter {

    /** The header a state-changing admin request must carry (any value). */
    public static final String HEADER = "X-Requested-By";

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!(path.startsWith("admin") || path.startsWith("/admin")) || SAFE.contains(request.getMethod())) {
            return;
        }
        String why = null;
        String header = request.getHeaderString(HEADER);
        if (header == null || header.isBlank()) {
            why = "the " + HEADER + " header is missing";
        }
        String origin = request.getHeaderString("Origin");
        if (why == null && origin != null && !sameOrigin(URI.create(origin.trim()), request.getUriInfo().getBaseUri())) {
            why = "it comes from another origin (" + origin + ")";
        }
        String site = request.getHeaderString("Sec-Fetch-Site");
        if (why == null && site != null && site.trim().toLowerCase(Locale.ROOT).equals("cross-site")) {
            why = "the browser says it is cross-site";
        }
        if (why != null) {
            request.abortWith(Response.status(403).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("Refused: " + why + ". Admin requests that change the sandbox must come from a script of "
                            + "the same origin with the " + HEADER + " header; nothing was changed.").build());
        }
    }

    private static boolean sameOrigin(URI origin, URI base) {
        return origin.getScheme() != null && origin.getScheme().equalsIgnoreCase(base.getScheme())
                && origin.getHost() != null && origin.getHost().equalsIgnoreCase(base.getHost())
                && port(origin) == port(base);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
