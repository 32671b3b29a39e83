package io.calldeck.connector.model;

/**
 * A topic discussed in the call ({@code TopicDto}).
 *
 * @param name     the topic, e.g. {@code Pricing}
 * @param duration seconds spent on it
 */
public record Topic(String name, Integer duration) {
}
