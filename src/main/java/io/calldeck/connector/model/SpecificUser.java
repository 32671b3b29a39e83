package io.calldeck.connector.model;

/**
 * The answer of {@code GET /v2/users/{id}}.
 *
 * @param requestId Gong's reference for this request
 * @param user      the user
 */
public record SpecificUser(String requestId, GongUser user) {
}
