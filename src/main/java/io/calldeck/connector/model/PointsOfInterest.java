package io.calldeck.connector.model;

import java.util.List;

/**
 * Points of interest (deprecated by Gong; in its 2025-01 OpenAPI document only).
 *
 * @param actionItems action items spotted in the call
 */
public record PointsOfInterest(List<ActionItem> actionItems) {

    /**
     * An action item snippet.
     *
     * @param snippetStartTime seconds from the start of the call
     * @param snippetEndTime   seconds from the start of the call
     * @param speakerID        the speaking participant (Gong spells it {@code speakerID})
     * @param snippet          the text
     */
    public record ActionItem(Double snippetStartTime, Double snippetEndTime, String speakerID, String snippet) {
    }
}
