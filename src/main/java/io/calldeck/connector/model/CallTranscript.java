package io.calldeck.connector.model;

import java.util.List;

/**
 * The transcript of one call ({@code CallTranscript}); may be empty.
 *
 * @param callId     the call's id
 * @param transcript the monologues in order
 */
public record CallTranscript(String callId, List<Monologue> transcript) {

    /**
     * What one speaker said without interruption ({@code Monologue}).
     *
     * @param speakerId the speaker ({@link Party#speakerId()} from {@code /v2/calls/extensive})
     * @param topic     the topic of the monologue, may be {@code null}
     * @param sentences the sentences
     */
    public record Monologue(String speakerId, String topic, List<Sentence> sentences) {
    }

    /**
     * A transcribed sentence ({@code Sentence}).
     *
     * @param start start in <b>milliseconds</b> from the start of the call
     * @param end   end in <b>milliseconds</b> from the start of the call
     * @param text  the sentence
     */
    public record Sentence(Long start, Long end, String text) {
    }
}
