package io.calldeck.connector.model;

import java.util.List;

/**
 * A section of the call highlights ({@code CallHighlightsSection}).
 *
 * @param title the section's title, e.g. {@code Next steps}
 * @param items the highlights of the section
 */
public record HighlightsSection(String title, List<HighlightItem> items) {

    /**
     * One highlight ({@code CallHighlightsItem}).
     *
     * @param text       the highlight
     * @param startTimes where it was said, seconds from the start of the call
     */
    public record HighlightItem(String text, List<Double> startTimes) {
    }
}
