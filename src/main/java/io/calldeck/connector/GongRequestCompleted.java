package io.calldeck.connector;

import java.time.Duration;

/**
 * A CDI event the connector fires after each request it sent to Gong (observe it with
 * {@code @Observes GongRequestCompleted} for metrics or logs; observers run on the caller's thread, so keep them
 * short). Not fired for requests the connector refused to send. Outside a container no event is fired.
 *
 * @param endpoint method and path template, e.g. {@code POST /v2/calls/extensive}
 * @param status   the HTTP status Gong answered, or 0 when no status arrived (connection failure, timeout)
 * @param elapsed  from sending the request to reading the answer
 * @param waited   how long the request waited for the rate budget before it was sent
 */
public record GongRequestCompleted(String endpoint, int status, Duration elapsed, Duration waited) {
}
