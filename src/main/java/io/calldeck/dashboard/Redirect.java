package io.calldeck.dashboard;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Sends the browser from a filter form's action to a dashboard page whose criteria are in its URL.
 *
 * <p>Not a {@code ?faces-redirect=true&…} outcome: Faces splits such an outcome's query string on {@code &} and
 * {@code =} and URL-encodes each value again, so an encoded value arrives encoded once more ({@code rep=1,2}
 * written {@code rep=1%2C2} came back as the text {@code 1%2C2}, and a search for {@code a b} as {@code a+b}),
 * and a value holding {@code &} could not be written at all. Here the query string, encoded once by
 * {@link QueryString}, goes to the browser as it is.
 */
public final class Redirect {

    private Redirect() {
    }

    /**
     * Answers the current Faces request with a redirect ({@code 302}, or a partial-response redirect for Ajax) and
     * completes the response.
     *
     * @param path        the page's path in the application, starting with {@code /} (e.g. {@code /team})
     * @param queryString the criteria, already URL-encoded (e.g. from {@link QueryString#of}), without {@code ?};
     *                    empty for none
     * @throws UncheckedIOException when the redirect cannot be sent
     */
    public static void to(String path, String queryString) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /, got: " + path);
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String url = external.getRequestContextPath() + path
                + (queryString == null || queryString.isEmpty() ? "" : "?" + queryString);
        try {
            external.redirect(url);
        } catch (IOException e) {
            throw new UncheckedIOException("could not redirect to " + path, e);
        }
    }
}
