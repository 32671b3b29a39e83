package io.calldeck.dashboard.call;

import io.calldeck.connector.exception.GongException;
import io.calldeck.dashboard.CallAccessService;
import io.calldeck.dashboard.CommentText;
import io.calldeck.dashboard.Formats;
import io.calldeck.connector.GongCalls;
import io.calldeck.connector.model.CallMedia;
import io.calldeck.connector.model.CallsFilter;
import io.calldeck.connector.model.ContentSelector;
import io.calldeck.connector.model.ExtensiveCall;
import io.calldeck.dashboard.Messages;
import io.calldeck.store.GongIds;
import io.calldeck.sync.GongRefusal;
import io.calldeck.security.PrivateCalls;
import io.calldeck.sync.TranscriptService;
import io.calldeck.dashboard.Viewer;
import io.calldeck.store.AccessAuditLog;
import io.calldeck.store.CallDetails;
import io.calldeck.store.Directory;
import io.calldeck.store.entity.CallEntity;
import io.calldeck.store.entity.CommentEntity;
import io.calldeck.store.entity.PartyEntity;
import io.calldeck.store.entity.SpeakerEntity;
import io.calldeck.store.entity.TranscriptSentenceEntity;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Call page ({@code /call?id=…}): metadata, parties by side, talk time per speaker, interaction stats,
 * topics and trackers, brief and key points, the public comments thread, the transcript (fetched from Gong the
 * first time, asked for again while a young call has none, then kept), links to the recording (asked for on
 * demand: Gong's media URLs live 8 hours), and the users with API-granted access (given and removed by admins).
 * A feature whose scope Gong's app lacks says "Gong did not allow …"; the rest of the page works. A private call
 * answers 404 to those who may not see it.
 */
@Named
@ViewScoped
public class CallView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern ID = GongIds.PATTERN;

    @Inject
    CallDetails details;

    @Inject
    Directory directory;

    @Inject
    TranscriptService transcripts;

    @Inject
    CallAccessService access;

    @Inject
    GongCalls gong;

    @Inject
    PrivateCalls privateCalls;

    @Inject
    Viewer viewer;

    private String id;
    private CallDetails.CallDetail detail;
    private Map<String, String> names = new HashMap<>();
    private List<String> accessUsers;
    private String accessError;
    private String transcriptError;
    private TranscriptService.State transcriptState;
    private String audioUrl;
    private String videoUrl;
    private String recordingError;
    private boolean recordingAsked;
    private io.calldeck.store.entity.UserEntity grantUser;

    /** A speaker's share of the talk on the call (Gong's talk ratio, for the host), for the talk-time bars. */
    public record SpeakerBar(String name, boolean internal, double seconds, double share) implements Serializable {
        /** @return name (for EL) */
        public String getName() {
            return name;
        }

        /** @return whether the speaker is from the company (for EL) */
        public boolean isInternal() {
            return internal;
        }

        /** @return talk time as h:mm:ss (for EL) */
        public String getTime() {
            return Formats.duration(seconds);
        }

        /** @return share of all speakers' talk time, 0 to 100 (for EL) */
        public long getPercent() {
            return Math.round(share * 100);
        }
    }

    /** A comment with its replies, as the thread shows it. */
    public record Thread(CommentEntity comment, List<CommentText.Segment> segments, String commenter,
                         List<Thread> replies) implements Serializable {
        /** @return the comment (for EL) */
        public CommentEntity getComment() {
            return comment;
        }

        /** @return its text and mentions (for EL) */
        public List<CommentText.Segment> getSegments() {
            return segments;
        }

        /** @return the commenter's name (for EL) */
        public String getCommenter() {
            return commenter;
        }

        /** @return the replies (for EL) */
        public List<Thread> getReplies() {
            return replies;
        }
    }

    /** A transcript line. */
    public record Line(String time, String speaker, boolean internal, String text) implements Serializable {
        /** @return mm:ss (for EL) */
        public String getTime() {
            return time;
        }

        /** @return the speaker's name (for EL) */
        public String getSpeaker() {
            return speaker;
        }

        /** @return whether the speaker is from the company (for EL) */
        public boolean isInternal() {
            return internal;
        }

        /** @return the sentence (for EL) */
        public String getText() {
            return text;
        }
    }

    /** Loads the call (an f:viewAction); an unknown id, or a private call the user may not see, answers 404. */
    public void load() {
        detail = id == null || !ID.matcher(id).matches() ? null : details.detail(id)
                .filter(d -> !d.call().isPrivate() || privateCalls.visibleToCaller()).orElse(null);
        if (detail == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            FacesContext.getCurrentInstance().getApplication().getNavigationHandler()
                    .handleNavigation(FacesContext.getCurrentInstance(), null, "/errors/404");
            return;
        }
        Set<String> userIds = new HashSet<>();
        detail.comments().forEach(c -> userIds.add(c.getCommenterUserId()));
        names = new HashMap<>(directory.userNames(userIds));
        fetchTranscript();
        if (viewer.isAdmin()) {
            loadAccess();
        }
    }

    private void fetchTranscript() {
        try {
            if (transcripts.fetchIfDue(detail.call(), !detail.transcript().isEmpty())) {
                detail = details.detail(id).orElse(detail);
            }
            transcriptError = null;
        } catch (GongException e) {
            transcriptError = GongRefusal.describe("reading this call's transcript", e);
        }
        transcriptState = transcripts.state(detail.call(), !detail.transcript().isEmpty(), java.time.Instant.now());
    }

    private void loadAccess() {
        try {
            accessUsers = access.current(List.of(id)).getOrDefault(id, List.of());
            names.putAll(directory.userNames(accessUsers));
            accessError = null;
        } catch (GongException e) {
            accessUsers = null;
            accessError = GongRefusal.describe("reading who was given access to this call", e);
        }
    }

    /** Tries the transcript again. */
    public void retryTranscript() {
        fetchTranscript();
    }

    /**
     * Asks Gong for the links to the call's recording ({@code POST /v2/calls/extensive} with
     * {@code exposedFields.media}, interactive priority; needs the {@code api:calls:read:media-url} scope). Gong's
     * links expire after 8 hours, so they are asked for when wanted and never stored.
     */
    public void loadRecording() {
        recordingAsked = true;
        audioUrl = null;
        videoUrl = null;
        try {
            CallMedia media = gong.listCallsExtensive(CallsFilter.ofCallIds(id),
                            ContentSelector.builder().media().build(), null).items().stream()
                    .filter(c -> id.equals(c.metaData().id())).map(ExtensiveCall::media).filter(m -> m != null)
                    .findFirst().orElse(null);
            audioUrl = media == null ? null : https(media.audioUrl());
            videoUrl = media == null ? null : https(media.videoUrl());
            recordingError = null;
        } catch (GongException e) {
            recordingError = GongRefusal.describe("links to this call's recording (media URLs)", e);
        }
    }

    private static String https(String url) {
        return url != null && url.startsWith("https://") ? url : null;
    }

    /** Gives the chosen user access to this call (admins only). */
    public void grant() {
        viewer.requireAdmin();
        change(AccessAuditLog.Action.GIVE, grantUser == null ? null : grantUser.getId());
        grantUser = null;
    }

    /**
     * Removes a user's API-granted access to this call (admins only).
     *
     * @param userId the user
     */
    public void revoke(String userId) {
        viewer.requireAdmin();
        change(AccessAuditLog.Action.REMOVE, userId);
    }

    private void change(AccessAuditLog.Action action, String userId) {
        if (userId == null || !ID.matcher(userId).matches()) {
            Messages.warn("Choose a user", null);
            return;
        }
        CallAccessService.Outcome outcome;
        try {
            outcome = access.change(viewer.getName(), action, List.of(id), List.of(userId)).get(0);
        } catch (GongException e) {
            Messages.error(GongRefusal.describe("changing call access", e), "Nothing was changed.");
            return;
        }
        Messages.add(null, outcome.applied() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR,
                outcome.message(), "Gong requestId " + outcome.gongRequestId());
        loadAccess();
    }

    /** @return the call */
    public CallEntity getCall() {
        return detail == null ? null : detail.call();
    }

    /** @return company participants */
    public List<PartyEntity> getInternalParties() {
        return detail.parties().stream().filter(p -> "Internal".equals(p.getAffiliation())).toList();
    }

    /** @return other participants (external and unknown) */
    public List<PartyEntity> getExternalParties() {
        return detail.parties().stream().filter(p -> !"Internal".equals(p.getAffiliation())).toList();
    }

    /** @return talk time per speaker, most first, each as a share of all the talk on the call */
    public List<SpeakerBar> getSpeakers() {
        Map<String, PartyEntity> byParty = new HashMap<>();
        detail.parties().forEach(p -> byParty.put(p.getPartyId(), p));
        double allTalk = detail.speakers().stream().mapToDouble(s -> s.getTalkTimeSeconds() == null ? 0
                : s.getTalkTimeSeconds()).sum();
        double whole = allTalk > 0 ? allTalk : 1;
        List<SpeakerBar> bars = new ArrayList<>();
        for (SpeakerEntity s : detail.speakers()) {
            PartyEntity party = byParty.get(s.getPartyId());
            double seconds = s.getTalkTimeSeconds() == null ? 0 : s.getTalkTimeSeconds();
            bars.add(new SpeakerBar(party == null || party.getName() == null ? "Unknown speaker" : party.getName(),
                    party != null && "Internal".equals(party.getAffiliation()), seconds, seconds / whole));
        }
        bars.sort((a, b) -> Double.compare(b.seconds(), a.seconds()));
        return bars;
    }

    /** @return the host's interaction stats */
    public List<io.calldeck.store.entity.InteractionStatEntity> getStats() {
        return detail.stats();
    }

    /**
     * @param stat one of the host's interaction stats
     * @return its value in the stat's unit: Talk Ratio a percentage, monologue and story lengths h:mm:ss,
     *         Interactivity a score out of 10, Patience seconds
     */
    public String statValue(io.calldeck.store.entity.InteractionStatEntity stat) {
        Double value = stat.getValue();
        if (value == null) {
            return "";
        }
        return switch (stat.getName()) {
            case "Talk Ratio" -> Formats.percent(value);
            case "Longest Monologue", "Longest Customer Story" -> Formats.duration(value);
            case "Interactivity" -> String.format(java.util.Locale.ROOT, "%.1f of 10", value);
            case "Patience" -> String.format(java.util.Locale.ROOT, "%.2f s", value);
            default -> String.valueOf(value);
        };
    }

    /** @return topics */
    public List<io.calldeck.store.entity.TopicEntity> getTopics() {
        return detail.topics();
    }

    /** @return trackers that came up, most first */
    public List<io.calldeck.store.entity.TrackerEntity> getTrackers() {
        return detail.trackers().stream().filter(t -> t.getCount() != null && t.getCount() > 0)
                .sorted((a, b) -> Integer.compare(b.getCount(), a.getCount())).toList();
    }

    /** @return key points */
    public List<io.calldeck.store.entity.KeyPointEntity> getKeyPoints() {
        return detail.keyPoints();
    }

    /** @return the public comments as threads (replies under the comment they answer), oldest first */
    public List<Thread> getThreads() {
        Map<String, List<CommentEntity>> replies = new HashMap<>();
        List<CommentEntity> roots = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        detail.comments().forEach(c -> ids.add(c.getCommentId()));
        for (CommentEntity c : detail.comments()) {
            if (c.getInReplyTo() != null && ids.contains(c.getInReplyTo())) {
                replies.computeIfAbsent(c.getInReplyTo(), k -> new ArrayList<>()).add(c);
            } else {
                roots.add(c);
            }
        }
        return roots.stream().map(c -> thread(c, replies)).toList();
    }

    private Thread thread(CommentEntity c, Map<String, List<CommentEntity>> replies) {
        return new Thread(c, CommentText.segments(c.getText()),
                names.getOrDefault(c.getCommenterUserId(), "User " + c.getCommenterUserId()),
                replies.getOrDefault(c.getCommentId(), List.of()).stream().map(r -> thread(r, replies)).toList());
    }

    /** @return the transcript's sentences with speaker names */
    public List<Line> getTranscript() {
        Map<String, PartyEntity> bySpeaker = new HashMap<>();
        detail.parties().stream().filter(p -> p.getSpeakerId() != null).forEach(p -> bySpeaker.put(p.getSpeakerId(), p));
        List<Line> lines = new ArrayList<>();
        for (TranscriptSentenceEntity s : detail.transcript()) {
            PartyEntity party = bySpeaker.get(s.getSpeakerId());
            lines.add(new Line(Formats.position(s.getStartMs() / 1000.0),
                    party == null || party.getName() == null ? "Speaker " + s.getSpeakerId() : party.getName(),
                    party != null && "Internal".equals(party.getAffiliation()), s.getText()));
        }
        return lines;
    }

    /** @return the users with API-granted access, or {@code null} when not loaded */
    public List<String> getAccessUsers() {
        return accessUsers;
    }

    /**
     * @param userId a user id
     * @return the user's name, if known, else the id
     */
    public String name(String userId) {
        return names.getOrDefault(userId, userId);
    }

    /** @return why access could not be loaded */
    public String getAccessError() {
        return accessError;
    }

    /** @return why the transcript could not be fetched */
    public String getTranscriptError() {
        return transcriptError;
    }

    /** @return what the page says of the transcript: KEPT, NOT_YET (Gong may still publish it), NONE, PRIVATE */
    public String getTranscriptState() {
        return transcriptState == null ? "" : transcriptState.name();
    }

    /** @return whether the recording's links were asked for */
    public boolean isRecordingAsked() {
        return recordingAsked;
    }

    /** @return the audio recording's link from Gong (https, valid 8 hours), or {@code null} */
    public String getAudioUrl() {
        return audioUrl;
    }

    /** @return the video recording's link from Gong (https, valid 8 hours), or {@code null} */
    public String getVideoUrl() {
        return videoUrl;
    }

    /** @return why the recording's links could not be had */
    public String getRecordingError() {
        return recordingError;
    }

    /** @return the call id */
    public String getId() {
        return id;
    }

    /** @param value the call id */
    public void setId(String value) {
        id = value;
    }

    /** @return the user to give access to */
    public io.calldeck.store.entity.UserEntity getGrantUser() {
        return grantUser;
    }

    /** @param value the user to give access to */
    public void setGrantUser(io.calldeck.store.entity.UserEntity value) {
        grantUser = value;
    }
}
