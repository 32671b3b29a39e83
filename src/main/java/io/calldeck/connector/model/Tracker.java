package io.calldeck.connector.model;

import java.util.List;

/**
 * A keyword or smart tracker and how often it came up in the call ({@code TrackerDto}).
 *
 * @param id          the tracker's id
 * @param name        the tracker's name, e.g. {@code Competitors}
 * @param count       how many times the tracker's terms occurred
 * @param type        {@code KEYWORD} or {@code SMART} (kept raw; Gong may add types)
 * @param occurrences when any of its terms came up (with {@code trackerOccurrences}; calls since 2023)
 * @param phrases     per phrase of a keyword tracker, its count and occurrences
 */
public record Tracker(String id, String name, Integer count, String type, List<TrackerOccurrence> occurrences,
                      List<TrackerPhrase> phrases) {

    /** Gong's {@code type} of a keyword tracker. */
    public static final String KEYWORD = "KEYWORD";
    /** Gong's {@code type} of a smart (AI) tracker. */
    public static final String SMART = "SMART";
}
