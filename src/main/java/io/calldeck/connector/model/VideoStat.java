package io.calldeck.connector.model;

/**
 * Video statistics ({@code VideoInteractionDto}).
 *
 * @param name     {@code Browser}, {@code Presentation}, {@code WebcamPrimaryUser}, {@code WebcamNonCompany} or {@code Webcam}
 * @param duration seconds on screen
 */
public record VideoStat(String name, Double duration) {
}
