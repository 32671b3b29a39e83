package io.calldeck.connector.model;

import java.util.List;

/**
 * The answer of {@code POST /v2/calls/users-access} ({@code CallsAccessDetailsResponse}).
 *
 * @param requestId      Gong's reference for this request
 * @param callAccessList one entry per requested call
 */
public record CallAccessList(String requestId, List<CallAccess> callAccessList) {
}
