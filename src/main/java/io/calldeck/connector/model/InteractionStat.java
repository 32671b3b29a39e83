package io.calldeck.connector.model;

/**
 * One interaction statistic of the call's host ({@code InteractionStatsDto}).
 *
 * <p>Units as Gong reports them: {@code Talk Ratio} a fraction of the call (0.44 = 44%),
 * {@code Longest Monologue} and {@code Longest Customer Story} seconds, {@code Interactivity} a score
 * from 0 to 10, {@code Patience} seconds of pause before the host speaks.
 *
 * @param name  the statistic, e.g. {@value #TALK_RATIO}
 * @param value its measure
 */
public record InteractionStat(String name, Double value) {

    /** Share of the call the host talked, as a fraction (0 to 1). */
    public static final String TALK_RATIO = "Talk Ratio";
    /** The host's longest uninterrupted speech, in seconds. */
    public static final String LONGEST_MONOLOGUE = "Longest Monologue";
    /** The longest uninterrupted speech of a customer, in seconds. */
    public static final String LONGEST_CUSTOMER_STORY = "Longest Customer Story";
    /** How often speakers switched, a score from 0 to 10. */
    public static final String INTERACTIVITY = "Interactivity";
    /** The host's average pause before answering, in seconds. */
    public static final String PATIENCE = "Patience";
}
