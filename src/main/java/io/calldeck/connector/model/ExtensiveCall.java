package io.calldeck.connector.model;

import java.util.List;

/**
 * One call of {@code POST /v2/calls/extensive} ({@code CallData}). Only the parts the request's
 * {@link ContentSelector} asked for are present; the others are {@code null}.
 *
 * @param metaData      the call's metadata (always present)
 * @param context       CRM and other external-system links of the call ({@code contentSelector.context} Basic or Extended)
 * @param parties       the call's participants ({@code exposedFields.parties})
 * @param content       topics, trackers, brief, outline, highlights, outcome, key points ({@code exposedFields.content.*})
 * @param interaction   speakers' talk time, interaction stats, video, questions ({@code exposedFields.interaction.*})
 * @param collaboration public comments ({@code exposedFields.collaboration.publicComments})
 * @param media         audio and video URLs, valid for 8 hours ({@code exposedFields.media})
 */
public record ExtensiveCall(
        CallMetaData metaData,
        List<CallContext> context,
        List<Party> parties,
        CallContent content,
        CallInteraction interaction,
        CallCollaboration collaboration,
        CallMedia media) {
}
