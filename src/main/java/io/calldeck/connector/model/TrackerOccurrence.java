package io.calldeck.connector.model;

/**
 * When a tracker term was said, and by whom ({@code occurrences}).
 *
 * @param startTime seconds from the start of the call
 * @param speakerId the speaker who said it ({@link Party#speakerId()}, also used in transcripts)
 */
public record TrackerOccurrence(Double startTime, String speakerId) {
}
