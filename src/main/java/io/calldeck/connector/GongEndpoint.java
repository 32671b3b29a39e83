package io.calldeck.connector;

/**
 * The Gong endpoints the connector calls: method, path template and the scope Gong requires for each. Every
 * request to Gong names one; errors, the {@link GongRequestCompleted} event and the metrics carry its
 * {@link #label()}. Adding an endpoint means one entry here, one method on the REST client interface
 * ({@code io.calldeck.connector.client.GongCallsClient}) and one on {@link GongCalls}.
 */
public enum GongEndpoint {

    /** {@code GET /v2/calls}: calls in a date range. */
    LIST_CALLS("GET", "/v2/calls", GongScope.CALLS_READ_BASIC, true),
    /** {@code GET /v2/calls/{id}}: one call. */
    GET_CALL("GET", "/v2/calls/{id}", GongScope.CALLS_READ_BASIC, false),
    /** {@code POST /v2/calls}: adds a call. */
    ADD_CALL("POST", "/v2/calls", GongScope.CALLS_CREATE, false),
    /** {@code PUT /v2/calls/{id}/media}: uploads a call's recording. */
    UPLOAD_MEDIA("PUT", "/v2/calls/{id}/media", GongScope.CALLS_CREATE, false),
    /** {@code POST /v2/calls/extensive}: calls with the content a selector asks for. */
    EXTENSIVE("POST", "/v2/calls/extensive", GongScope.CALLS_READ_EXTENSIVE, true),
    /** {@code POST /v2/calls/transcript}: transcripts. */
    TRANSCRIPT("POST", "/v2/calls/transcript", GongScope.CALLS_READ_TRANSCRIPT, true),
    /** {@code GET /v2/calls/manual-crm-associations}: calls associated with CRM objects by hand. */
    MANUAL_CRM("GET", "/v2/calls/manual-crm-associations", GongScope.CRM_CALLS_MANUAL_ASSOCIATION_READ, false),
    /** {@code POST /v2/calls/users-access}: who was given access to calls. */
    ACCESS_GET("POST", "/v2/calls/users-access", GongScope.CALL_USER_ACCESS_READ, false),
    /** {@code PUT /v2/calls/users-access}: gives users access to calls. */
    ACCESS_GIVE("PUT", "/v2/calls/users-access", GongScope.CALL_USER_ACCESS_WRITE, false),
    /** {@code DELETE /v2/calls/users-access}: removes users' access to calls. */
    ACCESS_REMOVE("DELETE", "/v2/calls/users-access", GongScope.CALL_USER_ACCESS_WRITE, false),
    /** {@code GET /v2/users}: the company's users. */
    LIST_USERS("GET", "/v2/users", GongScope.USERS_READ, false),
    /** {@code GET /v2/users/{id}}: one user. */
    GET_USER("GET", "/v2/users/{id}", GongScope.USERS_READ, false),
    /** {@code GET /v2/workspaces}: the company's workspaces. */
    WORKSPACES("GET", "/v2/workspaces", GongScope.WORKSPACES_READ, false);

    private final String method;
    private final String path;
    private final GongScope scope;
    private final boolean noCallsFoundIsEmpty;

    GongEndpoint(String method, String path, GongScope scope, boolean noCallsFoundIsEmpty) {
        this.method = method;
        this.path = path;
        this.scope = scope;
        this.noCallsFoundIsEmpty = noCallsFoundIsEmpty;
    }

    /** @return the HTTP method, e.g. {@code POST} */
    public String method() {
        return method;
    }

    /** @return the path template below Gong's base URL, e.g. {@code /v2/calls/{id}} */
    public String path() {
        return path;
    }

    /** @return the scope Gong requires of the app for this endpoint */
    public GongScope scope() {
        return scope;
    }

    /**
     * @return whether Gong's 404 "No calls found corresponding to the provided filters" is an empty page here
     *         (the list endpoints), not an error
     */
    public boolean noCallsFoundIsEmpty() {
        return noCallsFoundIsEmpty;
    }

    /** @return method and path template, e.g. {@code POST /v2/calls/extensive}: how errors and metrics name it */
    public String label() {
        return method + " " + path;
    }

    @Override
    public String toString() {
        return label();
    }
}
