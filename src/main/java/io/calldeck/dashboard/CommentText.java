package io.calldeck.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A public comment's text cut into what a page shows: plain text, and mentions written by Gong as
 * {@code @[user name](user id)}. Pages render each segment as escaped text (a mention as the name, linked only
 * through its validated numeric id), never the comment as markup.
 */
public final class CommentText {

    private static final Pattern MENTION = Pattern.compile("@\\[([^\\]\\r\\n]{1,200})\\]\\((\\d{1,20})\\)");

    /**
     * A piece of a comment.
     *
     * @param text   the text, or the mentioned person's name
     * @param userId the mentioned user's id (digits only), or {@code null} for plain text
     */
    public record Segment(String text, String userId) implements java.io.Serializable {
        /** @return whether this segment is a mention */
        public boolean isMention() {
            return userId != null;
        }

        /** @return the text (for EL, which reads bean properties) */
        public String getText() {
            return text;
        }

        /** @return the mentioned user's id (for EL) */
        public String getUserId() {
            return userId;
        }

        /** @return whether it is a mention (for EL) */
        public boolean getMention() {
            return userId != null;
        }
    }

    private CommentText() {
    }

    /**
     * @param comment a comment as Gong sent it, may be {@code null}
     * @return its segments in order; text between mentions is kept as it is (escaping is the page's job)
     */
    public static List<Segment> segments(String comment) {
        List<Segment> segments = new ArrayList<>();
        if (comment == null || comment.isEmpty()) {
            return segments;
        }
        Matcher matcher = MENTION.matcher(comment);
        int at = 0;
        while (matcher.find()) {
            if (matcher.start() > at) {
                segments.add(new Segment(comment.substring(at, matcher.start()), null));
            }
            segments.add(new Segment(matcher.group(1), matcher.group(2)));
            at = matcher.end();
        }
        if (at < comment.length()) {
            segments.add(new Segment(comment.substring(at), null));
        }
        return segments;
    }

    /**
     * @param comment a comment as Gong sent it
     * @return the comment as plain text, mentions as "@name" (for exports and the JSON API's summaries)
     */
    public static String plain(String comment) {
        StringBuilder out = new StringBuilder();
        segments(comment).forEach(s -> out.append(s.isMention() ? "@" + s.text() : s.text()));
        return out.toString();
    }
}
