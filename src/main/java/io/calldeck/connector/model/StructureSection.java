package io.calldeck.connector.model;

/**
 * One part of the call's agenda ({@code StructureDto}).
 *
 * @param name     the agenda part, e.g. {@code Meeting Setup}
 * @param duration its length in seconds
 */
public record StructureSection(String name, Long duration) {
}
