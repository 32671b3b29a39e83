package io.calldeck.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.calldeck.connector.exception.GongValidationException;
import io.calldeck.connector.model.CallDirection;
import io.calldeck.connector.model.CallUsersAccess;
import io.calldeck.connector.model.CallsFilter;
import io.calldeck.connector.model.ContentSelector;
import io.calldeck.connector.model.ContextLevel;
import io.calldeck.connector.model.ContextTiming;
import io.calldeck.connector.model.NewCall;
import java.io.ByteArrayInputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input is refused before any request, naming the field. The connector points at a port nothing listens
 * on: a request that slipped through would fail with a connection error instead of the validation error.
 */
class ValidationTest {

    private final GongCalls calls = GongCalls.create(TestConfigs.gong("http://127.0.0.1:9"));

    @AfterEach
    void close() {
        calls.close();
    }

    private static void refused(Executable call, String field) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(GongValidationException.class,
                e -> assertThat(e.field()).isEqualTo(field)).hasMessageStartingWith(field + " ");
    }

    private static NewCall.Builder validCall() {
        return NewCall.builder("pbx-1", OffsetDateTime.parse("2024-11-05T09:00:00Z"), "234599484848423",
                CallDirection.INBOUND).party(NewCall.Party.user("234599484848423", "Rep").withPartyId("rep"));
    }

    @Test
    void callIdsAreOneToTwentyDigits() {
        refused(() -> calls.getCall("abc"), "id");
        refused(() -> calls.getCall("123456789012345678901"), "id");
        refused(() -> calls.getCall(null), "id");
        refused(() -> calls.listCallsExtensive(CallsFilter.ofCallIds("1", "x2"), null, null), "filter.callIds[1]");
        refused(() -> calls.getUsersAccess(List.of("12", "1 2")), "filter.callIds[1]");
        refused(() -> calls.giveUsersAccess(List.of(CallUsersAccess.of("1", "u"))), "callAccessList[0].userIds[0]");
        refused(() -> calls.removeUsersAccess(List.of(new CallUsersAccess("9", List.of()))), "callAccessList[0].userIds");
        refused(() -> calls.giveUsersAccess(List.of()), "callAccessList");
    }

    @Test
    void datesMustBeInOrder() {
        Instant t = Instant.parse("2024-11-01T00:00:00Z");
        refused(() -> calls.listCallsExtensive(CallsFilter.between(t, t), null, null), "filter.fromDateTime");
        refused(() -> calls.listTranscripts(CallsFilter.between(t.plusSeconds(1), t), null), "filter.fromDateTime");
        refused(() -> calls.listCalls(CallsFilter.builder().to(t).build(), null), "fromDateTime");
        refused(() -> calls.listCalls(CallsFilter.builder().from(t).build(), null), "toDateTime");
        refused(() -> calls.streamCalls(CallsFilter.builder().from(t).to(t.plusSeconds(5)).callIds(List.of("1")).build()),
                "callIds");
    }

    @Test
    void callIdsMustNotBeEmptyWhenGiven() {
        refused(() -> calls.listCallsExtensive(CallsFilter.builder().callIds(List.of()).build(), null, null),
                "filter.callIds");
    }

    @Test
    void transcriptsHaveNoPrimaryUserFilter() {
        refused(() -> calls.streamTranscripts(CallsFilter.builder().primaryUserIds(List.of("1")).build()),
                "filter.primaryUserIds");
    }

    @Test
    void contextTimingOnlyWithExtendedContext() {
        refused(() -> calls.listCallsExtensive(CallsFilter.ofCallIds("1"),
                ContentSelector.builder().context(ContextLevel.BASIC).contextTiming(ContextTiming.NOW).build(), null),
                "contentSelector.contextTiming");
        refused(() -> calls.listCallsExtensive(CallsFilter.ofCallIds("1"),
                ContentSelector.builder().contextTiming(ContextTiming.NOW).build(), null),
                "contentSelector.contextTiming");
    }

    @Test
    void clientUniqueIdIsOneTo2048Characters() {
        refused(() -> calls.addCall(NewCall.builder("", OffsetDateTime.now(), "1", CallDirection.INBOUND)
                .party(NewCall.Party.user("1", "r")).build()), "clientUniqueId");
        refused(() -> calls.addCall(NewCall.builder("x".repeat(2049), OffsetDateTime.now(), "1", CallDirection.INBOUND)
                .party(NewCall.Party.user("1", "r")).build()), "clientUniqueId");
    }

    @Test
    void purposeAndDispositionAreAtMost255() {
        refused(() -> calls.addCall(validCall().purpose("p".repeat(256)).build()), "purpose");
        refused(() -> calls.addCall(validCall().disposition("d".repeat(256)).build()), "disposition");
    }

    @Test
    void requiredAddCallFields() {
        refused(() -> calls.addCall(NewCall.builder("id", null, "1", CallDirection.INBOUND)
                .party(NewCall.Party.user("1", "r")).build()), "actualStart");
        refused(() -> calls.addCall(NewCall.builder("id", OffsetDateTime.now(), "1", null)
                .party(NewCall.Party.user("1", "r")).build()), "direction");
        refused(() -> calls.addCall(NewCall.builder("id", OffsetDateTime.now(), "1", CallDirection.INBOUND).build()),
                "parties");
        refused(() -> calls.addCall(NewCall.builder("id", OffsetDateTime.now(), "1", CallDirection.INBOUND)
                .party(NewCall.Party.external("Pat", "pat@x.example")).build()), "parties");
        refused(() -> calls.addCall(NewCall.builder("id", OffsetDateTime.now(), "bob@x.example", CallDirection.INBOUND)
                .party(NewCall.Party.user("1", "r")).build()), "primaryUser");
    }

    @Test
    void mediaChannelIsZeroOrOneAndNotWithATimeline() {
        refused(() -> calls.addCall(NewCall.builder("id", OffsetDateTime.now(), "1", CallDirection.INBOUND)
                .party(NewCall.Party.user("1", "r").withMediaChannelId(2)).build()), "parties[0].mediaChannelId");
        refused(() -> calls.addCall(NewCall.builder("id", OffsetDateTime.now(), "1", CallDirection.INBOUND)
                .party(NewCall.Party.user("1", "r").withMediaChannelId(0).withPartyId("a"))
                .speakersTimeline(new NewCall.SpeakersTimeline(false,
                        List.of(new NewCall.SpeechSegment(0, 10, List.of("a"))))).build()),
                "parties[0].mediaChannelId");
    }

    @Test
    void speechSegmentsReferToPartiesAndRunForwards() {
        refused(() -> calls.addCall(validCall().speakersTimeline(new NewCall.SpeakersTimeline(true, List.of(
                new NewCall.SpeechSegment(0, 10, List.of("rep")),
                new NewCall.SpeechSegment(10, 20, List.of("rep", "ghost"))))).build()),
                "speakersTimeline.speechSegments[1].partyIds[1]");
        refused(() -> calls.addCall(validCall().speakersTimeline(new NewCall.SpeakersTimeline(true, List.of(
                new NewCall.SpeechSegment(30, 20, List.of("rep"))))).build()),
                "speakersTimeline.speechSegments[0].fromTime");
    }

    @Test
    void mediaFilesMustBeAKnownFormat(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
        refused(() -> calls.uploadMedia("1", text), "mediaFile");
        refused(() -> calls.uploadMedia("1", new ByteArrayInputStream(new byte[1]), "call.ogg"), "mediaFile");
        Path empty = Files.createFile(dir.resolve("empty.wav"));
        refused(() -> calls.uploadMedia("1", empty), "mediaFile");
    }

    @Test
    void mediaFilesMustBeAtMostOnePointFiveGigabytes(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("huge.mkv");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(1536L * 1024 * 1024 + 1);
        }
        refused(() -> calls.uploadMedia("1", big), "mediaFile");
    }

    @Test
    void everyValidCallPassesTheChecks() {
        List<NewCall.Party> parties = new ArrayList<>();
        parties.add(NewCall.Party.user("234599484848423", "Rep").withPartyId("rep"));
        assertThat(validCall().speakersTimeline(new NewCall.SpeakersTimeline(true,
                List.of(new NewCall.SpeechSegment(0, 0, List.of("rep"))))).build().parties()).hasSize(1);
        io.calldeck.connector.internal.RequestValidator.newCall(validCall().build());
    }
}
