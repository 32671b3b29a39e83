package io.calldeck.sandbox.data;

import io.calldeck.connector.model.CallAccess;
import io.calldeck.connector.model.CallContext;
import io.calldeck.connector.model.CallInteraction;
import io.calldeck.connector.model.CallMetaData;
import io.calldeck.connector.model.CallTranscript;
import io.calldeck.connector.model.CallsFilter;
import io.calldeck.connector.model.CrmObject;
import io.calldeck.connector.model.ExtensiveCall;
import io.calldeck.connector.model.GongUser;
import io.calldeck.connector.model.ManualCrmAssociation;
import io.calldeck.connector.model.NewCall;
import io.calldeck.connector.model.Party;
import io.calldeck.connector.model.Speaker;
import io.calldeck.connector.model.Workspace;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Everything the sandbox's Gong holds, and the state its API changes: generated calls (kept as skeletons, one
 * day at a time), calls added through {@code POST /v2/calls}, recorded calls, users and workspaces, which users
 * were given access to which calls, and uploaded media.
 *
 * <p>Generated calls exist for the company-local days {@code [today - days + 1, today]} and are listed only once
 * Gong would have processed them ({@link SandboxCall#visibleAt()}), so calls appear late, as they do in Gong.
 * Thread-safe.
 */
public final class SandboxData {

    /** Added calls get numbers from here up, far from generated ones. */
    private static final long ADDED_CALL_NUMBERS = 1L << 38;

    private final CallGenerator generator;
    private final int days;
    private final Clock clock;
    private final ZoneId zone;
    private final long seed;
    private final List<GongUser> users;
    private final Map<String, GongUser> usersById;
    private final List<Workspace> workspaces;
    private final Map<Integer, List<CallSkeleton>> dayCache = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<String, SandboxCall.Stored> stored = new ConcurrentSkipListMap<>();
    private final Map<String, String> callIdByClientUniqueId = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> access = new HashMap<>();
    private final AtomicLong addedCalls = new AtomicLong();
    private final AtomicLong mediaUploads = new AtomicLong();
    private final AtomicLong mediaBytes = new AtomicLong();
    /** Comments posted on calls through the sandbox's admin endpoint, by call id, oldest first. */
    private final Map<String, List<io.calldeck.connector.model.PublicComment>> postedComments = new ConcurrentHashMap<>();
    /** Comments deleted in Gong: no longer returned. */
    private final Set<String> deletedComments = ConcurrentHashMap.newKeySet();
    /** Comments edited in Gong: their new text, by comment id. */
    private final Map<String, String> editedComments = new ConcurrentHashMap<>();
    private final AtomicLong commentNumbers = new AtomicLong();
    private final String fingerprint;

    /**
     * Generated data.
     *
     * @param generator makes the calls
     * @param days      how many days back calls reach
     * @param clock     the sandbox's clock
     * @param seed      the data seed
     */
    public SandboxData(CallGenerator generator, int days, Clock clock, long seed) {
        this.generator = generator;
        this.days = days;
        this.clock = clock;
        this.zone = generator.zone();
        this.seed = seed;
        this.users = generator.org().users();
        this.workspaces = generator.org().workspaces();
        this.usersById = index(users);
        this.fingerprint = "generated:" + generator.describe() + ",days=" + days;
    }

    /**
     * Recorded data: the given calls instead of generated ones.
     *
     * @param recorded   calls with their transcripts
     * @param users      the users the recorded data names
     * @param workspaces the workspaces the recorded data names
     * @param clock      the sandbox's clock
     * @param zone       the zone added calls are written in
     * @param seed       seed for the ids of added calls
     * @param fingerprint what identifies the recorded data (its content, and how far its dates were moved)
     */
    public SandboxData(List<SandboxCall.Stored> recorded, List<GongUser> users, List<Workspace> workspaces,
                       Clock clock, ZoneId zone, long seed, String fingerprint) {
        this.generator = null;
        this.days = 0;
        this.clock = clock;
        this.zone = zone;
        this.seed = seed;
        this.users = List.copyOf(users);
        this.workspaces = List.copyOf(workspaces);
        this.usersById = index(users);
        this.fingerprint = "recorded:" + fingerprint;
        recorded.forEach(call -> stored.put(call.id(), call));
    }

    /**
     * @return what identifies this data set: the generator's settings, or the recording's content and date shift;
     *         another fingerprint is other calls (the sandbox's store is emptied for it)
     */
    public String fingerprint() {
        return fingerprint;
    }

    private static Map<String, GongUser> index(List<GongUser> users) {
        Map<String, GongUser> byId = new LinkedHashMap<>();
        users.forEach(user -> byId.put(user.id(), user));
        return byId;
    }

    /** @return the sandbox's current time */
    public Instant now() {
        return clock.instant();
    }

    /** @return whether the calls are generated (rather than recorded) */
    public boolean generated() {
        return generator != null;
    }

    /** @return the generator, when the data is generated */
    public Optional<CallGenerator> generator() {
        return Optional.ofNullable(generator);
    }

    private List<CallSkeleton> day(int day) {
        return dayCache.computeIfAbsent(day, generator::day);
    }

    private int today() {
        return (int) LocalDate.ofInstant(now(), zone).toEpochDay();
    }

    /**
     * The calls a listing returns, in Gong's order (oldest first).
     *
     * @param filter dates (on start, from inclusive, to exclusive), workspace, call ids, host ids; any may be null
     * @return the matching calls that are processed by now
     */
    public List<SandboxCall> find(CallsFilter filter) {
        Instant now = now();
        Instant from = filter.fromDateTime() == null ? Instant.MIN : filter.fromDateTime().toInstant();
        Instant to = filter.toDateTime() == null ? Instant.MAX : filter.toDateTime().toInstant();
        Set<String> hosts = filter.primaryUserIds() == null ? null : new HashSet<>(filter.primaryUserIds());
        Predicate<SandboxCall> matches = call -> !call.visibleAt().isAfter(now)
                && !call.started().isBefore(from) && call.started().isBefore(to)
                && (filter.workspaceId() == null || filter.workspaceId().equals(call.workspaceId()))
                && (hosts == null || hosts.contains(call.primaryUserId()));
        List<SandboxCall> result = new ArrayList<>();
        if (filter.callIds() != null) {
            for (String id : new LinkedHashSet<>(filter.callIds())) {
                lookup(id).filter(matches).ifPresent(result::add);
            }
        } else {
            if (generator != null) {
                int firstDay = today() - days + 1;
                int lastDay = today();
                if (!from.equals(Instant.MIN)) {
                    firstDay = Math.max(firstDay, (int) LocalDate.ofInstant(from, zone).toEpochDay());
                }
                if (!to.equals(Instant.MAX)) {
                    lastDay = Math.min(lastDay, (int) LocalDate.ofInstant(to, zone).toEpochDay());
                }
                for (int d = firstDay; d <= lastDay; d++) {
                    for (CallSkeleton skeleton : day(d)) {
                        SandboxCall call = new SandboxCall.Generated(skeleton);
                        if (matches.test(call)) {
                            result.add(call);
                        }
                    }
                }
            }
            stored.values().stream().filter(matches).forEach(result::add);
        }
        result.sort(SandboxCall.ORDER);
        return result;
    }

    /**
     * @param id a call id
     * @return the call, when it exists and is processed by now
     */
    public Optional<SandboxCall> byId(String id) {
        Instant now = now();
        return lookup(id).filter(call -> !call.visibleAt().isAfter(now));
    }

    private Optional<SandboxCall> lookup(String id) {
        SandboxCall.Stored kept = stored.get(id);
        if (kept != null) {
            return Optional.of(kept);
        }
        if (generator == null) {
            return Optional.empty();
        }
        int[] position = generator.locate(id);
        if (position == null || position[0] < today() - days + 1 || position[0] > today()) {
            return Optional.empty();
        }
        List<CallSkeleton> calls = day(position[0]);
        return calls.stream().filter(s -> s.index() == position[1]).findFirst().map(SandboxCall.Generated::new);
    }

    /**
     * @param call a call
     * @return everything about it, every part present
     */
    public ExtensiveCall render(SandboxCall call) {
        ExtensiveCall whole = call instanceof SandboxCall.Generated generated ? generator.call(generated.skeleton())
                : ((SandboxCall.Stored) call).call();
        return postedByNow(whole);
    }

    /**
     * Comments exist once they are posted (a call gains comments over the following days and weeks), with those
     * posted through the admin endpoint, and without those deleted.
     */
    private ExtensiveCall postedByNow(ExtensiveCall call) {
        List<io.calldeck.connector.model.PublicComment> extra = postedComments.getOrDefault(call.metaData().id(),
                List.of());
        if ((call.collaboration() == null || call.collaboration().publicComments() == null) && extra.isEmpty()) {
            return call;
        }
        Instant now = now();
        List<io.calldeck.connector.model.PublicComment> all = new ArrayList<>();
        if (call.collaboration() != null && call.collaboration().publicComments() != null) {
            all.addAll(call.collaboration().publicComments());
        }
        all.addAll(extra);
        List<io.calldeck.connector.model.PublicComment> posted = all.stream()
                .filter(c -> c.posted() == null || !c.posted().toInstant().isAfter(now))
                .filter(c -> !deletedComments.contains(c.id()))
                .map(c -> editedComments.containsKey(c.id()) ? new io.calldeck.connector.model.PublicComment(c.id(),
                        c.audioStartTime(), c.audioEndTime(), c.commenterUserId(), editedComments.get(c.id()),
                        c.posted(), c.inReplyTo(), c.duringCall()) : c).toList();
        if (extra.isEmpty() && editedComments.isEmpty() && call.collaboration() != null
                && posted.size() == call.collaboration().publicComments().size()) {
            return call;
        }
        return new ExtensiveCall(call.metaData(), call.context(), call.parties(), call.content(), call.interaction(),
                new io.calldeck.connector.model.CallCollaboration(posted), call.media());
    }

    /**
     * Posts a public comment on a call now, as a person commenting in Gong would.
     *
     * @param callId    the call
     * @param commenter the commenting user's id
     * @param text      the comment
     * @param at        where in the recording it points, seconds
     * @return the comment
     * @throws UnknownCallsException when the call does not exist
     */
    public io.calldeck.connector.model.PublicComment postComment(String callId, String commenter, String text,
                                                                 double at) throws UnknownCallsException {
        if (lookup(callId).isEmpty()) {
            throw new UnknownCallsException();
        }
        io.calldeck.connector.model.PublicComment comment = new io.calldeck.connector.model.PublicComment(
                Ids.of(Ids.Kind.COMMENT, seed, ADDED_CALL_NUMBERS + commentNumbers.incrementAndGet()), at, at,
                commenter, text, now().atZone(zone).toOffsetDateTime(), null, false);
        postedComments.computeIfAbsent(callId, id -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(comment);
        return comment;
    }

    /**
     * Deletes a public comment, as its author can in Gong: it is no longer returned.
     *
     * @param callId    the call
     * @param commentId the comment
     * @return whether the call held that comment
     */
    public boolean deleteComment(String callId, String commentId) {
        return changeComment(callId, commentId, null);
    }

    /**
     * Edits a public comment's text, as its author can in Gong.
     *
     * @param callId    the call
     * @param commentId the comment
     * @param text      the new text
     * @return whether the call held that comment
     */
    public boolean editComment(String callId, String commentId, String text) {
        return changeComment(callId, commentId, java.util.Objects.requireNonNull(text, "text"));
    }

    private boolean changeComment(String callId, String commentId, String newText) {
        Optional<SandboxCall> call = lookup(callId);
        if (call.isEmpty()) {
            return false;
        }
        ExtensiveCall rendered = render(call.get());
        boolean held = rendered.collaboration() != null && rendered.collaboration().publicComments().stream()
                .anyMatch(c -> c.id().equals(commentId));
        if (held && newText == null) {
            deletedComments.add(commentId);
        } else if (held) {
            editedComments.put(commentId, newText);
        }
        return held;
    }

    /**
     * @param call a call
     * @return its transcript (empty monologues when it has none)
     */
    public CallTranscript transcript(SandboxCall call) {
        if (call instanceof SandboxCall.Generated generated) {
            if (now().isBefore(generated.skeleton().transcriptAt())) {
                return new CallTranscript(call.id(), List.of()); // not transcribed yet
            }
            return generator.transcript(generated.skeleton());
        }
        SandboxCall.Stored kept = (SandboxCall.Stored) call;
        return kept.transcript() != null ? kept.transcript() : new CallTranscript(kept.id(), List.of());
    }

    /** @return the company's users */
    public List<GongUser> users() {
        return users;
    }

    /**
     * @param id a user id
     * @return the user
     */
    public Optional<GongUser> user(String id) {
        return Optional.ofNullable(usersById.get(id));
    }

    /** @return the company's workspaces */
    public List<Workspace> workspaces() {
        return workspaces;
    }

    /** What adding a call did. */
    public record Added(String callId, boolean created) {
    }

    /**
     * Adds a call ({@code POST /v2/calls}). A repeated {@code clientUniqueId} never creates a second call: the
     * first call's id is returned again.
     *
     * @param request the validated request
     * @return the call's id, and whether it is new
     */
    public synchronized Added add(NewCall request) {
        String existing = callIdByClientUniqueId.get(request.clientUniqueId());
        if (existing != null) {
            return new Added(existing, false);
        }
        String id = Ids.of(Ids.Kind.CALL, seed, ADDED_CALL_NUMBERS + addedCalls.incrementAndGet());
        stored.put(id, new SandboxCall.Stored(toCall(id, request), null, now(), request.downloadMediaUrl() != null));
        callIdByClientUniqueId.put(request.clientUniqueId(), id);
        return new Added(id, true);
    }

    private ExtensiveCall toCall(String id, NewCall request) {
        Map<String, String> speakerIds = new HashMap<>();
        Map<String, Double> talk = new HashMap<>();
        if (request.speakersTimeline() != null && request.speakersTimeline().speechSegments() != null) {
            for (NewCall.SpeechSegment segment : request.speakersTimeline().speechSegments()) {
                for (String partyId : segment.partyIds()) {
                    talk.merge(partyId, (segment.toTime() - segment.fromTime()) / 1000.0, Double::sum);
                }
            }
        }
        List<Party> parties = new ArrayList<>();
        List<Speaker> speakers = new ArrayList<>();
        boolean external = false;
        for (int i = 0; i < request.parties().size(); i++) {
            NewCall.Party p = request.parties().get(i);
            String partyId = Ids.of(Ids.Kind.PARTY, seed, (ADDED_CALL_NUMBERS + addedCalls.get()) * 16 + i);
            String speakerId = p.partyId() != null && talk.containsKey(p.partyId())
                    ? Ids.of(Ids.Kind.SPEAKER, seed, (ADDED_CALL_NUMBERS + addedCalls.get()) * 16 + i) : null;
            if (speakerId != null) {
                speakerIds.put(p.partyId(), speakerId);
                speakers.add(new Speaker(partyId, p.userId(), talk.get(p.partyId())));
            }
            external |= p.userId() == null;
            List<CallContext> context = p.context() == null ? null : p.context().stream()
                    .map(c -> new CallContext(c.system(), c.objects() == null ? List.of() : c.objects().stream()
                            .map(o -> new CrmObject(o.objectType(), o.objectId(), o.fields(), "Now")).toList()))
                    .toList();
            parties.add(new Party(partyId, p.emailAddress(), p.name(), null, p.userId(), speakerId, context,
                    p.userId() != null ? "Internal" : "External", p.phoneNumber(), List.of("Attendee")));
        }
        String workspaceId = request.workspaceId() != null ? request.workspaceId()
                : generator == null ? (workspaces.isEmpty() ? null : workspaces.get(0).id())
                : generator.org().reps().stream().filter(r -> r.id().equals(request.primaryUser()))
                        .map(SalesOrg.Rep::workspaceId).findFirst().orElse(workspaces.get(0).id());
        OffsetDateTime started = request.actualStart().atZoneSameInstant(zone).toOffsetDateTime();
        CallMetaData metaData = new CallMetaData(id, "https://app.gong.io/call?id=" + id, request.title(),
                request.scheduledStart() == null ? null : request.scheduledStart().atZoneSameInstant(zone).toOffsetDateTime(),
                started, request.duration() == null ? null : Math.round(request.duration()), request.primaryUser(),
                request.direction(), request.callProviderCode() == null ? "Uploaded Call" : request.callProviderCode(),
                external ? "External" : "Internal", "Audio", "eng", workspaceId, request.disposition(),
                request.clientUniqueId(), request.customData(), request.purpose(), request.meetingUrl(), false, null);
        List<CallContext> context = request.context() == null ? null : request.context().stream()
                .map(c -> new CallContext(c.system(), c.objects() == null ? List.of() : c.objects().stream()
                        .map(o -> new CrmObject(o.objectType(), o.objectId(), o.fields(), "Now")).toList()))
                .toList();
        return new ExtensiveCall(metaData, context, parties, null,
                speakers.isEmpty() ? null : new CallInteraction(speakers, null, null, null),
                new io.calldeck.connector.model.CallCollaboration(List.of()), null);
    }

    /** What a media upload may do to a call. */
    public enum MediaTarget {
        /** The call was added through the API and waits for its recording. */
        ACCEPTS,
        /** The call already has a recording. */
        HAS_MEDIA,
        /** No such call. */
        UNKNOWN
    }

    /**
     * @param callId a call id
     * @return whether a recording may be uploaded for it
     */
    public MediaTarget mediaTarget(String callId) {
        SandboxCall.Stored call = stored.get(callId);
        if (call != null) {
            return call.hasMedia() ? MediaTarget.HAS_MEDIA : MediaTarget.ACCEPTS;
        }
        return lookup(callId).isPresent() ? MediaTarget.HAS_MEDIA : MediaTarget.UNKNOWN;
    }

    /**
     * Records a completed upload.
     *
     * @param callId the call
     * @param bytes  how many bytes the recording had
     */
    public void mediaReceived(String callId, long bytes) {
        stored.computeIfPresent(callId, (id, call) -> call.withMedia());
        mediaUploads.incrementAndGet();
        mediaBytes.addAndGet(bytes);
    }

    /** @return how many recordings were uploaded since start */
    public long mediaUploads() {
        return mediaUploads.get();
    }

    /** @return how many bytes of recordings were uploaded since start */
    public long mediaBytes() {
        return mediaBytes.get();
    }

    /** Some of the calls named in a users-access request do not exist. */
    public static final class UnknownCallsException extends Exception {
        private static final long serialVersionUID = 1L;

        UnknownCallsException() {
            super("Some calls not found");
        }
    }

    private void requireCalls(Collection<String> callIds) throws UnknownCallsException {
        for (String id : callIds) {
            if (lookup(id).isEmpty()) {
                throw new UnknownCallsException();
            }
        }
    }

    /**
     * @param callIds calls
     * @return per call, the users given access through the API
     * @throws UnknownCallsException when a call does not exist (nothing is returned)
     */
    public synchronized List<CallAccess> access(List<String> callIds) throws UnknownCallsException {
        requireCalls(callIds);
        List<CallAccess> result = new ArrayList<>();
        for (String id : new LinkedHashSet<>(callIds)) {
            result.add(new CallAccess(id, access.getOrDefault(id, Set.of()).stream().sorted()
                    .map(CallAccess.UserAccess::new).toList()));
        }
        return result;
    }

    /**
     * Gives or removes access, all or nothing.
     *
     * @param changes per call id, the user ids
     * @param give    {@code true} to give, {@code false} to remove
     * @throws UnknownCallsException when a call does not exist (nothing changes)
     */
    public synchronized void changeAccess(Map<String, List<String>> changes, boolean give) throws UnknownCallsException {
        requireCalls(changes.keySet());
        changes.forEach((callId, userIds) -> {
            if (give) {
                access.computeIfAbsent(callId, id -> new LinkedHashSet<>()).addAll(userIds);
            } else {
                Set<String> current = access.get(callId);
                if (current != null) {
                    userIds.forEach(current::remove);
                    if (current.isEmpty()) {
                        access.remove(callId);
                    }
                }
            }
        });
    }

    /**
     * @param since only associations made after this time; {@code null} for all
     * @return manual CRM associations of processed calls, oldest first
     */
    public List<ManualCrmAssociation> manualAssociations(OffsetDateTime since) {
        if (generator == null) {
            return List.of();
        }
        Instant now = now();
        List<CallSkeleton> associated = new ArrayList<>();
        for (int d = today() - days + 1; d <= today(); d++) {
            for (CallSkeleton s : day(d)) {
                if (s.manualAssociationAt() != null && !s.manualAssociationAt().isAfter(now)
                        && (since == null || s.manualAssociationAt().isAfter(since.toInstant()))) {
                    associated.add(s);
                }
            }
        }
        associated.sort((a, b) -> a.manualAssociationAt().compareTo(b.manualAssociationAt()));
        return associated.stream().map(s -> {
            SalesOrg.Customer customer = generator.customerOf(s);
            return new ManualCrmAssociation(s.id(), s.primaryUserId(),
                    s.manualAssociationAt().atZone(zone).toOffsetDateTime(),
                    List.of(new ManualCrmAssociation.AssociatedCrmObject(customer.accountId(),
                            customer.opportunities().get(0).id())));
        }).toList();
    }

    /** @return how many calls are listed now over the whole window */
    public int listedCalls() {
        return find(CallsFilter.builder().build()).size();
    }
}
