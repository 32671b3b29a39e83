package io.calldeck.connector.exception;

/**
 * The connector did not send the request because Gong failed repeatedly just before (5xx, connection failures,
 * timeouts): its circuit breaker is open and lets a trial request through again after a delay
 * ({@code io.calldeck.connector.internal.GongTransport/send/CircuitBreaker/delay}, 30 s by default). {@link #status()}
 * is 0 and {@link #requestId()} empty: nothing reached Gong.
 */
public class GongCircuitOpenException extends GongConnectionException {

    private static final long serialVersionUID = 1L;

    /**
     * @param endpoint method and path template of the request not sent
     * @param cause    MicroProfile Fault Tolerance's {@code CircuitBreakerOpenException}
     */
    public GongCircuitOpenException(String endpoint, Throwable cause) {
        super(endpoint, 0, "Gong failed repeatedly; requests are held back for a while (circuit breaker open)", cause);
    }
}
