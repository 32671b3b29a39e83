package io.calldeck.connector.model;

import java.util.List;

/**
 * Interaction measures of the call ({@code InteractionMeasuresDto}).
 *
 * @param speakers         talk time per speaking party ({@code exposedFields.interaction.speakers})
 * @param interactionStats the host's stats: {@code Talk Ratio}, {@code Longest Monologue},
 *                         {@code Longest Customer Story}, {@code Interactivity}, {@code Patience}
 *                         (requested with {@code exposedFields.interaction.personInteractionStats})
 * @param video            what was on screen and for how long ({@code exposedFields.interaction.video})
 * @param questions        question counts ({@code exposedFields.interaction.questions})
 */
public record CallInteraction(List<Speaker> speakers, List<InteractionStat> interactionStats, List<VideoStat> video,
                              Questions questions) {
}
