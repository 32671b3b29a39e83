package io.calldeck.sync;

import io.calldeck.connector.exception.GongAuthenticationException;
import io.calldeck.connector.exception.GongException;
import io.calldeck.connector.exception.GongPermissionException;

/**
 * What a page says when Gong refuses or fails one of its features, in one wording everywhere: a feature with a
 * scope of its own (transcripts, call access, media URLs) that the Gong app lacks is "Gong did not allow …" with
 * Gong's message; the rest of the page works.
 */
public final class GongRefusal {

    private GongRefusal() {
    }

    /**
     * @param e what the connector threw
     * @return whether Gong refused the request for lack of permission: 401 (a missing scope; the credentials
     *         themselves are good, or the calls sync would fail too) or 403
     */
    public static boolean notAllowed(GongException e) {
        return e instanceof GongAuthenticationException || e instanceof GongPermissionException;
    }

    /**
     * @param feature what the page asked Gong for, e.g. {@code "reading transcripts"}
     * @param e       what the connector threw
     * @return "Gong did not allow reading transcripts: HTTP 401: You don't have permission to use
     *         'api:calls:read:transcript' in your app. (Gong requestId …)", or, when Gong failed rather than
     *         refused, "Gong could not answer …: …"
     */
    public static String describe(String feature, GongException e) {
        return (notAllowed(e) ? "Gong did not allow " : "Gong could not answer ") + feature + ": " + e.gongMessage();
    }
}
