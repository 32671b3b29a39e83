package io.calldeck.connector.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What {@code POST /v2/calls/extensive} returns besides each call's metadata ({@code ContentSelector}).
 * Build one with {@link #builder()}; {@link #metadataOnly()} asks for nothing extra and {@link #everything()}
 * for every part.
 *
 * <pre>{@code
 * ContentSelector selector = ContentSelector.builder()
 *         .parties().speakers().personInteractionStats().questions()
 *         .topics().trackers().publicComments()
 *         .build();
 * }</pre>
 *
 * @param context       {@code None}, {@code Basic} or {@code Extended} (see {@link ContextLevel}); {@code null} means Gong's default, None
 * @param contextTiming {@code Now} and/or {@code TimeOfCall}; only with context Extended
 * @param exposedFields which parts of each call to return
 */
public record ContentSelector(String context, List<String> contextTiming, ExposedFields exposedFields) {

    /**
     * {@code ExposedFields}: each flag adds one part of the call to the response.
     *
     * @param parties       add {@code parties}
     * @param content       add parts of {@code content}
     * @param interaction   add parts of {@code interaction}
     * @param collaboration add parts of {@code collaboration}
     * @param media         add {@code media} (audio and video URLs, valid 8 hours; needs scope {@code api:calls:read:media-url})
     */
    public record ExposedFields(Boolean parties, Content content, Interaction interaction, Collaboration collaboration,
                                Boolean media) {
    }

    /**
     * {@code CallContent} flags.
     *
     * @param structure          the call's agenda
     * @param topics             topic durations
     * @param trackers           tracker counts
     * @param trackerOccurrences when each tracker came up (needs {@code trackers})
     * @param pointsOfInterest   deprecated by Gong
     * @param brief              the Spotlight brief
     * @param outline            the outline
     * @param highlights         the highlights
     * @param callOutcome        the AI call outcome
     * @param keyPoints          the key points
     */
    public record Content(Boolean structure, Boolean topics, Boolean trackers, Boolean trackerOccurrences,
                          Boolean pointsOfInterest, Boolean brief, Boolean outline, Boolean highlights,
                          Boolean callOutcome, Boolean keyPoints) {
    }

    /**
     * {@code CallInteraction} flags.
     *
     * @param speakers               talk time per speaker
     * @param video                  video statistics
     * @param personInteractionStats the host's statistics (returned as {@code interaction.interactionStats})
     * @param questions              question counts
     */
    public record Interaction(Boolean speakers, Boolean video, Boolean personInteractionStats, Boolean questions) {
    }

    /**
     * {@code CallCollaboration} flags.
     *
     * @param publicComments the call's public comments
     */
    public record Collaboration(Boolean publicComments) {
    }

    /** @return a selector that asks for metadata only */
    public static ContentSelector metadataOnly() {
        return builder().build();
    }

    /** @return a selector that asks for every part of every call, with Extended context at the time of the call and now */
    public static ContentSelector everything() {
        return builder().context(ContextLevel.EXTENDED).contextTiming(ContextTiming.NOW, ContextTiming.TIME_OF_CALL)
                .parties().structure().topics().trackers().trackerOccurrences().brief().outline().highlights()
                .callOutcome().keyPoints().speakers().video().personInteractionStats().questions().publicComments()
                .media().build();
    }

    /** @return a new builder that selects nothing */
    public static Builder builder() {
        return new Builder();
    }

    /** @return whether {@code exposedFields.parties} is set */
    public boolean wantsParties() {
        return exposedFields != null && Boolean.TRUE.equals(exposedFields.parties());
    }

    /** Fluent builder of a {@link ContentSelector}: each method switches one flag on. */
    public static final class Builder {
        private ContextLevel context;
        private final List<String> timing = new ArrayList<>();
        private boolean parties;
        private boolean media;
        private boolean structure;
        private boolean topics;
        private boolean trackers;
        private boolean trackerOccurrences;
        private boolean pointsOfInterest;
        private boolean brief;
        private boolean outline;
        private boolean highlights;
        private boolean callOutcome;
        private boolean keyPoints;
        private boolean speakers;
        private boolean video;
        private boolean personInteractionStats;
        private boolean questions;
        private boolean publicComments;

        private Builder() {
        }

        /**
         * @param level context level
         * @return this builder
         */
        public Builder context(ContextLevel level) {
            this.context = level;
            return this;
        }

        /**
         * @param timings when context values are read (only with {@link ContextLevel#EXTENDED})
         * @return this builder
         */
        public Builder contextTiming(ContextTiming... timings) {
            Arrays.stream(timings).map(ContextTiming::gongValue).forEach(timing::add);
            return this;
        }

        /** @return this builder, adding {@code parties} */
        public Builder parties() {
            parties = true;
            return this;
        }

        /** @return this builder, adding {@code content.structure} */
        public Builder structure() {
            structure = true;
            return this;
        }

        /** @return this builder, adding {@code content.topics} */
        public Builder topics() {
            topics = true;
            return this;
        }

        /** @return this builder, adding {@code content.trackers} */
        public Builder trackers() {
            trackers = true;
            return this;
        }

        /** @return this builder, adding {@code content.trackerOccurrences} (and {@code content.trackers}, which it needs) */
        public Builder trackerOccurrences() {
            trackers = true;
            trackerOccurrences = true;
            return this;
        }

        /** @return this builder, adding the deprecated {@code content.pointsOfInterest} */
        public Builder pointsOfInterest() {
            pointsOfInterest = true;
            return this;
        }

        /** @return this builder, adding {@code content.brief} */
        public Builder brief() {
            brief = true;
            return this;
        }

        /** @return this builder, adding {@code content.outline} */
        public Builder outline() {
            outline = true;
            return this;
        }

        /** @return this builder, adding {@code content.highlights} */
        public Builder highlights() {
            highlights = true;
            return this;
        }

        /** @return this builder, adding {@code content.callOutcome} */
        public Builder callOutcome() {
            callOutcome = true;
            return this;
        }

        /** @return this builder, adding {@code content.keyPoints} */
        public Builder keyPoints() {
            keyPoints = true;
            return this;
        }

        /** @return this builder, adding {@code interaction.speakers} */
        public Builder speakers() {
            speakers = true;
            return this;
        }

        /** @return this builder, adding {@code interaction.video} */
        public Builder video() {
            video = true;
            return this;
        }

        /** @return this builder, adding {@code interaction.personInteractionStats} (answered as {@code interactionStats}) */
        public Builder personInteractionStats() {
            personInteractionStats = true;
            return this;
        }

        /** @return this builder, adding {@code interaction.questions} */
        public Builder questions() {
            questions = true;
            return this;
        }

        /** @return this builder, adding {@code collaboration.publicComments} */
        public Builder publicComments() {
            publicComments = true;
            return this;
        }

        /** @return this builder, adding {@code media} (URLs valid for 8 hours) */
        public Builder media() {
            media = true;
            return this;
        }

        /** @return the selector; flags not switched on are left out of the JSON */
        public ContentSelector build() {
            Content content = anyOf(structure, topics, trackers, trackerOccurrences, pointsOfInterest, brief, outline,
                    highlights, callOutcome, keyPoints)
                    ? new Content(on(structure), on(topics), on(trackers), on(trackerOccurrences), on(pointsOfInterest),
                            on(brief), on(outline), on(highlights), on(callOutcome), on(keyPoints))
                    : null;
            Interaction interaction = anyOf(speakers, video, personInteractionStats, questions)
                    ? new Interaction(on(speakers), on(video), on(personInteractionStats), on(questions))
                    : null;
            Collaboration collaboration = publicComments ? new Collaboration(true) : null;
            ExposedFields fields = parties || media || content != null || interaction != null || collaboration != null
                    ? new ExposedFields(on(parties), content, interaction, collaboration, on(media))
                    : null;
            return new ContentSelector(context == null ? null : context.gongValue(),
                    timing.isEmpty() ? null : List.copyOf(timing), fields);
        }

        private static Boolean on(boolean flag) {
            return flag ? Boolean.TRUE : null;
        }

        private static boolean anyOf(boolean... flags) {
            for (boolean flag : flags) {
                if (flag) {
                    return true;
                }
            }
            return false;
        }
    }
}
