package io.calldeck.sync;

import io.calldeck.connector.model.CallContext;
import io.calldeck.connector.model.CallMetaData;
import io.calldeck.connector.model.CallTranscript;
import io.calldeck.connector.model.CrmObject;
import io.calldeck.connector.model.ExtensiveCall;
import io.calldeck.connector.model.GongUser;
import io.calldeck.connector.model.InteractionStat;
import io.calldeck.connector.model.KeyPoint;
import io.calldeck.connector.model.Party;
import io.calldeck.connector.model.PublicComment;
import io.calldeck.connector.model.Questions;
import io.calldeck.connector.model.Speaker;
import io.calldeck.connector.model.Topic;
import io.calldeck.connector.model.Tracker;
import io.calldeck.connector.model.Workspace;
import io.calldeck.store.CallParts;
import io.calldeck.store.CallWrite;
import io.calldeck.store.DirectoryUser;
import io.calldeck.store.TranscriptRows;
import io.calldeck.store.entity.CallEntity;
import io.calldeck.store.entity.CommentEntity;
import io.calldeck.store.entity.CrmObjectEntity;
import io.calldeck.store.entity.InteractionStatEntity;
import io.calldeck.store.entity.KeyPointEntity;
import io.calldeck.store.entity.PartyEntity;
import io.calldeck.store.entity.SpeakerEntity;
import io.calldeck.store.entity.TopicEntity;
import io.calldeck.store.entity.TrackerEntity;
import io.calldeck.store.entity.TranscriptSentenceEntity;
import io.calldeck.store.entity.WorkspaceEntity;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns Gong's answers into what the store writes (a call of {@code /v2/calls/extensive} into a {@link CallWrite},
 * directory users, workspaces, transcripts), and works out what the dashboard
 * sorts on: the host's own talk time (the speakers whose user is the call's primary user) and talk ratio.
 *
 * <p>Talk ratio is Gong's: the host's talk time divided by the talk time of every speaker on the call
 * ({@code interaction.speakers[].talkTime}, seconds), so silence and hold music do not lower it; it is what
 * Gong's own "Talk Ratio" interaction stat reports for the host, from 0 to 1. A call without speaker data, or
 * whose host is not among its speakers, has none.
 *
 * <p>Gong lists every tracker and topic of the company on every call; only the trackers mentioned (a count above 0)
 * and the topics discussed (a duration above 0 seconds) are kept.
 */
public final class CallMapper {

    /**
     * The version of the rows {@link #fill} makes, at the head of every {@link #contentHash}: raise it when the rows
     * made from the same call change (a column added, a part kept differently), and every stored call is written
     * again the next time the sync reads it, instead of keeping rows the new code would not make.
     */
    public static final int ROWS_FORMAT = 1;

    private CallMapper() {
    }

    /**
     * @param call a call of {@code /v2/calls/extensive}
     * @return the call as the store writes it; its rows are made only if the store finds the call changed
     */
    public static CallWrite write(ExtensiveCall call) {
        return new GongCall(call, contentHash(call));
    }

    /** A call of {@code /v2/calls/extensive} for the store. */
    private record GongCall(ExtensiveCall call, String contentHash) implements CallWrite {

        @Override
        public String id() {
            return call.metaData().id();
        }

        @Override
        public OffsetDateTime started() {
            return call.metaData().started();
        }

        @Override
        public String primaryUserId() {
            return call.metaData().primaryUserId();
        }

        @Override
        public List<InternalParty> internalParties() {
            return call.parties() == null ? List.of() : call.parties().stream()
                    .filter(p -> p.isInternal() && p.userId() != null && p.name() != null)
                    .map(p -> new InternalParty(p.userId(), p.name(), p.emailAddress(), p.title())).toList();
        }

        @Override
        public CallParts fill(CallEntity target) {
            return CallMapper.fill(target, call);
        }
    }

    /**
     * @param users users of Gong's directory ({@code /v2/users})
     * @return them as the store keeps them (a user without a name is named by their id; active unless Gong says
     *         {@code active: false})
     */
    public static List<DirectoryUser> users(List<GongUser> users) {
        return users.stream().map(u -> new DirectoryUser(u.id(), u.fullName() == null ? u.id() : u.fullName(),
                u.emailAddress(), u.title(), u.managerId(), !Boolean.FALSE.equals(u.active()))).toList();
    }

    /**
     * @param workspaces Gong's workspaces ({@code /v2/workspaces})
     * @return them as (unmanaged) entities
     */
    public static List<WorkspaceEntity> workspaces(List<Workspace> workspaces) {
        return workspaces.stream().map(w -> new WorkspaceEntity(w.id(), w.name())).toList();
    }

    /**
     * @param transcript a call's transcript ({@code /v2/calls/transcript})
     * @return its sentences as rows, in order
     */
    public static TranscriptRows transcript(CallTranscript transcript) {
        return new TranscriptRows(transcript.callId(), sentences(transcript));
    }

    /**
     * @param started a call's start time
     * @return the Monday (UTC) of its week
     */
    public static LocalDate weekOf(OffsetDateTime started) {
        return started.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * Writes a call's metadata and figures into an entity (new or already stored); not {@code syncedAt}, which the
     * store sets.
     *
     * @param target the entity to fill
     * @param source the call as Gong returned it
     * @return the rows of its parts
     */
    public static CallParts fill(CallEntity target, ExtensiveCall source) {
        CallMetaData m = source.metaData();
        String id = m.id();
        target.setUrl(m.url());
        target.setTitle(m.title());
        target.setScheduled(m.scheduled());
        target.setStarted(m.started());
        target.setStartedWeek(weekOf(m.started()));
        target.setDurationSeconds(m.duration() == null ? 0 : m.duration());
        target.setPrimaryUserId(m.primaryUserId());
        target.setDirection(m.direction());
        target.setSystem(m.system());
        target.setScope(m.scope());
        target.setMedia(m.media());
        target.setLanguage(m.language());
        target.setWorkspaceId(m.workspaceId());
        target.setSdrDisposition(m.sdrDisposition());
        target.setClientUniqueId(m.clientUniqueId());
        target.setCustomData(truncate(m.customData(), 4000));
        target.setPurpose(truncate(m.purpose(), 255));
        target.setMeetingUrl(truncate(m.meetingUrl(), 1000));
        target.setPrivate(Boolean.TRUE.equals(m.isPrivate()));
        target.setCalendarEventId(m.calendarEventId());

        List<Party> parties = source.parties() == null ? List.of() : source.parties();
        List<PartyEntity> partyRows = new ArrayList<>();
        List<CrmObjectEntity> crm = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            partyRows.add(new PartyEntity(id, i, p.id(), truncate(p.name(), 255), truncate(p.emailAddress(), 320),
                    truncate(p.title(), 255), p.userId(), p.speakerId(), p.affiliation(), truncate(p.phoneNumber(), 100),
                    p.methods() == null ? null : String.join(",", p.methods())));
            addCrm(crm, id, p.id(), p.context());
        }
        addCrm(crm, id, null, source.context());
        target.setRepName(parties.stream().filter(p -> m.primaryUserId() != null && m.primaryUserId().equals(p.userId()))
                .map(Party::name).findFirst().orElse(target.getRepName()));
        target.setPartyCount(parties.size());

        List<SpeakerEntity> speakerRows = new ArrayList<>();
        List<InteractionStatEntity> statRows = new ArrayList<>();
        Double repTalk = null;
        double allTalk = 0;
        if (source.interaction() != null) {
            List<Speaker> speakers = Optional.ofNullable(source.interaction().speakers()).orElse(List.of());
            for (int i = 0; i < speakers.size(); i++) {
                Speaker s = speakers.get(i);
                speakerRows.add(new SpeakerEntity(id, i, s.id(), s.userId(), s.talkTime()));
                if (s.talkTime() != null) {
                    allTalk += s.talkTime();
                }
                if (m.primaryUserId() != null && m.primaryUserId().equals(s.userId()) && s.talkTime() != null) {
                    repTalk = (repTalk == null ? 0 : repTalk) + s.talkTime();
                }
            }
            List<InteractionStat> stats = Optional.ofNullable(source.interaction().interactionStats()).orElse(List.of());
            for (int i = 0; i < stats.size(); i++) {
                statRows.add(new InteractionStatEntity(id, i, stats.get(i).name(), stats.get(i).value()));
            }
            target.setHostStats(stat(stats, InteractionStat.TALK_RATIO), stat(stats, InteractionStat.LONGEST_MONOLOGUE),
                    stat(stats, InteractionStat.LONGEST_CUSTOMER_STORY), stat(stats, InteractionStat.INTERACTIVITY),
                    stat(stats, InteractionStat.PATIENCE));
            Questions questions = source.interaction().questions();
            target.setQuestionsCompany(questions == null ? null : questions.companyCount());
            target.setQuestionsNonCompany(questions == null ? null : questions.nonCompanyCount());
        } else {
            target.setHostStats(null, null, null, null, null);
            target.setQuestionsCompany(null);
            target.setQuestionsNonCompany(null);
        }
        target.setRepTalkSeconds(repTalk);
        target.setTalkRatio(talkRatio(repTalk, allTalk));

        List<TopicEntity> topicRows = new ArrayList<>();
        List<TrackerEntity> trackerRows = new ArrayList<>();
        List<KeyPointEntity> keyPointRows = new ArrayList<>();
        if (source.content() != null) {
            List<Topic> topics = Optional.ofNullable(source.content().topics()).orElse(List.of());
            for (Topic topic : topics) { // Gong lists every topic; one of 0 seconds was not discussed
                if (topic.duration() == null || topic.duration() > 0) {
                    topicRows.add(new TopicEntity(id, topicRows.size(), truncate(topic.name(), 255), topic.duration()));
                }
            }
            List<Tracker> trackers = Optional.ofNullable(source.content().trackers()).orElse(List.of());
            for (Tracker t : trackers) { // Gong lists every tracker; a count of 0 means "not mentioned"
                if (t.count() == null || t.count() > 0) {
                    trackerRows.add(new TrackerEntity(id, trackerRows.size(), t.id(), truncate(t.name(), 255),
                            t.type(), t.count()));
                }
            }
            List<KeyPoint> keyPoints = Optional.ofNullable(source.content().keyPoints()).orElse(List.of());
            for (int i = 0; i < keyPoints.size(); i++) {
                keyPointRows.add(new KeyPointEntity(id, i, truncate(keyPoints.get(i).text(), 4000)));
            }
            target.setBrief(truncate(source.content().brief(), 20000));
            if (source.content().callOutcome() != null) {
                target.setOutcomeId(source.content().callOutcome().id());
                target.setOutcomeCategory(source.content().callOutcome().category());
                target.setOutcomeName(source.content().callOutcome().name());
            }
        }
        List<CommentEntity> commentRows = new ArrayList<>();
        if (source.collaboration() != null && source.collaboration().publicComments() != null) {
            List<PublicComment> comments = source.collaboration().publicComments();
            for (int i = 0; i < comments.size(); i++) {
                PublicComment c = comments.get(i);
                commentRows.add(new CommentEntity(id, i, c.id(), c.commenterUserId(), truncate(c.comment(), 10000),
                        c.audioStartTime(), c.audioEndTime(), c.posted(), c.inReplyTo(), c.duringCall()));
            }
        }
        target.setCommentCount(commentRows.size());
        return new CallParts(target, partyRows, speakerRows, statRows, topicRows, trackerRows, keyPointRows, commentRows,
                crm);
    }

    /**
     * What the store compares to tell a call read again from one that changed: the hash codes of the call's parts as
     * Gong sent them (metadata, CRM context, parties, content, interaction, collaboration), each over every value of
     * that part; not its {@code media}, whose recording URLs Gong signs anew on every read and the store does not
     * keep. A change is missed only when the changed part's 32-bit hash comes out equal by chance (about one change
     * in four billion), and a Java upgrade that changes how records hash makes every call look changed once.
     * Computed without building text: about 4 ms for a page of 100 calls on 2 cores, where a SHA-256 of its JSON
     * took 35.
     *
     * @param call a call of {@code /v2/calls/extensive}
     * @return {@link #ROWS_FORMAT}, a colon and 48 hex digits
     */
    public static String contentHash(ExtensiveCall call) {
        return ROWS_FORMAT + ":" + java.util.HexFormat.of().toHexDigits(Objects.hashCode(call.metaData()))
                + java.util.HexFormat.of().toHexDigits(Objects.hashCode(call.context()))
                + java.util.HexFormat.of().toHexDigits(Objects.hashCode(call.parties()))
                + java.util.HexFormat.of().toHexDigits(Objects.hashCode(call.content()))
                + java.util.HexFormat.of().toHexDigits(Objects.hashCode(call.interaction()))
                + java.util.HexFormat.of().toHexDigits(Objects.hashCode(call.collaboration()));
    }

    /**
     * Gong's talk ratio.
     *
     * @param hostTalkSeconds the host's talk time, seconds; {@code null} when the host is not among the speakers
     * @param allTalkSeconds  the talk time of every speaker on the call, seconds
     * @return {@code hostTalkSeconds / allTalkSeconds}, 0 to 1; {@code null} without speaker data
     */
    public static Double talkRatio(Double hostTalkSeconds, double allTalkSeconds) {
        if (hostTalkSeconds == null || allTalkSeconds <= 0) {
            return null;
        }
        return Math.min(1.0, hostTalkSeconds / allTalkSeconds);
    }

    private static void addCrm(List<CrmObjectEntity> rows, String callId, String partyId, List<CallContext> context) {
        if (context == null) {
            return;
        }
        for (CallContext c : context) {
            for (CrmObject o : c.objects() == null ? List.<CrmObject>of() : c.objects()) {
                rows.add(new CrmObjectEntity(callId, rows.size(), partyId, c.system(), o.objectType(),
                        truncate(o.objectId(), 100), o.timing()));
            }
        }
    }

    /**
     * @param transcript a call's transcript
     * @return its sentences as rows, in order
     */
    static List<TranscriptSentenceEntity> sentences(CallTranscript transcript) {
        List<TranscriptSentenceEntity> rows = new ArrayList<>();
        for (CallTranscript.Monologue monologue : transcript.transcript() == null
                ? List.<CallTranscript.Monologue>of() : transcript.transcript()) {
            for (CallTranscript.Sentence s : monologue.sentences() == null
                    ? List.<CallTranscript.Sentence>of() : monologue.sentences()) {
                rows.add(new TranscriptSentenceEntity(transcript.callId(), rows.size(), monologue.speakerId(),
                        truncate(monologue.topic(), 255), s.start() == null ? 0 : s.start(),
                        s.end() == null ? 0 : s.end(), truncate(s.text(), 4000)));
            }
        }
        return rows;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    /** The first value Gong sent for a stat of that name, or {@code null}: the host's stats name each stat once. */
    private static Double stat(List<InteractionStat> stats, String name) {
        return stats.stream().filter(s -> name.equals(s.name()) && s.value() != null).map(InteractionStat::value)
                .findFirst().orElse(null);
    }
}
