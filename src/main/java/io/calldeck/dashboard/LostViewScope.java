package io.calldeck.dashboard;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewScoped;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;

/**
 * Reopens a page whose view-scoped backing beans were lost, instead of letting a click act on empty ones.
 *
 * <p>After a failover (several servers, sessions in the store), a postback can reach a server that restores the page's
 * view state but not its view-scoped backing beans. MyFaces' view-scope storage changes in place, so Liberty's
 * {@code ONLY_UPDATED_ATTRIBUTES} does not write it again; written on every request, the other server cannot read it,
 * because it holds PrimeFaces' CSP nonce under {@code org.apache.myfaces.cdi.NonContextualKey}, a class Liberty does
 * not let sessions load (Open Liberty issue 24680). The beans would be created anew, empty, and the click would act
 * on nothing: the Calls table would show no rows. Every page this listener renders holds a {@link Marker} bean in
 * its view scope; a postback whose view scope lacks it is answered with a redirect to the page the browser shows (its
 * URL carries the page's criteria), and a message that the click was not applied. The same happens after MyFaces
 * dropped a view scope for any other reason.
 *
 * <p>The marker is a bean, not a plain view-map entry: MyFaces keeps plain entries under a key class that Liberty
 * cannot load when it reads a session another server wrote, and the whole view-scope storage would fail to load.
 */
public class LostViewScope implements PhaseListener {

    private static final long serialVersionUID = 1L;
    /** Shown on the reopened page. */
    static final String MESSAGE = "This page was reopened on another CallDeck server, and your last click was not"
            + " applied. Please repeat it.";

    /** @return every phase: the check follows Restore View, the marker goes in before Render Response */
    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    /**
     * Before Render Response: puts the marker in the view scope of the page about to be rendered.
     *
     * @param event the phase
     */
    @Override
    public void beforePhase(PhaseEvent event) {
        if (event.getPhaseId() == PhaseId.RENDER_RESPONSE) {
            UIViewRoot root = event.getFacesContext().getViewRoot();
            if (root != null && !root.isTransient()) {
                CDI.current().select(Marker.class).get().place();
            }
        }
    }

    /**
     * After Restore View of a postback: when the restored view's scope lacks the marker, redirects to the page the
     * browser shows, with {@link #MESSAGE} kept for it, and ends the request.
     *
     * @param event the phase
     */
    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (event.getPhaseId() != PhaseId.RESTORE_VIEW || !context.isPostback() || context.getResponseComplete()) {
            return;
        }
        UIViewRoot root = context.getViewRoot();
        if (root == null || root.isTransient()) {
            return;
        }
        BeanManager beans = CDI.current().getBeanManager();
        Bean<?> marker = beans.resolve(beans.getBeans(Marker.class));
        if (beans.getContext(ViewScoped.class).get(marker) != null) {
            return;
        }
        ExternalContext external = context.getExternalContext();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, "Page reopened", MESSAGE));
        // The flash carries the message to the page the redirect opens (it must know a redirect follows).
        external.getFlash().setKeepMessages(true);
        external.getFlash().setRedirect(true);
        try {
            external.redirect(pageShown(external.getRequestHeaderMap().get("Referer"),
                    external.getRequestContextPath(),
                    context.getApplication().getViewHandler().getActionURL(context, root.getViewId())));
        } catch (IOException e) {
            throw new UncheckedIOException("The page could not be reopened", e);
        }
        context.responseComplete();
    }

    /**
     * Where to reopen the page: the path and query of the page the browser shows, never another host (the redirect
     * stays on the host the browser used, a load balancer's, say).
     *
     * @param referer     the request's {@code Referer} header, or {@code null}
     * @param contextPath the application's context path ({@code ""} at the root)
     * @param fallback    the view's own URL, for a missing or foreign {@code Referer}
     * @return the {@code Referer}'s path and query when its path is in this application, else {@code fallback}
     */
    static String pageShown(String referer, String contextPath, String fallback) {
        if (referer == null) {
            return fallback;
        }
        try {
            URI page = URI.create(referer);
            String path = page.getRawPath();
            boolean inApplication = path != null && (path.equals(contextPath) || path.startsWith(contextPath + "/"));
            if (!inApplication || path.startsWith("//")) {
                return fallback;
            }
            return path + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery());
        } catch (IllegalArgumentException notAUri) {
            return fallback;
        }
    }

    /** Held in the view scope of every page rendered: its absence on a postback means the view scope was lost. */
    @ViewScoped
    public static class Marker implements Serializable {
        private static final long serialVersionUID = 1L;

        /** Creates the marker in the current view scope, if it is not there yet (a call through its client proxy). */
        public void place() {
            // The call itself is the point: CDI creates the bean in the view scope for it.
        }
    }
}
