package io.calldeck.connector.exception;

import java.util.List;

/**
 * No usable response came back: the connection failed, timed out, was dropped, or the body was cut off
 * or unreadable. {@link #status()} is the HTTP status if one was received before the failure, else 0.
 */
public class GongConnectionException extends GongException {

    private static final long serialVersionUID = 1L;

    /**
     * @param endpoint method and path template of the failed call
     * @param status   the HTTP status if a status line was received, else 0
     * @param detail   what went wrong, e.g. {@code "connect timed out"}; must not contain credentials
     * @param cause    the underlying I/O or processing exception
     */
    public GongConnectionException(String endpoint, int status, String detail, Throwable cause) {
        super(endpoint, status, null, detail == null ? List.of() : List.of(detail), cause);
    }
}
