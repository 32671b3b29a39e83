package io.calldeck.connector.model;

/**
 * The answer of {@code GET /v2/calls/{id}} ({@code SpecificCall}).
 *
 * @param requestId Gong's reference for this request
 * @param call      the call's metadata
 */
public record SpecificCall(String requestId, CallMetaData call) {
}
