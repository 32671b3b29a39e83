package io.calldeck.sandbox.data;

import io.calldeck.connector.model.CallMetaData;
import io.calldeck.connector.model.CallTranscript;
import io.calldeck.connector.model.CallsPage;
import io.calldeck.connector.model.ExtensiveCall;
import io.calldeck.connector.model.ExtensiveCallsPage;
import io.calldeck.connector.model.GongUser;
import io.calldeck.connector.model.Party;
import io.calldeck.connector.model.SpecificCall;
import io.calldeck.connector.model.SpecificUser;
import io.calldeck.connector.model.TranscriptsPage;
import io.calldeck.connector.model.UsersPage;
import io.calldeck.connector.model.Workspace;
import io.calldeck.connector.model.WorkspacesList;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.calldeck.connector.model.CallCollaboration;
import io.calldeck.connector.model.PublicComment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Loads recorded Gong responses (the shapes of {@code /v2/calls/extensive}, {@code /v2/calls},
 * {@code /v2/calls/{id}}, {@code /v2/calls/transcript}, {@code /v2/users} and {@code /v2/workspaces}) from a
 * file or a folder, so the sandbox can serve real calls. Files of other shapes (error bodies) are skipped.
 * A call seen in several files keeps its most complete form; users the calls name but no users file lists
 * are made up from the calls' internal parties.
 *
 * <p>Recordings are old (the ones in Gong's documents span 2023 to 2024): so unless told to keep their dates, the
 * calls are moved into the recent past by a whole number of weeks, the newest into the last week, keeping their
 * weekdays, times of day and spacing (scheduled and started times and comments' posting times move together), and
 * the log says by how much. A new store's first backfill then reaches back to the earliest of them
 * ({@code SandboxBackfillStart}).
 */
public final class RecordedDataset {

    private static final Logger LOG = Logger.getLogger(RecordedDataset.class.getName());

    private RecordedDataset() {
    }

    /**
     * @param location a JSON file or a folder of them
     * @param clock    the sandbox's clock
     * @param zone     the zone added calls are written in
     * @param seed     seed for ids of calls added later
     * @return the data
     * @throws IOException when the location cannot be read
     * @throws IllegalArgumentException when it holds no calls
     */
    public static SandboxData load(Path location, Clock clock, ZoneId zone, long seed) throws IOException {
        return load(location, clock, zone, seed, false);
    }

    /**
     * @param location  a JSON file or a folder of them
     * @param clock     the sandbox's clock
     * @param zone      the zone added calls are written in
     * @param seed      seed for ids of calls added later
     * @param keepDates whether the calls keep their recorded dates (else they move into the recent past by whole weeks)
     * @return the data
     * @throws IOException when the location cannot be read
     * @throws IllegalArgumentException when it holds no calls
     */
    public static SandboxData load(Path location, Clock clock, ZoneId zone, long seed, boolean keepDates)
            throws IOException {
        List<Path> files;
        if (Files.isDirectory(location)) {
            try (Stream<Path> walk = Files.walk(location)) {
                files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
        } else {
            files = List.of(location);
        }
        Map<String, ExtensiveCall> calls = new LinkedHashMap<>();
        Map<String, CallTranscript> transcripts = new HashMap<>();
        Map<String, GongUser> users = new LinkedHashMap<>();
        Map<String, Workspace> workspaces = new LinkedHashMap<>();
        JsonProvider json = JsonProvider.provider();
        try (Jsonb jsonb = JsonbBuilder.create()) {
            for (Path file : files) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                JsonValue value;
                try (Reader reader = new StringReader(text)) {
                    value = json.createReader(reader).readValue();
                } catch (RuntimeException notJson) {
                    LOG.warning(() -> "Skipping " + file + ": not JSON");
                    continue;
                }
                if (!(value instanceof JsonObject object)) {
                    continue;
                }
                if (object.get("calls") instanceof jakarta.json.JsonArray array && !array.isEmpty()
                        && array.get(0) instanceof JsonObject first && first.containsKey("metaData")) {
                    jsonb.fromJson(text, ExtensiveCallsPage.class).items().forEach(c -> merge(calls, c));
                } else if (object.containsKey("calls")) {
                    jsonb.fromJson(text, CallsPage.class).items().forEach(m -> merge(calls, basic(m)));
                } else if (object.containsKey("call")) {
                    merge(calls, basic(jsonb.fromJson(text, SpecificCall.class).call()));
                } else if (object.containsKey("callTranscripts")) {
                    jsonb.fromJson(text, TranscriptsPage.class).items().forEach(t -> transcripts.put(t.callId(), t));
                } else if (object.containsKey("users")) {
                    jsonb.fromJson(text, UsersPage.class).items().forEach(u -> users.put(u.id(), u));
                } else if (object.containsKey("user")) {
                    GongUser user = jsonb.fromJson(text, SpecificUser.class).user();
                    users.put(user.id(), user);
                } else if (object.containsKey("workspaces")) {
                    jsonb.fromJson(text, WorkspacesList.class).workspaces().forEach(w -> workspaces.put(w.id(), w));
                }
            }
        } catch (Exception e) {
            if (e instanceof IOException io) {
                throw io;
            }
            throw new IOException("Cannot read recorded Gong responses from " + location + ": " + e.getMessage(), e);
        }
        if (calls.isEmpty()) {
            throw new IllegalArgumentException("No calls found in the recorded Gong responses at " + location);
        }
        for (ExtensiveCall call : calls.values()) {
            if (call.parties() != null) {
                for (Party party : call.parties()) {
                    if (party.userId() != null && !users.containsKey(party.userId()) && party.name() != null) {
                        String[] names = party.name().split(" ", 2);
                        users.put(party.userId(), new GongUser(party.userId(), party.emailAddress(), null, true,
                                List.of(), null, names[0], names.length > 1 ? names[1] : null, party.title(), null, null,
                                List.of(), null, null, null, List.of()));
                    }
                }
            }
            String workspaceId = call.metaData().workspaceId();
            if (workspaceId != null && !workspaces.containsKey(workspaceId)) {
                workspaces.put(workspaceId, new Workspace(workspaceId, "Workspace " + workspaceId, null));
            }
        }
        Instant now = clock.instant();
        Instant newest = calls.values().stream().map(c -> c.metaData().started().toInstant()).max(Instant::compareTo)
                .orElse(now);
        long weeks = keepDates || !newest.isBefore(now) ? 0 : Duration.between(newest, now).toDays() / 7;
        if (weeks > 0) {
            Duration shift = Duration.ofDays(7 * weeks);
            calls.replaceAll((id, call) -> shifted(call, shift));
            LOG.info(() -> "Moved the recorded calls " + weeks + " weeks later (weekdays, times and spacing kept), so "
                    + "that the newest is within the last week; set " + "calldeck.sandbox.dataset-keep-dates=true to"
                    + " keep their recorded dates");
        }
        List<SandboxCall.Stored> stored = new ArrayList<>();
        calls.values().forEach(call -> stored.add(new SandboxCall.Stored(call, transcripts.get(call.metaData().id()),
                now.isBefore(call.metaData().started().toInstant()) ? call.metaData().started().toInstant() : Instant.EPOCH,
                true)));
        LOG.info(() -> "Loaded " + stored.size() + " recorded calls, " + transcripts.size() + " transcripts and "
                + users.size() + " users from " + location);
        return new SandboxData(stored, new ArrayList<>(users.values()), new ArrayList<>(workspaces.values()), clock,
                zone, seed, contentHash(files) + ",moved=" + weeks + "w");
    }

    private static String contentHash(List<Path> files) throws IOException {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return "sha256:" + java.util.HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static ExtensiveCall shifted(ExtensiveCall call, Duration shift) {
        CallMetaData m = call.metaData();
        CallMetaData moved = new CallMetaData(m.id(), m.url(), m.title(), m.scheduled() == null ? null
                : m.scheduled().plus(shift), m.started().plus(shift), m.duration(), m.primaryUserId(), m.direction(),
                m.system(), m.scope(), m.media(), m.language(), m.workspaceId(), m.sdrDisposition(), m.clientUniqueId(),
                m.customData(), m.purpose(), m.meetingUrl(), m.isPrivate(), m.calendarEventId());
        CallCollaboration collaboration = call.collaboration() == null || call.collaboration().publicComments() == null
                ? call.collaboration()
                : new CallCollaboration(call.collaboration().publicComments().stream().map(c -> new PublicComment(
                        c.id(), c.audioStartTime(), c.audioEndTime(), c.commenterUserId(), c.comment(),
                        c.posted() == null ? null : c.posted().plus(shift), c.inReplyTo(), c.duringCall())).toList());
        return new ExtensiveCall(moved, call.context(), call.parties(), call.content(), call.interaction(),
                collaboration, call.media());
    }

    private static ExtensiveCall basic(CallMetaData metaData) {
        return new ExtensiveCall(metaData, null, null, null, null, null, null);
    }

    private static void merge(Map<String, ExtensiveCall> calls, ExtensiveCall call) {
        if (call.metaData() == null || call.metaData().id() == null || call.metaData().started() == null) {
            return;
        }
        calls.merge(call.metaData().id(), call, (old, fresh) -> parts(fresh) >= parts(old) ? fresh : old);
    }

    private static int parts(ExtensiveCall call) {
        int n = 0;
        for (Object part : new Object[] {call.context(), call.parties(), call.content(), call.interaction(),
            call.collaboration(), call.media()}) {
            if (part != null) {
                n++;
            }
        }
        return n;
    }
}
