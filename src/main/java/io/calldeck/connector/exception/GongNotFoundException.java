package io.calldeck.connector.exception;

import java.util.List;

/**
 * Gong answered HTTP 404 for something other than an empty result, e.g.
 * {@code "Call ID 894411314421502864 was not found"} from {@code GET /v2/calls/{id}}.
 *
 * <p>Gong's {@value #NO_CALLS_FOUND} 404 from the list endpoints is not an error: the connector turns it
 * into an empty page and never throws this exception for it.
 */
public class GongNotFoundException extends GongException {

    private static final long serialVersionUID = 1L;

    /** The message with which Gong's list endpoints say "no results" (as a 404). */
    public static final String NO_CALLS_FOUND = "No calls found corresponding to the provided filters";

    /**
     * @param endpoint  method and path template of the failed call
     * @param requestId Gong's {@code requestId}, or {@code null}
     * @param errors    Gong's {@code errors[]}
     */
    public GongNotFoundException(String endpoint, String requestId, List<String> errors) {
        super(endpoint, 404, requestId, errors, null);
    }

    /** @return whether this 404 is Gong's "no calls found" answer, i.e. an empty result */
    public boolean isNoCallsFound() {
        return errors().stream().anyMatch(NO_CALLS_FOUND::equals);
    }
}
