package io.calldeck.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.calldeck.connector.GongDocs;
import io.calldeck.connector.model.ExtensiveCall;
import io.calldeck.connector.model.ExtensiveCallsPage;
import io.calldeck.connector.model.InteractionStat;
import io.calldeck.store.StoreFixture;
import io.calldeck.store.entity.CallEntity;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * CallDeck's talk ratio is Gong's: the host's talk time over the talk time of every speaker on the call. Where
 * Gong sends its own "Talk Ratio" interaction stat for the host (rounded to two decimals), the two agree.
 */
class TalkRatioTest {

    /**
     * Gong rounds its stat to two decimals and speakers' talk times to tenths of a second: the two agree to within a
     * percentage point, the precision Gong shows talk ratio in.
     */
    private static final double TOLERANCE = 0.01;

    private static Optional<Double> gongsTalkRatio(ExtensiveCall call) {
        if (call.interaction() == null || call.interaction().interactionStats() == null) {
            return Optional.empty();
        }
        return call.interaction().interactionStats().stream()
                .filter(s -> InteractionStat.TALK_RATIO.equals(s.name()) && s.value() != null)
                .map(InteractionStat::value).findFirst();
    }

    private static Double callDecksTalkRatio(ExtensiveCall call) {
        CallEntity entity = new CallEntity(call.metaData().id());
        CallMapper.fill(entity, call);
        return entity.getTalkRatio();
    }

    @Test
    void agreesWithGongsTalkRatioStatOnEverySandboxCall() {
        List<ExtensiveCall> calls = StoreFixture.calls(StoreFixture.sandbox(5, 400));
        int compared = 0;
        for (ExtensiveCall call : calls) {
            Optional<Double> gong = gongsTalkRatio(call);
            Double ours = callDecksTalkRatio(call);
            if (gong.isPresent() && ours != null) {
                assertThat(ours).as("call %s: Gong's Talk Ratio %s", call.metaData().id(), gong.get())
                        .isCloseTo(gong.get(), within(TOLERANCE));
                compared++;
            }
        }
        assertThat(compared).as("sandbox calls with both speakers and Gong's stat").isGreaterThan(300);
    }

    @Test
    void isNotTheShareOfTheCallsDuration() {
        // Speech fills less than a call (pauses, silences): Gong's ratio is a share of the speech.
        ExtensiveCall call = StoreFixture.calls(StoreFixture.sandbox(5, 60)).get(0);
        double host = call.interaction().speakers().stream()
                .filter(s -> call.metaData().primaryUserId().equals(s.userId())).mapToDouble(s -> s.talkTime()).sum();
        double all = call.interaction().speakers().stream().mapToDouble(s -> s.talkTime()).sum();
        assertThat(all).as("speech is less than the call's duration").isLessThan(call.metaData().duration());
        assertThat(callDecksTalkRatio(call)).isCloseTo(host / all, within(1e-9))
                .isNotCloseTo(host / call.metaData().duration(), within(0.01));
        assertThat(CallMapper.talkRatio(60.0, 100)).isEqualTo(0.6);
        assertThat(CallMapper.talkRatio(null, 100)).as("the host did not speak").isNull();
        assertThat(CallMapper.talkRatio(0.0, 0)).as("no speaker data").isNull();
    }

    @Test
    void agreesWithGongsTalkRatioStatOnEveryRecordedCallThatHasBoth() throws IOException {
        List<ExtensiveCall> recorded = new ArrayList<>();
        try (Jsonb jsonb = JsonbBuilder.create(); Stream<Path> files = Files.list(GongDocs.dir().resolve("recorded"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String text = Files.readString(file);
                if (text.contains("\"metaData\"")) {
                    recorded.addAll(jsonb.fromJson(text, ExtensiveCallsPage.class).items());
                }
            }
        } catch (Exception e) {
            throw new IOException(e);
        }
        assertThat(recorded).as("recorded extensive calls").isNotEmpty();
        int compared = 0;
        for (ExtensiveCall call : recorded) {
            Optional<Double> gong = gongsTalkRatio(call);
            Double ours = callDecksTalkRatio(call);
            if (gong.isPresent() && ours != null) {
                assertThat(ours).as("recorded call %s", call.metaData().id()).isCloseTo(gong.get(), within(TOLERANCE));
                compared++;
            }
        }
        long withStat = recorded.stream().filter(c -> gongsTalkRatio(c).isPresent()).count();
        // The recordings at hand asked for interaction stats but not for speakers, so none has both today; the test
        // compares every one that does the day a recording has both.
        System.out.println("Recorded calls with Gong's Talk Ratio: " + withStat + ", of them with speakers too: "
                + compared);
    }
}
