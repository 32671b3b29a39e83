package io.calldeck.connector.internal;

import io.calldeck.connector.exception.GongValidationException;
import io.calldeck.connector.model.CallUsersAccess;
import io.calldeck.connector.model.CallsFilter;
import io.calldeck.connector.model.ContentSelector;
import io.calldeck.connector.model.ContextLevel;
import io.calldeck.connector.model.NewCall;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks requests against the rules in Gong's documentation before anything is sent, and names the offending
 * field (as a JSON path of Gong's request) in a {@link GongValidationException}.
 */
public final class RequestValidator {

    /** Gong's largest accepted recording: 1.5 GB. */
    public static final long MAX_MEDIA_BYTES = 1536L * 1024 * 1024;
    /** The recording formats Gong accepts, by file extension. */
    public static final Set<String> MEDIA_EXTENSIONS = Set.of("wav", "mp3", "mp4", "mkv", "flac");

    private static final Pattern GONG_ID = Pattern.compile("\\d{1,20}");
    private static final Set<String> DIRECTIONS = Set.of("Inbound", "Outbound", "Conference", "Unknown");
    private static final Set<String> CONTEXT_LEVELS = Set.of("None", "Basic", "Extended");
    private static final Set<String> CONTEXT_TIMINGS = Set.of("Now", "TimeOfCall");

    private RequestValidator() {
    }

    /**
     * @param field the field's name
     * @param id    a Gong id (call, user, workspace)
     * @throws GongValidationException unless {@code id} is 1 to 20 digits
     */
    public static void id(String field, String id) {
        if (id == null || !GONG_ID.matcher(id).matches()) {
            throw new GongValidationException(field, "must be a Gong id of 1 to 20 digits, got: " + quote(id));
        }
    }

    /**
     * @param field the list's name
     * @param ids   Gong ids
     * @throws GongValidationException when the list is empty or an element is not 1 to 20 digits
     */
    public static void ids(String field, List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new GongValidationException(field, "must not be empty");
        }
        for (int i = 0; i < ids.size(); i++) {
            id(field + "[" + i + "]", ids.get(i));
        }
    }

    /**
     * Checks a filter of {@code /v2/calls/extensive} or {@code /v2/calls/transcript}.
     *
     * @param filter              the filter
     * @param allowPrimaryUserIds whether the endpoint has a {@code primaryUserIds} filter (extensive only)
     */
    public static void filter(CallsFilter filter, boolean allowPrimaryUserIds) {
        if (filter == null) {
            throw new GongValidationException("filter", "is required");
        }
        if (filter.fromDateTime() != null && filter.toDateTime() != null
                && !filter.fromDateTime().isBefore(filter.toDateTime())) {
            throw new GongValidationException("filter.fromDateTime", "must be before filter.toDateTime ("
                    + filter.fromDateTime() + " is not before " + filter.toDateTime() + ")");
        }
        if (filter.workspaceId() != null) {
            id("filter.workspaceId", filter.workspaceId());
        }
        if (filter.callIds() != null) {
            ids("filter.callIds", filter.callIds());
        }
        if (filter.primaryUserIds() != null) {
            if (!allowPrimaryUserIds) {
                throw new GongValidationException("filter.primaryUserIds", "is not a filter of this endpoint");
            }
            ids("filter.primaryUserIds", filter.primaryUserIds());
        }
    }

    /**
     * Checks the date range of {@code GET /v2/calls}, where both ends are required.
     *
     * @param filter the filter; only dates and workspace may be set
     */
    public static void listFilter(CallsFilter filter) {
        if (filter == null || filter.fromDateTime() == null) {
            throw new GongValidationException("fromDateTime", "is required by GET /v2/calls");
        }
        if (filter.toDateTime() == null) {
            throw new GongValidationException("toDateTime", "is required by GET /v2/calls");
        }
        if (filter.callIds() != null) {
            throw new GongValidationException("callIds", "is not a filter of GET /v2/calls; use /v2/calls/extensive");
        }
        if (filter.primaryUserIds() != null) {
            throw new GongValidationException("primaryUserIds",
                    "is not a filter of GET /v2/calls; use /v2/calls/extensive");
        }
        filter(filter, false);
    }

    /**
     * @param selector the content selector, may be {@code null}
     */
    public static void contentSelector(ContentSelector selector) {
        if (selector == null) {
            return;
        }
        if (selector.context() != null && !CONTEXT_LEVELS.contains(selector.context())) {
            throw new GongValidationException("contentSelector.context",
                    "must be None, Basic or Extended, got: " + quote(selector.context()));
        }
        if (selector.contextTiming() != null) {
            if (!ContextLevel.EXTENDED.gongValue().equals(selector.context())) {
                throw new GongValidationException("contentSelector.contextTiming",
                        "may be given only with contentSelector.context Extended");
            }
            for (String timing : selector.contextTiming()) {
                if (!CONTEXT_TIMINGS.contains(timing)) {
                    throw new GongValidationException("contentSelector.contextTiming",
                            "values must be Now or TimeOfCall, got: " + quote(timing));
                }
            }
        }
        ContentSelector.ExposedFields fields = selector.exposedFields();
        if (fields != null && fields.content() != null
                && Boolean.TRUE.equals(fields.content().trackerOccurrences())
                && !Boolean.TRUE.equals(fields.content().trackers())) {
            throw new GongValidationException("contentSelector.exposedFields.content.trackerOccurrences",
                    "needs contentSelector.exposedFields.content.trackers");
        }
    }

    /**
     * Checks {@code POST /v2/calls}.
     *
     * @param call the new call
     */
    public static void newCall(NewCall call) {
        if (call == null) {
            throw new GongValidationException("call", "is required");
        }
        String uniqueId = call.clientUniqueId();
        if (uniqueId == null || uniqueId.isEmpty() || uniqueId.length() > 2048) {
            throw new GongValidationException("clientUniqueId", "must be 1 to 2048 characters, got "
                    + (uniqueId == null ? "none" : uniqueId.length() + " characters"));
        }
        if (call.actualStart() == null) {
            throw new GongValidationException("actualStart", "is required");
        }
        if (call.direction() == null || !DIRECTIONS.contains(call.direction())) {
            throw new GongValidationException("direction",
                    "must be one of Inbound, Outbound, Conference, Unknown, got: " + quote(call.direction()));
        }
        id("primaryUser", call.primaryUser());
        maxLength("purpose", call.purpose(), 255);
        maxLength("disposition", call.disposition(), 255);
        if (call.duration() != null && (call.duration() < 0 || call.duration().isNaN())) {
            throw new GongValidationException("duration", "must be zero or more seconds, got: " + call.duration());
        }
        if (call.scheduledStart() != null && call.scheduledEnd() != null
                && call.scheduledEnd().isBefore(call.scheduledStart())) {
            throw new GongValidationException("scheduledEnd", "must not be before scheduledStart");
        }
        if (call.workspaceId() != null) {
            id("workspaceId", call.workspaceId());
        }
        parties(call);
        speakersTimeline(call);
    }

    private static void parties(NewCall call) {
        List<NewCall.Party> parties = call.parties();
        if (parties == null || parties.isEmpty()) {
            throw new GongValidationException("parties", "must list at least one party, including the primary user");
        }
        boolean primaryUserPresent = false;
        Set<String> partyIds = new HashSet<>();
        for (int i = 0; i < parties.size(); i++) {
            NewCall.Party party = parties.get(i);
            String field = "parties[" + i + "]";
            if (party == null) {
                throw new GongValidationException(field, "must not be null");
            }
            if (party.userId() != null) {
                id(field + ".userId", party.userId());
                primaryUserPresent |= party.userId().equals(call.primaryUser());
            }
            Integer channel = party.mediaChannelId();
            if (channel != null) {
                if (channel != 0 && channel != 1) {
                    throw new GongValidationException(field + ".mediaChannelId", "must be 0 or 1, got: " + channel);
                }
                if (call.speakersTimeline() != null) {
                    throw new GongValidationException(field + ".mediaChannelId",
                            "must not be given together with speakersTimeline");
                }
            }
            if (party.partyId() != null && !partyIds.add(party.partyId())) {
                throw new GongValidationException(field + ".partyId", "repeats partyId " + quote(party.partyId()));
            }
            uploadContext(field + ".context", party.context());
        }
        if (!primaryUserPresent) {
            throw new GongValidationException("parties",
                    "must include a party whose userId is the primaryUser " + quote(call.primaryUser()));
        }
        uploadContext("context", call.context());
    }

    private static void uploadContext(String field, List<NewCall.UploadContext> contexts) {
        if (contexts == null) {
            return;
        }
        for (int i = 0; i < contexts.size(); i++) {
            NewCall.UploadContext context = contexts.get(i);
            if (context == null || context.system() == null || context.system().isBlank()) {
                throw new GongValidationException(field + "[" + i + "].system", "is required");
            }
            List<NewCall.UploadObject> objects = context.objects() == null ? List.of() : context.objects();
            for (int j = 0; j < objects.size(); j++) {
                NewCall.UploadObject object = objects.get(j);
                String objectField = field + "[" + i + "].objects[" + j + "]";
                if (object == null || object.objectType() == null || object.objectType().isBlank()) {
                    throw new GongValidationException(objectField + ".objectType", "is required");
                }
                if (object.objectId() == null || object.objectId().isBlank()) {
                    throw new GongValidationException(objectField + ".objectId", "is required");
                }
            }
        }
    }

    private static void speakersTimeline(NewCall call) {
        NewCall.SpeakersTimeline timeline = call.speakersTimeline();
        if (timeline == null) {
            return;
        }
        Set<String> partyIds = new HashSet<>();
        call.parties().stream().map(NewCall.Party::partyId).filter(id -> id != null).forEach(partyIds::add);
        List<NewCall.SpeechSegment> segments = timeline.speechSegments() == null ? List.of() : timeline.speechSegments();
        for (int i = 0; i < segments.size(); i++) {
            NewCall.SpeechSegment segment = segments.get(i);
            String field = "speakersTimeline.speechSegments[" + i + "]";
            if (segment == null || segment.fromTime() == null || segment.toTime() == null) {
                throw new GongValidationException(field, "needs fromTime and toTime (milliseconds)");
            }
            if (segment.fromTime() < 0) {
                throw new GongValidationException(field + ".fromTime", "must not be negative");
            }
            if (segment.fromTime() > segment.toTime()) {
                throw new GongValidationException(field + ".fromTime",
                        "must not be after toTime (" + segment.fromTime() + " > " + segment.toTime() + " ms)");
            }
            if (segment.partyIds() == null || segment.partyIds().isEmpty()) {
                throw new GongValidationException(field + ".partyIds", "must name at least one party");
            }
            for (int j = 0; j < segment.partyIds().size(); j++) {
                if (!partyIds.contains(segment.partyIds().get(j))) {
                    throw new GongValidationException(field + ".partyIds[" + j + "]", "refers to "
                            + quote(segment.partyIds().get(j)) + ", which is no party's partyId");
                }
            }
        }
    }

    /**
     * Checks the calls and users of a give or remove call access request.
     *
     * @param callAccessList per call, the users
     */
    public static void callAccessList(List<CallUsersAccess> callAccessList) {
        if (callAccessList == null || callAccessList.isEmpty()) {
            throw new GongValidationException("callAccessList", "must not be empty");
        }
        for (int i = 0; i < callAccessList.size(); i++) {
            CallUsersAccess entry = callAccessList.get(i);
            if (entry == null) {
                throw new GongValidationException("callAccessList[" + i + "]", "must not be null");
            }
            id("callAccessList[" + i + "].callId", entry.callId());
            ids("callAccessList[" + i + "].userIds", entry.userIds());
        }
    }

    /**
     * Checks a recording's name and size before upload.
     *
     * @param fileName the file's name; its extension picks the format
     * @param size     its size in bytes, or -1 when unknown (checked while streaming)
     * @return the lower-case extension
     */
    public static String mediaFile(String fileName, long size) {
        String extension = extension(fileName);
        if (!MEDIA_EXTENSIONS.contains(extension)) {
            throw new GongValidationException("mediaFile",
                    "must be a WAV, MP3, MP4, MKV or FLAC file, got: " + quote(fileName));
        }
        if (size > MAX_MEDIA_BYTES) {
            throw new GongValidationException("mediaFile", "must be at most 1.5 GB (" + MAX_MEDIA_BYTES
                    + " bytes), got " + size + " bytes");
        }
        if (size == 0) {
            throw new GongValidationException("mediaFile", "is empty");
        }
        return extension;
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new GongValidationException(field, "must be at most " + max + " characters, got " + value.length());
        }
    }

    private static String quote(String value) {
        if (value == null) {
            return "null";
        }
        String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        return "\"" + shown + "\"";
    }
}
