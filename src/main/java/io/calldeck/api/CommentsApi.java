package io.calldeck.api;

import io.calldeck.security.PrivateCalls;
import io.calldeck.store.CommentQueries;
import io.calldeck.store.entity.CommentEntity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/comments}: public comments across calls, newest first. */
@Path("comments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"viewer", "admin"})
public class CommentsApi {

    @Inject
    CommentQueries queries;

    @Inject
    PrivateCalls privateCalls;

    /**
     * A public comment. Its text is Gong's, unescaped: mentions are {@code @[name](userId)}.
     *
     * @param id              Gong comment id
     * @param callId          the call
     * @param commenterUserId who wrote it
     * @param commenterName   their name, if known
     * @param comment         the text
     * @param audioStartTime  position in the call, seconds
     * @param posted          when it was posted
     * @param inReplyTo       the comment it answers
     * @param duringCall      written during the call
     */
    public record Comment(String id, String callId, String commenterUserId, String commenterName, String comment,
                          Double audioStartTime, OffsetDateTime posted, String inReplyTo, Boolean duringCall) {
        static Comment of(CommentEntity c, String name) {
            return new Comment(c.getCommentId(), c.getCallId(), c.getCommenterUserId(), name, c.getText(),
                    c.getAudioStartSeconds(), c.getPosted(), c.getInReplyTo(), c.getDuringCall());
        }
    }

    /**
     * @param total    how many comments match
     * @param comments the page
     */
    public record Comments(long total, List<Comment> comments) {
    }

    /**
     * @param from ISO-8601, inclusive, on posted time
     * @param to   ISO-8601, exclusive
     * @param page page from 0
     * @param size 1 to 500 (default 50)
     * @return the comments, newest first
     */
    @GET
    @Operation(summary = "Public comments, newest first", description = "Comments on private calls are left out "
            + "unless the caller may see private calls (calldeck.private-calls.visible-to).")
    public Comments list(@QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        OffsetDateTime start = ApiParameters.time("from", from);
        OffsetDateTime end = ApiParameters.time("to", to);
        ApiParameters.order(start, end);
        int pageSize = ApiParameters.size(size, 50);
        CommentQueries.CommentPage result = queries.comments(new CommentQueries.CommentFilter(start, end, null, null,
                        privateCalls.visibleToCaller()),
                ApiParameters.page(page) * pageSize, pageSize);
        return new Comments(result.total(), result.comments().stream()
                .map(r -> Comment.of(r.comment(), r.commenterName())).toList());
    }
}
