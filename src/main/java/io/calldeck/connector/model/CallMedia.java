package io.calldeck.connector.model;

/**
 * The call's media URLs ({@code MediaDto}), valid for 8 hours after the response.
 *
 * @param audioUrl the audio recording, if any
 * @param videoUrl the video recording, if any
 */
public record CallMedia(String audioUrl, String videoUrl) {
}
