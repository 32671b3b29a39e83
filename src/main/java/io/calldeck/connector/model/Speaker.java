package io.calldeck.connector.model;

/**
 * A speaker's talk time ({@code UserSpeaker}).
 *
 * @param id       the party id ({@link Party#id()}), not the speaker id
 * @param userId   the Gong user id, when the speaker is a Gong user
 * @param talkTime how long the speaker talked, in <b>seconds</b>
 */
public record Speaker(String id, String userId, Double talkTime) {
}
