package io.calldeck.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A Gong call as CallDeck keeps it: the metadata of {@code /v2/calls/extensive} plus the figures the
 * dashboard filters and sorts on (the host's talk time and ratio, party and comment counts), so that its
 * pages are answered from one table. Its parts (parties, speakers, topics, …) are rows of their own, keyed by
 * call id and position.
 */
@Entity
@Table(name = "gong_call")
public class CallEntity implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private String id;
    @Column(name = "url")
    private String url;
    @Column(name = "title")
    private String title;
    @Column(name = "scheduled")
    private OffsetDateTime scheduled;
    @Column(name = "started")
    private OffsetDateTime started;
    @Column(name = "started_week")
    private LocalDate startedWeek;
    @Column(name = "duration_seconds")
    private long durationSeconds;
    @Column(name = "primary_user_id")
    private String primaryUserId;
    @Column(name = "rep_name")
    private String repName;
    @Column(name = "direction")
    private String direction;
    @Column(name = "call_system")
    private String system;
    @Column(name = "scope")
    private String scope;
    @Column(name = "media")
    private String media;
    @Column(name = "language")
    private String language;
    @Column(name = "workspace_id")
    private String workspaceId;
    @Column(name = "sdr_disposition")
    private String sdrDisposition;
    @Column(name = "client_unique_id")
    private String clientUniqueId;
    @Column(name = "custom_data")
    private String customData;
    @Column(name = "purpose")
    private String purpose;
    @Column(name = "meeting_url")
    private String meetingUrl;
    @Column(name = "is_private")
    private boolean isPrivate;
    @Column(name = "calendar_event_id")
    private String calendarEventId;
    @Column(name = "brief")
    private String brief;
    @Column(name = "outcome_id")
    private String outcomeId;
    @Column(name = "outcome_category")
    private String outcomeCategory;
    @Column(name = "outcome_name")
    private String outcomeName;
    @Column(name = "questions_company")
    private Integer questionsCompany;
    @Column(name = "questions_non_company")
    private Integer questionsNonCompany;
    @Column(name = "rep_talk_seconds")
    private Double repTalkSeconds;
    @Column(name = "talk_ratio")
    private Double talkRatio;
    @Column(name = "host_talk_ratio")
    private Double hostTalkRatio;
    @Column(name = "host_longest_monologue_seconds")
    private Double hostLongestMonologueSeconds;
    @Column(name = "host_longest_customer_story_seconds")
    private Double hostLongestCustomerStorySeconds;
    @Column(name = "host_interactivity")
    private Double hostInteractivity;
    @Column(name = "host_patience_seconds")
    private Double hostPatienceSeconds;
    @Column(name = "party_count")
    private int partyCount;
    @Column(name = "comment_count")
    private int commentCount;
    @Column(name = "synced_at")
    private OffsetDateTime syncedAt;
    @Column(name = "transcript_fetched_at")
    private OffsetDateTime transcriptFetchedAt;
    @Column(name = "content_hash")
    private String contentHash;

    /** For JPA. */
    protected CallEntity() {
    }

    /** @param id Gong call id */
    public CallEntity(String id) {
        this.id = id;
    }

    /** @return Gong call id */
    public String getId() {
        return id;
    }

    /** @return the call's page in Gong */
    public String getUrl() {
        return url;
    }

    /** @param value the call's page in Gong */
    public void setUrl(String value) {
        this.url = value;
    }

    /** @return the call's title (Gong text: escape it) */
    public String getTitle() {
        return title;
    }

    /** @param value the call's title (Gong text: escape it) */
    public void setTitle(String value) {
        this.title = value;
    }

    /** @return scheduled start */
    public OffsetDateTime getScheduled() {
        return scheduled;
    }

    /** @param value scheduled start */
    public void setScheduled(OffsetDateTime value) {
        this.scheduled = value;
    }

    /** @return start time; Gong's filters apply to it */
    public OffsetDateTime getStarted() {
        return started;
    }

    /** @param value start time; Gong's filters apply to it */
    public void setStarted(OffsetDateTime value) {
        this.started = value;
    }

    /** @return Monday (UTC) of the start's week, for weekly trends */
    public LocalDate getStartedWeek() {
        return startedWeek;
    }

    /** @param value Monday (UTC) of the start's week, for weekly trends */
    public void setStartedWeek(LocalDate value) {
        this.startedWeek = value;
    }

    /** @return length in seconds */
    public long getDurationSeconds() {
        return durationSeconds;
    }

    /** @param value length in seconds */
    public void setDurationSeconds(long value) {
        this.durationSeconds = value;
    }

    /** @return the host (rep) */
    public String getPrimaryUserId() {
        return primaryUserId;
    }

    /** @param value the host (rep) */
    public void setPrimaryUserId(String value) {
        this.primaryUserId = value;
    }

    /** @return the host's name */
    public String getRepName() {
        return repName;
    }

    /** @param value the host's name */
    public void setRepName(String value) {
        this.repName = value;
    }

    /** @return Inbound, Outbound, Conference, Unknown */
    public String getDirection() {
        return direction;
    }

    /** @param value Inbound, Outbound, Conference, Unknown */
    public void setDirection(String value) {
        this.direction = value;
    }

    /** @return Zoom, Outreach, … */
    public String getSystem() {
        return system;
    }

    /** @param value Zoom, Outreach, … */
    public void setSystem(String value) {
        this.system = value;
    }

    /** @return Internal, External, Unknown */
    public String getScope() {
        return scope;
    }

    /** @param value Internal, External, Unknown */
    public void setScope(String value) {
        this.scope = value;
    }

    /** @return Video or Audio */
    public String getMedia() {
        return media;
    }

    /** @param value Video or Audio */
    public void setMedia(String value) {
        this.media = value;
    }

    /** @return ISO-639-2B language */
    public String getLanguage() {
        return language;
    }

    /** @param value ISO-639-2B language */
    public void setLanguage(String value) {
        this.language = value;
    }

    /** @return workspace */
    public String getWorkspaceId() {
        return workspaceId;
    }

    /** @param value workspace */
    public void setWorkspaceId(String value) {
        this.workspaceId = value;
    }

    /** @return SDR disposition */
    public String getSdrDisposition() {
        return sdrDisposition;
    }

    /** @param value SDR disposition */
    public void setSdrDisposition(String value) {
        this.sdrDisposition = value;
    }

    /** @return id in the recording system */
    public String getClientUniqueId() {
        return clientUniqueId;
    }

    /** @param value id in the recording system */
    public void setClientUniqueId(String value) {
        this.clientUniqueId = value;
    }

    /** @return custom data given when added */
    public String getCustomData() {
        return customData;
    }

    /** @param value custom data given when added */
    public void setCustomData(String value) {
        this.customData = value;
    }

    /** @return purpose */
    public String getPurpose() {
        return purpose;
    }

    /** @param value purpose */
    public void setPurpose(String value) {
        this.purpose = value;
    }

    /** @return web conference URL */
    public String getMeetingUrl() {
        return meetingUrl;
    }

    /** @param value web conference URL */
    public void setMeetingUrl(String value) {
        this.meetingUrl = value;
    }

    /** @return whether the call is private */
    public boolean isPrivate() {
        return isPrivate;
    }

    /** @param value whether the call is private */
    public void setPrivate(boolean value) {
        this.isPrivate = value;
    }

    /** @return calendar event */
    public String getCalendarEventId() {
        return calendarEventId;
    }

    /** @param value calendar event */
    public void setCalendarEventId(String value) {
        this.calendarEventId = value;
    }

    /** @return Gong's call brief */
    public String getBrief() {
        return brief;
    }

    /** @param value Gong's call brief */
    public void setBrief(String value) {
        this.brief = value;
    }

    /** @return call outcome id */
    public String getOutcomeId() {
        return outcomeId;
    }

    /** @param value call outcome id */
    public void setOutcomeId(String value) {
        this.outcomeId = value;
    }

    /** @return call outcome category */
    public String getOutcomeCategory() {
        return outcomeCategory;
    }

    /** @param value call outcome category */
    public void setOutcomeCategory(String value) {
        this.outcomeCategory = value;
    }

    /** @return call outcome name */
    public String getOutcomeName() {
        return outcomeName;
    }

    /** @param value call outcome name */
    public void setOutcomeName(String value) {
        this.outcomeName = value;
    }

    /** @return questions asked by company speakers */
    public Integer getQuestionsCompany() {
        return questionsCompany;
    }

    /** @param value questions asked by company speakers */
    public void setQuestionsCompany(Integer value) {
        this.questionsCompany = value;
    }

    /** @return questions asked by others */
    public Integer getQuestionsNonCompany() {
        return questionsNonCompany;
    }

    /** @param value questions asked by others */
    public void setQuestionsNonCompany(Integer value) {
        this.questionsNonCompany = value;
    }

    /** @return the host's own talk time, seconds */
    public Double getRepTalkSeconds() {
        return repTalkSeconds;
    }

    /** @param value the host's own talk time, seconds */
    public void setRepTalkSeconds(Double value) {
        this.repTalkSeconds = value;
    }

    /** @return the host's talk time divided by the call's duration (0 to 1) */
    public Double getTalkRatio() {
        return talkRatio;
    }

    /** @param value the host's talk time divided by the call's duration (0 to 1) */
    public void setTalkRatio(Double value) {
        this.talkRatio = value;
    }

    /**
     * The host's interaction stats as Gong sent them ({@code interaction.interactionStats[]}, requested with
     * {@code personInteractionStats}); each {@code null} when Gong sent no such stat.
     *
     * @param talkRatio              {@code Talk Ratio}: the host's share of the talk, 0 to 1
     * @param longestMonologue       {@code Longest Monologue}: seconds
     * @param longestCustomerStory   {@code Longest Customer Story}: seconds
     * @param interactivity          {@code Interactivity}: Gong's score, 0 to 10
     * @param patience               {@code Patience}: the host's mean pause before answering, seconds
     */
    public void setHostStats(Double talkRatio, Double longestMonologue, Double longestCustomerStory,
                             Double interactivity, Double patience) {
        this.hostTalkRatio = talkRatio;
        this.hostLongestMonologueSeconds = longestMonologue;
        this.hostLongestCustomerStorySeconds = longestCustomerStory;
        this.hostInteractivity = interactivity;
        this.hostPatienceSeconds = patience;
    }

    /** @return Gong's {@code Talk Ratio} stat for the host, 0 to 1, or {@code null} */
    public Double getHostTalkRatio() {
        return hostTalkRatio;
    }

    /** @return Gong's {@code Longest Monologue} stat for the host, seconds, or {@code null} */
    public Double getHostLongestMonologueSeconds() {
        return hostLongestMonologueSeconds;
    }

    /** @return Gong's {@code Longest Customer Story} stat, seconds, or {@code null} */
    public Double getHostLongestCustomerStorySeconds() {
        return hostLongestCustomerStorySeconds;
    }

    /** @return Gong's {@code Interactivity} stat for the host, 0 to 10, or {@code null} */
    public Double getHostInteractivity() {
        return hostInteractivity;
    }

    /** @return Gong's {@code Patience} stat for the host, seconds, or {@code null} */
    public Double getHostPatienceSeconds() {
        return hostPatienceSeconds;
    }

    /** @return how many parties the call had */
    public int getPartyCount() {
        return partyCount;
    }

    /** @param value how many parties the call had */
    public void setPartyCount(int value) {
        this.partyCount = value;
    }

    /** @return how many public comments it has */
    public int getCommentCount() {
        return commentCount;
    }

    /** @param value how many public comments it has */
    public void setCommentCount(int value) {
        this.commentCount = value;
    }

    /** @return when the sync last wrote it */
    public OffsetDateTime getSyncedAt() {
        return syncedAt;
    }

    /** @param value when the sync last wrote it */
    public void setSyncedAt(OffsetDateTime value) {
        this.syncedAt = value;
    }

    /** @return when its transcript was fetched, or null */
    public OffsetDateTime getTranscriptFetchedAt() {
        return transcriptFetchedAt;
    }

    /** @param value when its transcript was fetched, or null */
    public void setTranscriptFetchedAt(OffsetDateTime value) {
        this.transcriptFetchedAt = value;
    }

    /** @return the call's content hash when the sync last stored it ({@link io.calldeck.store.CallWrite#contentHash}); {@code null} before */
    public String getContentHash() {
        return contentHash;
    }

    /** @param value the call's content hash as the sync stores it now ({@link io.calldeck.store.CallWrite#contentHash}) */
    public void setContentHash(String value) {
        this.contentHash = value;
    }
}
