package io.calldeck.connector;

import java.util.Arrays;
import java.util.Optional;

/**
 * The authorization scopes of Gong's API that the connector's endpoints need. A Gong app (OAuth) or API key
 * without a scope is refused with HTTP 401 {@code "You don't have permission to use '<scope>' in your app."},
 * which the connector throws as {@link io.calldeck.connector.exception.GongMissingScopeException}.
 *
 * <p>Source: the endpoint descriptions of Gong's OpenAPI document (Calls API v2) and Gong's API reference for
 * {@code /v2/users} and {@code /v2/workspaces}.
 */
public enum GongScope {
    /** {@code GET /v2/calls}, {@code GET /v2/calls/{id}}: calls' metadata. */
    CALLS_READ_BASIC("api:calls:read:basic"),
    /** {@code POST /v2/calls/extensive}: calls with their parties, content, interaction and comments. */
    CALLS_READ_EXTENSIVE("api:calls:read:extensive"),
    /** {@code POST /v2/calls/extensive} with {@code contentSelector.exposedFields.media}: audio and video URLs. */
    CALLS_READ_MEDIA_URL("api:calls:read:media-url"),
    /** {@code POST /v2/calls/transcript}: transcripts. */
    CALLS_READ_TRANSCRIPT("api:calls:read:transcript"),
    /** {@code POST /v2/calls}, {@code PUT /v2/calls/{id}/media}: adding calls and their recordings. */
    CALLS_CREATE("api:calls:create"),
    /** {@code POST /v2/calls/users-access}: who was given access to calls through the API. */
    CALL_USER_ACCESS_READ("api:call-user-access:read"),
    /** {@code PUT} and {@code DELETE /v2/calls/users-access}: giving and removing that access. */
    CALL_USER_ACCESS_WRITE("api:call-user-access:write"),
    /** {@code GET /v2/calls/manual-crm-associations}: calls associated with CRM objects by hand (beta). */
    CRM_CALLS_MANUAL_ASSOCIATION_READ("api:crm-calls:manual-association:read"),
    /** {@code GET /v2/users}, {@code GET /v2/users/{id}}: the company's users. */
    USERS_READ("api:users:read"),
    /** {@code GET /v2/workspaces}: the company's workspaces. */
    WORKSPACES_READ("api:workspaces:read");

    private final String value;

    GongScope(String value) {
        this.value = value;
    }

    /** @return the scope as Gong writes it, e.g. {@code api:calls:read:extensive} */
    public String value() {
        return value;
    }

    /**
     * @param value a scope as Gong writes it
     * @return the scope, if the connector knows it
     */
    public static Optional<GongScope> of(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }

    @Override
    public String toString() {
        return value;
    }
}
