package io.calldeck.sandbox.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.calldeck.connector.model.CallTranscript;
import io.calldeck.connector.model.CallsFilter;
import io.calldeck.connector.model.ExtensiveCall;
import io.calldeck.connector.model.InteractionStat;
import io.calldeck.connector.model.Party;
import io.calldeck.connector.model.PublicComment;
import io.calldeck.connector.model.Speaker;
import io.calldeck.connector.model.Topic;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generated calls hang together the way Gong's analysis does, and the same seed gives the same data. */
class CallGeneratorTest {

    private static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

    private static SandboxData data(long seed, int calls) {
        SalesOrg org = new SalesOrg(seed);
        return new SandboxData(new CallGenerator(org, seed, calls, 90, ZONE, "http://localhost/media"), 90,
                Clock.fixed(NOW, ZoneOffset.UTC), seed);
    }

    @Test
    void aTeamAsTheIssueDescribes() {
        SalesOrg org = new SalesOrg(42);
        assertThat(org.workspaces()).hasSize(2);
        assertThat(org.reps()).hasSizeBetween(10, 20);
        assertThat(org.reps()).anySatisfy(rep -> assertThat(rep.talkRatio()).isGreaterThan(0.6));
        assertThat(org.reps()).allSatisfy(rep -> assertThat(org.managerOf(rep)).isNotNull());
        assertThat(org.customers()).hasSizeBetween(40, 60)
                .allSatisfy(c -> assertThat(c.domain()).endsWith(".example"));
        assertThat(org.users()).extracting(u -> u.id()).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("\\d{19}"));
    }

    @Test
    void aboutTheConfiguredNumberOfCallsOverTheWindow() {
        SandboxData data = data(42, 2000);
        int listed = data.listedCalls();
        assertThat(listed).isBetween(1700, 2300);
    }

    @Test
    void everyCallHangsTogether() {
        SandboxData data = data(7, 400);
        List<SandboxCall> calls = data.find(CallsFilter.builder().build());
        assertThat(calls).hasSizeGreaterThan(300);
        Set<String> ids = new HashSet<>();
        for (SandboxCall call : calls) {
            ExtensiveCall full = data.render(call);
            long duration = full.metaData().duration();
            assertThat(ids.add(full.metaData().id())).isTrue();
            assertThat(full.metaData().started().toInstant()).isEqualTo(call.started());
            assertThat(full.parties()).hasSizeBetween(1, 8);
            assertThat(full.parties()).filteredOn(Party::isInternal)
                    .anySatisfy(p -> assertThat(p.userId()).isEqualTo(full.metaData().primaryUserId()));
            Set<String> partyIds = full.parties().stream().map(Party::id).collect(Collectors.toSet());
            Set<String> speakerIds = full.parties().stream().map(Party::speakerId).filter(s -> s != null)
                    .collect(Collectors.toSet());
            double talk = full.interaction().speakers().stream().mapToDouble(Speaker::talkTime).sum();
            assertThat(talk).as("talk time of call %s", full.metaData().id()).isLessThanOrEqualTo(duration);
            assertThat(full.interaction().speakers()).allSatisfy(s -> assertThat(partyIds).contains(s.id()));
            long topicSeconds = full.content().topics().stream().mapToInt(Topic::duration).sum();
            assertThat(topicSeconds).isLessThanOrEqualTo(duration);
            Map<String, Double> stats = full.interaction().interactionStats().stream()
                    .collect(Collectors.toMap(InteractionStat::name, InteractionStat::value));
            double repTalk = full.interaction().speakers().stream()
                    .filter(s -> full.metaData().primaryUserId().equals(s.userId()))
                    .mapToDouble(Speaker::talkTime).sum();
            if (talk > 0) {
                assertThat(stats.get(InteractionStat.TALK_RATIO)).isCloseTo(repTalk / talk,
                        org.assertj.core.data.Offset.offset(0.011));
            }
            assertThat(stats.get(InteractionStat.LONGEST_MONOLOGUE)).isLessThanOrEqualTo(repTalk);
            assertThat(stats.get(InteractionStat.INTERACTIVITY)).isBetween(0.0, 10.0);
            full.content().trackers().forEach(t -> {
                assertThat(t.occurrences()).hasSize(t.count());
                t.occurrences().forEach(o -> {
                    assertThat(speakerIds).contains(o.speakerId());
                    assertThat(o.startTime()).isBetween(0.0, (double) duration);
                });
            });
            Set<String> commentIds = new HashSet<>();
            for (PublicComment comment : full.collaboration().publicComments()) {
                assertThat(comment.audioStartTime()).isBetween(0.0, (double) duration);
                assertThat(comment.posted()).isAfter(full.metaData().started());
                if (comment.inReplyTo() != null) {
                    assertThat(commentIds).contains(comment.inReplyTo());
                }
                commentIds.add(comment.id());
            }
            CallTranscript transcript = data.transcript(call);
            assertThat(transcript.callId()).isEqualTo(full.metaData().id());
            long transcribedMs = 0;
            for (CallTranscript.Monologue monologue : transcript.transcript()) {
                assertThat(speakerIds).contains(monologue.speakerId());
                for (CallTranscript.Sentence sentence : monologue.sentences()) {
                    assertThat(sentence.end()).isGreaterThan(sentence.start()).isLessThanOrEqualTo(duration * 1000);
                    transcribedMs += sentence.end() - sentence.start();
                }
            }
            assertThat(Math.abs(transcribedMs / 1000.0 - talk)).as("transcript matches talk time")
                    .isLessThan(0.05 * full.interaction().speakers().size() + 0.01);
        }
    }

    @Test
    void someCommentsNeedEscapingAndSomeMentionPeople() {
        SandboxData data = data(42, 2000);
        List<String> comments = data.find(CallsFilter.builder().build()).stream()
                .flatMap(call -> data.render(call).collaboration().publicComments().stream())
                .map(PublicComment::comment).toList();
        assertThat(comments).anyMatch(c -> c.contains("<script>"));
        assertThat(comments).anyMatch(c -> c.contains("\""));
        assertThat(comments).anyMatch(c -> c.matches(".*@\\[[^\\]]+\\]\\(\\d{19}\\).*"));
        assertThat(comments).anyMatch(c -> c.codePoints().anyMatch(cp -> cp > 0xFFFF));
    }

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() {
        Jsonb jsonb = JsonbBuilder.create();
        List<SandboxCall> first = data(42, 300).find(CallsFilter.builder().build());
        List<SandboxCall> again = data(42, 300).find(CallsFilter.builder().build());
        assertThat(first).hasSameSizeAs(again);
        for (int i = 0; i < first.size(); i += 17) {
            assertThat(jsonb.toJson(data(42, 300).render(again.get(i))))
                    .isEqualTo(jsonb.toJson(data(42, 300).render(first.get(i))));
        }
        List<SandboxCall> other = data(43, 300).find(CallsFilter.builder().build());
        assertThat(other.get(0).id()).isNotEqualTo(first.get(0).id());
    }

    @Test
    void aCallIsFoundByItsId() {
        SandboxData data = data(42, 500);
        SandboxCall some = data.find(CallsFilter.builder().build()).get(123);
        assertThat(data.byId(some.id())).contains(some);
        assertThat(data.byId("1234567890123456789")).isEmpty();
        assertThat(data.byId("12")).isEmpty();
    }

    @Test
    void callsAppearOnlyOnceProcessed() {
        SandboxData data = data(42, 2000);
        assertThat(data.find(CallsFilter.builder().build()))
                .allSatisfy(call -> assertThat(call.visibleAt()).isBeforeOrEqualTo(NOW))
                .allSatisfy(call -> assertThat(call.started()).isBefore(NOW));
    }
}
