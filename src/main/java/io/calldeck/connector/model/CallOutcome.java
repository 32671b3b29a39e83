package io.calldeck.connector.model;

/**
 * The call's outcome as set by Gong AI ({@code CallOutcome}).
 *
 * @param id       e.g. {@code MEETING_BOOKED}
 * @param category e.g. {@code Answered}
 * @param name     e.g. {@code Meeting booked}
 */
public record CallOutcome(String id, String category, String name) {
}
