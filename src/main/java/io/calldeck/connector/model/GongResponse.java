package io.calldeck.connector.model;

/**
 * Gong's {@code BaseResponse}: the answer of requests that return nothing but their reference, such as
 * giving or removing call access.
 *
 * @param requestId Gong's reference for this request; quote it to Gong support
 */
public record GongResponse(String requestId) {
}
