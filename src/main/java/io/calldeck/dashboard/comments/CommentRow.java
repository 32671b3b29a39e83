package io.calldeck.dashboard.comments;

import io.calldeck.dashboard.CommentText;
import io.calldeck.dashboard.Formats;
import io.calldeck.store.CommentQueries;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

/** A row of the comments list: the comment, its call and where in the call it points. */
public class CommentRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String callId;
    private final String callTitle;
    private final String repName;
    private final String commenter;
    private final String position;
    private final long positionSeconds;
    private final String posted;
    private final List<CommentText.Segment> segments;
    private final String plain;
    private final boolean reply;
    private final boolean duringCall;

    /**
     * @param row  the store's row
     * @param zone the viewer's time zone
     */
    public CommentRow(CommentQueries.CommentRow row, ZoneId zone) {
        this.key = row.comment().getCallId() + "/" + row.comment().getPosition();
        this.callId = row.comment().getCallId();
        this.callTitle = row.callTitle() == null ? "(untitled call)" : row.callTitle();
        this.repName = row.repName();
        this.commenter = row.commenterName() == null ? "User " + row.comment().getCommenterUserId() : row.commenterName();
        Double start = row.comment().getAudioStartSeconds();
        this.position = Formats.position(start);
        this.positionSeconds = start == null ? 0 : (long) Math.floor(start);
        this.posted = Formats.dateTime(row.comment().getPosted(), zone);
        this.segments = CommentText.segments(row.comment().getText());
        this.plain = CommentText.plain(row.comment().getText());
        this.reply = row.comment().getInReplyTo() != null;
        this.duringCall = Boolean.TRUE.equals(row.comment().getDuringCall());
    }

    /** @return a unique key */
    public String getKey() {
        return key;
    }

    /** @return the call's id */
    public String getCallId() {
        return callId;
    }

    /** @return the call's title */
    public String getCallTitle() {
        return callTitle;
    }

    /** @return the call's rep */
    public String getRepName() {
        return repName;
    }

    /** @return who wrote it */
    public String getCommenter() {
        return commenter;
    }

    /** @return mm:ss in the call */
    public String getPosition() {
        return position;
    }

    /** @return seconds into the call */
    public long getPositionSeconds() {
        return positionSeconds;
    }

    /** @return when it was posted, in the viewer's zone */
    public String getPosted() {
        return posted;
    }

    /** @return text and mentions */
    public List<CommentText.Segment> getSegments() {
        return segments;
    }

    /** @return the text with mentions as @name */
    public String getPlain() {
        return plain;
    }

    /** @return whether it answers another comment */
    public boolean isReply() {
        return reply;
    }

    /** @return whether it was written during the call */
    public boolean isDuringCall() {
        return duringCall;
    }
}
