package io.calldeck.sandbox.api;

import io.calldeck.connector.model.CallAccessChange;
import io.calldeck.connector.model.CallAccessList;
import io.calldeck.connector.model.CallAccessQuery;
import io.calldeck.connector.model.CallUsersAccess;
import io.calldeck.connector.model.CallsFilter;
import io.calldeck.connector.model.CallsPage;
import io.calldeck.connector.model.ContentSelector;
import io.calldeck.connector.model.ExtensiveCallsPage;
import io.calldeck.connector.model.ExtensiveCallsRequest;
import io.calldeck.connector.model.GongResponse;
import io.calldeck.connector.model.ManualCrmAssociation;
import io.calldeck.connector.model.ManualCrmAssociationsPage;
import io.calldeck.connector.model.MediaUploadResponse;
import io.calldeck.connector.model.NewCall;
import io.calldeck.connector.model.NewCallResponse;
import io.calldeck.connector.model.SpecificCall;
import io.calldeck.connector.model.TranscriptsPage;
import io.calldeck.connector.model.TranscriptsRequest;
import io.calldeck.connector.GongScope;
import io.calldeck.sandbox.Sandbox;
import io.calldeck.sandbox.data.SandboxCall;
import io.calldeck.sandbox.data.SandboxData;
import io.calldeck.store.GongIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;

/**
 * The sandbox's {@code /v2/calls…} endpoints, answering as Gong's documentation describes: filters on start time
 * ({@code fromDateTime} inclusive, {@code toDateTime} exclusive), oldest first, 100 a page, the "no calls found"
 * 404, Gong's 400s, the content selector, added calls, streamed media uploads and API-granted call access.
 */
@ApplicationScoped
@Path("v2/calls")
@Produces(MediaType.APPLICATION_JSON)
public class GongCallsSandboxResource {

    private static final Pattern GONG_ID = GongIds.PATTERN;
    private static final Set<String> DIRECTIONS = Set.of("Inbound", "Outbound", "Conference", "Unknown");
    private static final Set<String> MEDIA_EXTENSIONS = Set.of("wav", "mp3", "mp4", "mkv", "flac");
    private static final long MAX_MEDIA_BYTES = 1536L * 1024 * 1024;
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    Sandbox sandbox;

    @Inject
    Paging paging;

    private SandboxData data() {
        return sandbox.data();
    }

    /**
     * {@code GET /v2/calls}.
     *
     * @param from        ISO-8601, inclusive
     * @param to          ISO-8601, exclusive
     * @param workspaceId optional workspace
     * @param cursor      optional cursor
     * @return {@code CallsResponse}
     */
    @GET
    public CallsPage list(@QueryParam("fromDateTime") String from, @QueryParam("toDateTime") String to,
                          @QueryParam("workspaceId") String workspaceId, @QueryParam("cursor") String cursor) {
        CallsFilter filter = CallsFilter.builder().from(time("fromDateTime", from)).to(time("toDateTime", to))
                .workspaceId(workspaceId).build();
        checkFilter(filter, false);
        Paging.Slice<SandboxCall> slice = nonEmpty(filter, cursor, "GET /v2/calls");
        return new CallsPage(sandbox.requestId(), slice.records(),
                slice.items().stream().map(call -> data().render(call).metaData()).toList());
    }

    /**
     * {@code GET /v2/calls/{id}}.
     *
     * @param id the call id
     * @return {@code SpecificCall}
     */
    @GET
    @Path("{id}")
    public SpecificCall get(@PathParam("id") String id) {
        if (!GONG_ID.matcher(id).matches()) {
            throw GongApiException.badRequest("Call ID " + id + " is not a valid call id");
        }
        SandboxCall call = data().byId(id)
                .orElseThrow(() -> new GongApiException(404, "Call ID " + id + " was not found"));
        return new SpecificCall(sandbox.requestId(), data().render(call).metaData());
    }

    /**
     * {@code POST /v2/calls}. A repeated {@code clientUniqueId} returns the call it created first.
     *
     * @param call the new call
     * @return {@code NewCallAddingResponse}
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public NewCallResponse add(NewCall call) {
        checkNewCall(call);
        return new NewCallResponse(sandbox.requestId(), data().add(call).callId());
    }

    /**
     * {@code PUT /v2/calls/{id}/media}: reads the multipart part {@code mediaFile} as a stream, checks its
     * format and the 1.5 GB limit, and counts it; the bytes are not kept.
     *
     * @param id      the call id from {@code POST /v2/calls}
     * @param request the raw request, read as a stream
     * @return 201 {@code NewCallRecordingResponse}
     * @throws IOException when the upload breaks off
     */
    @PUT
    @Path("{id}/media")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response media(@PathParam("id") String id, @Context HttpServletRequest request) throws IOException {
        switch (data().mediaTarget(id)) {
            case UNKNOWN -> throw new GongApiException(404, "Call ID " + id + " was not found");
            case HAS_MEDIA -> throw GongApiException.badRequest("Call " + id + " already has media");
            default -> {
            }
        }
        JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory> upload = new JakartaServletFileUpload<>();
        upload.setFileSizeMax(MAX_MEDIA_BYTES);
        long received = -1;
        try {
            FileItemInputIterator items = upload.getItemIterator(request);
            while (items.hasNext()) {
                FileItemInput item = items.next();
                try (InputStream in = item.getInputStream()) {
                    if (!"mediaFile".equals(item.getFieldName()) || item.isFormField()) {
                        in.transferTo(OutputStreamSink.INSTANCE);
                        continue;
                    }
                    String name = item.getName() == null ? "" : item.getName().toLowerCase(Locale.ROOT);
                    String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
                    if (!MEDIA_EXTENSIONS.contains(extension)) {
                        throw GongApiException.badRequest("Unsupported media file type: " + item.getName()
                                + " (accepted: WAV, MP3, MP4, MKV, FLAC)");
                    }
                    received = in.transferTo(OutputStreamSink.INSTANCE);
                }
            }
        } catch (FileUploadSizeException tooLarge) {
            throw GongApiException.badRequest("The media file is larger than 1.5GB");
        } catch (FileUploadException malformed) {
            throw GongApiException.badRequest("Malformed multipart request: " + malformed.getMessage());
        }
        if (received < 0) {
            throw GongApiException.badRequest("mediaFile is required");
        }
        if (received == 0) {
            throw GongApiException.badRequest("The media file is empty");
        }
        data().mediaReceived(id, received);
        return Response.status(201).entity(new MediaUploadResponse(sandbox.requestId(), id,
                "https://app.gong.io/call?id=" + id)).build();
    }

    /**
     * {@code POST /v2/calls/extensive}.
     *
     * @param request filter, content selector, cursor
     * @param http    the request (which credential it came with: media URLs need their own scope)
     * @return {@code Calls}
     */
    @POST
    @Path("extensive")
    @Consumes(MediaType.APPLICATION_JSON)
    public ExtensiveCallsPage extensive(ExtensiveCallsRequest request, @Context HttpServletRequest http) {
        if (request == null || request.filter() == null) {
            throw GongApiException.badRequest("filter is required");
        }
        if (request.contentSelector() != null && request.contentSelector().exposedFields() != null
                && Boolean.TRUE.equals(request.contentSelector().exposedFields().media())
                && !sandbox.settings().scopesOf((String) http.getAttribute(SandboxGate.CREDENTIAL))
                        .contains(GongScope.CALLS_READ_MEDIA_URL.value())) {
            throw GongApiException.missingScope(GongScope.CALLS_READ_MEDIA_URL);
        }
        checkFilter(request.filter(), true);
        checkSelector(request.contentSelector());
        Paging.Slice<SandboxCall> slice = nonEmpty(request.filter(), request.cursor(), "POST /v2/calls/extensive");
        ContentSelector selector = request.contentSelector();
        return new ExtensiveCallsPage(sandbox.requestId(), slice.records(),
                slice.items().stream().map(call -> Selection.apply(data().render(call), selector)).toList());
    }

    /**
     * {@code POST /v2/calls/transcript}.
     *
     * @param request filter, cursor
     * @return {@code CallTranscripts}
     */
    @POST
    @Path("transcript")
    @Consumes(MediaType.APPLICATION_JSON)
    public TranscriptsPage transcript(TranscriptsRequest request) {
        if (request == null || request.filter() == null) {
            throw GongApiException.badRequest("filter is required");
        }
        checkFilter(request.filter(), false);
        Paging.Slice<SandboxCall> slice = nonEmpty(request.filter(), request.cursor(), "POST /v2/calls/transcript");
        return new TranscriptsPage(sandbox.requestId(), slice.records(),
                slice.items().stream().map(call -> data().transcript(call)).toList());
    }

    /**
     * {@code GET /v2/calls/manual-crm-associations}.
     *
     * @param from   only associations made after this time
     * @param cursor optional cursor
     * @return {@code ManualAssociationResponse}
     */
    @GET
    @Path("manual-crm-associations")
    public ManualCrmAssociationsPage manualCrmAssociations(@QueryParam("fromDateTime") String from,
                                                           @QueryParam("cursor") String cursor) {
        List<ManualCrmAssociation> all = data().manualAssociations(time("fromDateTime", from));
        Paging.Slice<ManualCrmAssociation> slice = paging.pageByIndex(all, cursor,
                ("manual-crm-associations" + from).hashCode());
        return new ManualCrmAssociationsPage(sandbox.requestId(), slice.records(), slice.items());
    }

    /**
     * {@code POST /v2/calls/users-access}.
     *
     * @param query the calls
     * @return {@code CallsAccessDetailsResponse}
     */
    @POST
    @Path("users-access")
    @Consumes(MediaType.APPLICATION_JSON)
    public CallAccessList usersAccess(CallAccessQuery query) {
        if (query == null || query.filter() == null || query.filter().callIds() == null
                || query.filter().callIds().isEmpty()) {
            throw GongApiException.badRequest("filter.callIds is required");
        }
        query.filter().callIds().forEach(id -> checkId("callIds", id));
        try {
            return new CallAccessList(sandbox.requestId(), data().access(query.filter().callIds()));
        } catch (SandboxData.UnknownCallsException e) {
            throw GongApiException.badRequest(e.getMessage());
        }
    }

    /**
     * {@code PUT /v2/calls/users-access}.
     *
     * @param change per call, the users
     * @return {@code BaseResponse}
     */
    @PUT
    @Path("users-access")
    @Consumes(MediaType.APPLICATION_JSON)
    public GongResponse giveAccess(CallAccessChange change) {
        return changeAccess(change, true);
    }

    /**
     * {@code DELETE /v2/calls/users-access} (with a JSON body).
     *
     * @param change per call, the users
     * @return {@code BaseResponse}
     */
    @DELETE
    @Path("users-access")
    @Consumes(MediaType.APPLICATION_JSON)
    public GongResponse removeAccess(CallAccessChange change) {
        return changeAccess(change, false);
    }

    private GongResponse changeAccess(CallAccessChange change, boolean give) {
        if (change == null || change.callAccessList() == null || change.callAccessList().isEmpty()) {
            throw GongApiException.badRequest("callAccessList is required");
        }
        Map<String, List<String>> byCall = new LinkedHashMap<>();
        for (CallUsersAccess entry : change.callAccessList()) {
            if (entry == null || entry.userIds() == null || entry.userIds().isEmpty()) {
                throw GongApiException.badRequest("callAccessList[].callId and userIds are required");
            }
            checkId("callId", entry.callId());
            entry.userIds().forEach(id -> checkId("userIds", id));
            byCall.computeIfAbsent(entry.callId(), id -> new java.util.ArrayList<>()).addAll(entry.userIds());
        }
        try {
            data().changeAccess(byCall, give);
        } catch (SandboxData.UnknownCallsException e) {
            throw GongApiException.badRequest(e.getMessage());
        }
        return new GongResponse(sandbox.requestId());
    }

    private Paging.Slice<SandboxCall> nonEmpty(CallsFilter filter, String cursor, String endpoint) {
        List<SandboxCall> matches = data().find(filter);
        if (matches.isEmpty()) {
            throw GongApiException.noCallsFound();
        }
        return paging.page(matches, cursor, (endpoint + JSONB.toJson(filter)).hashCode());
    }

    private static OffsetDateTime time(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw GongApiException.badRequest(name + " must be an ISO-8601 date and time with an offset, e.g. "
                    + "2018-02-18T02:30:00-07:00 or 2018-02-18T08:00:00Z");
        }
    }

    private static void checkId(String name, String id) {
        if (id == null || !GONG_ID.matcher(id).matches()) {
            throw GongApiException.badRequest(name + " must hold numeric Gong ids of up to 20 digits");
        }
    }

    private static void checkFilter(CallsFilter filter, boolean primaryUserIds) {
        if (filter.fromDateTime() != null && filter.toDateTime() != null
                && !filter.fromDateTime().isBefore(filter.toDateTime())) {
            throw GongApiException.badRequest("fromDateTime must be before toDateTime");
        }
        if (filter.workspaceId() != null) {
            checkId("workspaceId", filter.workspaceId());
        }
        if (filter.callIds() != null) {
            if (filter.callIds().isEmpty()) {
                throw GongApiException.badRequest("callIds must not be empty");
            }
            filter.callIds().forEach(id -> checkId("callIds", id));
        }
        if (filter.primaryUserIds() != null) {
            if (!primaryUserIds) {
                throw GongApiException.badRequest("Json parse error");
            }
            if (filter.primaryUserIds().isEmpty()) {
                throw GongApiException.badRequest("primaryUserIds must not be empty");
            }
            filter.primaryUserIds().forEach(id -> checkId("primaryUserIds", id));
        }
    }

    private static void checkSelector(ContentSelector selector) {
        if (selector == null) {
            return;
        }
        if (selector.context() != null && !Set.of("None", "Basic", "Extended").contains(selector.context())) {
            throw GongApiException.badRequest("contentSelector.context must be one of None, Basic, Extended");
        }
        if (selector.contextTiming() != null && !"Extended".equals(selector.context())) {
            throw GongApiException.badRequest("contextTiming can be provided only when context is Extended");
        }
    }

    private static void checkNewCall(NewCall call) {
        if (call == null) {
            throw GongApiException.badRequest("Json parse error");
        }
        if (call.clientUniqueId() == null || call.clientUniqueId().isEmpty() || call.clientUniqueId().length() > 2048) {
            throw GongApiException.badRequest("clientUniqueId is required and must be at most 2048 characters");
        }
        if (call.actualStart() == null) {
            throw GongApiException.badRequest("actualStart is required");
        }
        if (call.direction() == null || !DIRECTIONS.contains(call.direction())) {
            throw GongApiException.badRequest("direction must be one of Inbound, Outbound, Conference, Unknown");
        }
        checkId("primaryUser", call.primaryUser());
        if (call.parties() == null || call.parties().isEmpty()) {
            throw GongApiException.badRequest("parties is required");
        }
        if (call.parties().stream().noneMatch(p -> p != null && call.primaryUser().equals(p.userId()))) {
            throw GongApiException.badRequest("A party must be provided for the primaryUser");
        }
        if (call.purpose() != null && call.purpose().length() > 255) {
            throw GongApiException.badRequest("purpose must be at most 255 characters");
        }
        if (call.disposition() != null && call.disposition().length() > 255) {
            throw GongApiException.badRequest("disposition must be at most 255 characters");
        }
        for (NewCall.Party party : call.parties()) {
            if (party.mediaChannelId() != null && party.mediaChannelId() != 0 && party.mediaChannelId() != 1) {
                throw GongApiException.badRequest("mediaChannelId must be 0 or 1");
            }
        }
    }

    /** Discards what is written to it: the sandbox counts uploaded media, it does not keep it. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
            // discarded
        }

        @Override
        public void write(byte[] b, int off, int len) {
            // discarded
        }
    }
}
