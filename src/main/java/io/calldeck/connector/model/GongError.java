package io.calldeck.connector.model;

import java.util.List;

/**
 * Gong's {@code ErrorResponse}, the body of every 4xx and 5xx answer.
 *
 * @param requestId Gong's reference for the failed request (what Gong support asks for)
 * @param errors    the error messages, e.g. {@code ["No calls found corresponding to the provided filters"]}
 */
public record GongError(String requestId, List<String> errors) {
}
