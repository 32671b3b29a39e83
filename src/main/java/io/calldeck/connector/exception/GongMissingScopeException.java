package io.calldeck.connector.exception;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credentials are valid, but their Gong app lacks the scope this endpoint needs: HTTP 401 with
 * {@code "You don't have permission to use '<scope>' in your app."}. Grant the scope to the app in Gong (Company
 * settings, API) or do without the feature; other endpoints keep working.
 */
public class GongMissingScopeException extends GongAuthenticationException {

    private static final long serialVersionUID = 1L;
    private static final Pattern MISSING_SCOPE = Pattern.compile("permission to use '([^']+)'");

    private final String scope;

    /**
     * @param endpoint  method and path template of the failed call
     * @param requestId Gong's {@code requestId}, or {@code null}
     * @param errors    Gong's {@code errors[]}, one of which names the scope
     * @param scope     the missing scope, e.g. {@code api:calls:read:transcript}
     */
    public GongMissingScopeException(String endpoint, String requestId, List<String> errors, String scope) {
        super(endpoint, requestId, errors);
        this.scope = scope;
    }

    /** @return the scope Gong said the app lacks, as Gong writes it */
    public String scope() {
        return scope;
    }

    /**
     * @param errors Gong's {@code errors[]} of a 401
     * @return the scope they say is missing, if they say so
     */
    public static Optional<String> missingScope(List<String> errors) {
        for (String error : errors) {
            Matcher matcher = error == null ? null : MISSING_SCOPE.matcher(error);
            if (matcher != null && matcher.find()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }
}
