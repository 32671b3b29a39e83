package io.calldeck.connector.model;

import java.util.List;

/**
 * A section of the call outline ({@code CallOutlineSection}).
 *
 * @param section   the section's name
 * @param startTime seconds from the start of the call
 * @param duration  the section's length in seconds
 * @param items     the section's items
 */
public record OutlineSection(String section, Double startTime, Double duration, List<OutlineItem> items) {

    /**
     * An item of an outline section ({@code CallOutlineItem}).
     *
     * @param text      the item's text
     * @param startTime seconds from the start of the call
     */
    public record OutlineItem(String text, Double startTime) {
    }
}
