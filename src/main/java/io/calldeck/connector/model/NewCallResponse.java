package io.calldeck.connector.model;

/**
 * The answer of {@code POST /v2/calls} ({@code NewCallAddingResponse}, HTTP 200).
 *
 * @param requestId Gong's reference for this request
 * @param callId    the new call's id; upload its recording with {@code PUT /v2/calls/{callId}/media}
 */
public record NewCallResponse(String requestId, String callId) {
}
