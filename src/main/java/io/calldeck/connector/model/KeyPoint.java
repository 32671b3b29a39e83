package io.calldeck.connector.model;

/**
 * A key point of the call ({@code CallKeyPoint}).
 *
 * @param text the key point
 */
public record KeyPoint(String text) {
}
