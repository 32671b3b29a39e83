package io.calldeck.connector.model;

import java.util.List;

/**
 * Analysis of what was said ({@code ContentDto}); each part is present only when its
 * {@code exposedFields.content} flag was set and Gong has it.
 *
 * @param structure        the call's agenda parts with durations ({@code structure})
 * @param trackers         keyword and smart trackers with counts ({@code trackers}; occurrences with {@code trackerOccurrences})
 * @param topics           topics with the seconds spent on each ({@code topics})
 * @param pointsOfInterest deprecated by Gong; action items of older calls ({@code pointsOfInterest})
 * @param brief            the Spotlight call brief ({@code brief})
 * @param outline          the call outline by sections ({@code outline})
 * @param highlights       highlights by sections ({@code highlights})
 * @param callOutcome      the outcome set by Gong AI ({@code callOutcome})
 * @param keyPoints        key points ({@code keyPoints})
 */
public record CallContent(
        List<StructureSection> structure,
        List<Tracker> trackers,
        List<Topic> topics,
        PointsOfInterest pointsOfInterest,
        String brief,
        List<OutlineSection> outline,
        List<HighlightsSection> highlights,
        CallOutcome callOutcome,
        List<KeyPoint> keyPoints) {
}
