package io.calldeck.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
/**
 * A public comment on a call (Gong's {@code collaboration.publicComments[]}).
 */
@Entity
@Table(name = "call_comment")
public class CommentEntity extends CallPart {

    private static final long serialVersionUID = 1L;

    @Column(name = "comment_id")
    private String commentId;
    @Column(name = "commenter_user_id")
    private String commenterUserId;
    private String text;
    @Column(name = "audio_start_seconds")
    private Double audioStartSeconds;
    @Column(name = "audio_end_seconds")
    private Double audioEndSeconds;
    private OffsetDateTime posted;
    @Column(name = "in_reply_to")
    private String inReplyTo;
    @Column(name = "during_call")
    private Boolean duringCall;

    /**
     * @param callId            the call
     * @param position          position among the comments
     * @param commentId         Gong comment id
     * @param commenterUserId   who wrote it
     * @param text              the comment, with @[name](id) mentions, unescaped
     * @param audioStartSeconds position in the call, seconds
     * @param audioEndSeconds   end of the referred passage, seconds
     * @param posted            when it was posted
     * @param inReplyTo         the comment it answers, if any
     * @param duringCall        whether it was written during the call
     */
    public CommentEntity(String callId, int position, String commentId, String commenterUserId, String text,
                         Double audioStartSeconds, Double audioEndSeconds, OffsetDateTime posted, String inReplyTo,
                         Boolean duringCall) {
        super(callId, position);
        this.commentId = commentId;
        this.commenterUserId = commenterUserId;
        this.text = text;
        this.audioStartSeconds = audioStartSeconds;
        this.audioEndSeconds = audioEndSeconds;
        this.posted = posted;
        this.inReplyTo = inReplyTo;
        this.duringCall = duringCall;
    }

    /** @return Gong comment id */
    public String getCommentId() {
        return commentId;
    }

    /** @return who wrote it */
    public String getCommenterUserId() {
        return commenterUserId;
    }

    /** @return the comment text, unescaped */
    public String getText() {
        return text;
    }

    /** @return position in the call, seconds */
    public Double getAudioStartSeconds() {
        return audioStartSeconds;
    }

    /** @return end of the referred passage, seconds */
    public Double getAudioEndSeconds() {
        return audioEndSeconds;
    }

    /** @return when it was posted */
    public OffsetDateTime getPosted() {
        return posted;
    }

    /** @return the comment it answers, if any */
    public String getInReplyTo() {
        return inReplyTo;
    }

    /** @return whether it was written during the call */
    public Boolean getDuringCall() {
        return duringCall;
    }

    /** For JPA. */
    protected CommentEntity() {
    }
}
