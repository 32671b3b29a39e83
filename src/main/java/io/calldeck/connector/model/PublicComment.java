package io.calldeck.connector.model;

import java.time.OffsetDateTime;

/**
 * A public comment on a call ({@code CommentDto}).
 *
 * @param id              the comment's id
 * @param audioStartTime  the position in the call the comment refers to, seconds from the start
 * @param audioEndTime    where the referred passage ends, seconds from the start
 * @param commenterUserId the Gong user who wrote it
 * @param comment         the text; may tag people as {@code @[user name](user id)} and contains arbitrary user
 *                        text: escape it before showing it
 * @param posted          when it was posted
 * @param inReplyTo       the id of the comment this one replies to, if it is a reply
 * @param duringCall      whether it was written during the call (rather than after)
 */
public record PublicComment(
        String id,
        Double audioStartTime,
        Double audioEndTime,
        String commenterUserId,
        String comment,
        OffsetDateTime posted,
        String inReplyTo,
        Boolean duringCall) {
}
