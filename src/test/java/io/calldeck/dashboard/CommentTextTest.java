package io.calldeck.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Mentions are parsed from Gong's {@code @[name](userId)} tokens; everything else stays text, markup included. */
class CommentTextTest {

    @Test
    void mentionsBecomeSegmentsAndMarkupStaysText() {
        List<CommentText.Segment> segments = CommentText.segments(
                "@[Ann Lee](234599484848423) see 3:10 <script>alert('x')</script> \"quoted\" 🎉");

        assertThat(segments).containsExactly(new CommentText.Segment("Ann Lee", "234599484848423"),
                new CommentText.Segment(" see 3:10 <script>alert('x')</script> \"quoted\" 🎉", null));
        assertThat(segments.get(0).isMention()).isTrue();
        assertThat(segments.get(1).isMention()).isFalse();
    }

    @Test
    void onlyWellFormedMentionsWithNumericIdsCount() {
        assertThat(CommentText.segments("@[Eve](javascript:alert(1)) and @[Bob](12)"))
                .containsExactly(new CommentText.Segment("@[Eve](javascript:alert(1)) and ", null),
                        new CommentText.Segment("Bob", "12"));
        assertThat(CommentText.segments(null)).isEmpty();
        assertThat(CommentText.segments("")).isEmpty();
    }

    @Test
    void plainTextWritesMentionsAsAtNames() {
        assertThat(CommentText.plain("Thanks @[Ann Lee](1), and @[Bo](2)!")).isEqualTo("Thanks @Ann Lee, and @Bo!");
    }
}
