package io.calldeck.connector.model;

/**
 * The answer of {@code PUT /v2/calls/{id}/media} ({@code NewCallRecordingResponse}, HTTP 201).
 *
 * @param requestId Gong's reference for this request
 * @param callId    the call's id
 * @param url       the call's page in Gong's web app
 */
public record MediaUploadResponse(String requestId, String callId, String url) {
}
