package io.calldeck.connector.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST /v2/calls} ({@code NewCallAddingRequest}): a call recorded elsewhere, to be added
 * to Gong. Either give a {@code downloadMediaUrl} or upload the recording afterwards with
 * {@code PUT /v2/calls/{id}/media}. Build one with {@link #builder(String, OffsetDateTime, String, CallDirection)}.
 *
 * @param clientUniqueId   required; the call's id in the recording system, 1 to 2048 characters. Gong refuses a
 *                         second call with the same value, which makes retrying an add safe
 * @param title            the call's title
 * @param purpose          up to 255 characters
 * @param scheduledStart   when the call was scheduled to begin
 * @param scheduledEnd     when the call was scheduled to end
 * @param actualStart      required; when the call started
 * @param duration         the call's length in <b>seconds</b> (may have a fraction)
 * @param parties          required, at least one; one of them must be the primary user
 * @param direction        required; {@code Inbound}, {@code Outbound}, {@code Conference} or {@code Unknown}
 * @param disposition      up to 255 characters
 * @param context          links of the call to external systems (Salesforce Account/Opportunity, Generic)
 * @param customData       free text metadata Gong keeps for troubleshooting
 * @param speakersTimeline who spoke when; excludes parties' {@code mediaChannelId}
 * @param meetingUrl       the web conference URL
 * @param callProviderCode the conferencing or telephony system as Gong codes it, e.g. {@code zoom}, {@code ringcentral}
 * @param downloadMediaUrl a unique URL Gong downloads the recording from (≤ 1.5 GB)
 * @param workspaceId      the workspace to put the call in; Gong chooses when absent
 * @param languageCode     the language to transcribe in, e.g. {@code en-US}; Gong detects it when absent
 * @param flowContext      the Engage flow task to associate the call with
 * @param primaryUser      required; the Gong <b>user id</b> (not email) of the team member who hosted the call
 */
public record NewCall(
        String clientUniqueId,
        String title,
        String purpose,
        OffsetDateTime scheduledStart,
        OffsetDateTime scheduledEnd,
        OffsetDateTime actualStart,
        Double duration,
        List<Party> parties,
        String direction,
        String disposition,
        List<UploadContext> context,
        String customData,
        SpeakersTimeline speakersTimeline,
        String meetingUrl,
        String callProviderCode,
        String downloadMediaUrl,
        String workspaceId,
        String languageCode,
        FlowContext flowContext,
        String primaryUser) {

    /**
     * A participant of the call to add ({@code CallParticipant}).
     *
     * @param phoneNumber    phone number, if available
     * @param emailAddress   email address, if available
     * @param name           name, if available
     * @param partyId        required when a {@code speakersTimeline} is given: how its segments refer to this party
     * @param mediaChannelId the rep's channel (0 left, 1 right) of a stereo recording; not with a {@code speakersTimeline}
     * @param context        links of the party to external systems (Salesforce Lead/Contact, Generic)
     * @param userId         the Gong user id, if the party is a Gong user
     */
    public record Party(String phoneNumber, String emailAddress, String name, String partyId, Integer mediaChannelId,
                        List<UploadContext> context, String userId) {

        /**
         * @param userId the Gong user id of a team member
         * @param name   their name
         * @return a party for a Gong user
         */
        public static Party user(String userId, String name) {
            return new Party(null, null, name, null, null, null, userId);
        }

        /**
         * @param name         the person's name
         * @param emailAddress their email address
         * @return a party for someone who is not a Gong user
         */
        public static Party external(String name, String emailAddress) {
            return new Party(null, emailAddress, name, null, null, null, null);
        }

        /**
         * @param id how speech segments refer to this party
         * @return this party with a {@code partyId}
         */
        public Party withPartyId(String id) {
            return new Party(phoneNumber, emailAddress, name, id, mediaChannelId, context, userId);
        }

        /**
         * @param channel 0 (left) or 1 (right)
         * @return this party with a {@code mediaChannelId}
         */
        public Party withMediaChannelId(Integer channel) {
            return new Party(phoneNumber, emailAddress, name, partyId, channel, context, userId);
        }
    }

    /**
     * A link to an external system ({@code CallUploadContext}, {@code PartyUploadContext}).
     *
     * @param system  required; {@code Salesforce}, {@code HubSpot}, {@code MicrosoftDynamic} or {@code Generic}
     *                (Gong supports only Salesforce and Generic today)
     * @param objects the objects in that system
     */
    public record UploadContext(String system, List<UploadObject> objects) {
    }

    /**
     * An object in an external system ({@code ExternalCrmCallObject}, {@code ExternalCrmPartyObject}).
     *
     * @param objectType required; for calls {@code Opportunity} or {@code Account}, for parties {@code Lead} or {@code Contact}
     * @param objectId   required; the object's id (Salesforce ids in either case format)
     * @param fields     object fields (Gong: "intended for future use")
     */
    public record UploadObject(String objectType, String objectId, List<CrmField> fields) {
    }

    /**
     * Who spoke when ({@code SpeakersTimeline}).
     *
     * @param precise        whether the segments match the media within 100 ms
     * @param speechSegments the segments; overlapping segments are allowed
     */
    public record SpeakersTimeline(Boolean precise, List<SpeechSegment> speechSegments) {
    }

    /**
     * One speech segment ({@code SpeechSegment}).
     *
     * @param fromTime start, <b>milliseconds</b> from the start of the call
     * @param toTime   end, <b>milliseconds</b> from the start of the call
     * @param partyIds the speaking parties' {@code partyId}s
     */
    public record SpeechSegment(Integer fromTime, Integer toTime, List<String> partyIds) {
    }

    /**
     * {@code FlowContext}.
     *
     * @param taskId the task identifier
     */
    public record FlowContext(String taskId) {
    }

    /**
     * Starts a new call with the fields Gong requires; parties are added with {@link Builder#party(Party)}.
     *
     * @param clientUniqueId the call's id in the recording system (1 to 2048 characters)
     * @param actualStart    when the call started
     * @param primaryUser    Gong user id of the host
     * @param direction      the call's direction
     * @return a builder
     */
    public static Builder builder(String clientUniqueId, OffsetDateTime actualStart, String primaryUser,
                                  CallDirection direction) {
        return new Builder(clientUniqueId, actualStart, primaryUser, direction);
    }

    /** Builds a {@link NewCall}. */
    public static final class Builder {
        private final String clientUniqueId;
        private final OffsetDateTime actualStart;
        private final String primaryUser;
        private final CallDirection direction;
        private String title;
        private String purpose;
        private OffsetDateTime scheduledStart;
        private OffsetDateTime scheduledEnd;
        private Double duration;
        private final List<Party> parties = new ArrayList<>();
        private String disposition;
        private final List<UploadContext> context = new ArrayList<>();
        private String customData;
        private SpeakersTimeline speakersTimeline;
        private String meetingUrl;
        private String callProviderCode;
        private String downloadMediaUrl;
        private String workspaceId;
        private String languageCode;
        private FlowContext flowContext;

        private Builder(String clientUniqueId, OffsetDateTime actualStart, String primaryUser, CallDirection direction) {
            this.clientUniqueId = clientUniqueId;
            this.actualStart = actualStart;
            this.primaryUser = primaryUser;
            this.direction = direction;
        }

        /**
         * @param value the title
         * @return this builder
         */
        public Builder title(String value) {
            title = value;
            return this;
        }

        /**
         * @param value the purpose (≤ 255 characters)
         * @return this builder
         */
        public Builder purpose(String value) {
            purpose = value;
            return this;
        }

        /**
         * @param start scheduled start
         * @param end   scheduled end
         * @return this builder
         */
        public Builder scheduled(Instant start, Instant end) {
            scheduledStart = start == null ? null : start.atOffset(ZoneOffset.UTC);
            scheduledEnd = end == null ? null : end.atOffset(ZoneOffset.UTC);
            return this;
        }

        /**
         * @param seconds the call's length in seconds
         * @return this builder
         */
        public Builder duration(double seconds) {
            duration = seconds;
            return this;
        }

        /**
         * @param party a participant
         * @return this builder
         */
        public Builder party(Party party) {
            parties.add(party);
            return this;
        }

        /**
         * @param value the disposition (≤ 255 characters)
         * @return this builder
         */
        public Builder disposition(String value) {
            disposition = value;
            return this;
        }

        /**
         * @param value a link of the call to an external system
         * @return this builder
         */
        public Builder context(UploadContext value) {
            context.add(value);
            return this;
        }

        /**
         * @param value free text metadata
         * @return this builder
         */
        public Builder customData(String value) {
            customData = value;
            return this;
        }

        /**
         * @param value who spoke when (excludes parties' media channels)
         * @return this builder
         */
        public Builder speakersTimeline(SpeakersTimeline value) {
            speakersTimeline = value;
            return this;
        }

        /**
         * @param value the web conference URL
         * @return this builder
         */
        public Builder meetingUrl(String value) {
            meetingUrl = value;
            return this;
        }

        /**
         * @param value Gong's code of the conferencing or telephony system
         * @return this builder
         */
        public Builder callProviderCode(String value) {
            callProviderCode = value;
            return this;
        }

        /**
         * @param value a unique URL Gong downloads the recording from
         * @return this builder
         */
        public Builder downloadMediaUrl(String value) {
            downloadMediaUrl = value;
            return this;
        }

        /**
         * @param value the workspace id
         * @return this builder
         */
        public Builder workspaceId(String value) {
            workspaceId = value;
            return this;
        }

        /**
         * @param value the transcription language, e.g. {@code en-US}
         * @return this builder
         */
        public Builder languageCode(String value) {
            languageCode = value;
            return this;
        }

        /**
         * @param taskId the flow task id
         * @return this builder
         */
        public Builder flowTask(String taskId) {
            flowContext = new FlowContext(taskId);
            return this;
        }

        /** @return the request; validated when it is sent */
        public NewCall build() {
            return new NewCall(clientUniqueId, title, purpose, scheduledStart, scheduledEnd, actualStart, duration,
                    List.copyOf(parties), direction == null ? null : direction.gongValue(), disposition,
                    context.isEmpty() ? null : List.copyOf(context), customData, speakersTimeline, meetingUrl,
                    callProviderCode, downloadMediaUrl, workspaceId, languageCode, flowContext, primaryUser);
        }
    }
}
