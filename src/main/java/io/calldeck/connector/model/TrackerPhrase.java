package io.calldeck.connector.model;

import java.util.List;

/**
 * One phrase of a keyword tracker ({@code trackerPhrases}).
 *
 * @param count       how many times the phrase was said
 * @param occurrences when it was said
 * @param phrase      the phrase, e.g. {@code Walmart}
 */
public record TrackerPhrase(Integer count, List<TrackerOccurrence> occurrences, String phrase) {
}
