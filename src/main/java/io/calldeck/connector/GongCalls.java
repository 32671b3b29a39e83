package io.calldeck.connector;

import io.calldeck.connector.exception.GongException;
import io.calldeck.connector.exception.GongValidationException;
import io.calldeck.connector.internal.GongRequest;
import io.calldeck.connector.internal.GongTransport;
import io.calldeck.connector.internal.MediaSource;
import io.calldeck.connector.internal.RequestValidator;
import io.calldeck.connector.model.CallAccess;
import io.calldeck.connector.model.CallAccessChange;
import io.calldeck.connector.model.CallAccessQuery;
import io.calldeck.connector.model.CallMetaData;
import io.calldeck.connector.model.CallTranscript;
import io.calldeck.connector.model.CallUsersAccess;
import io.calldeck.connector.model.CallsFilter;
import io.calldeck.connector.model.CallsPage;
import io.calldeck.connector.model.ContentSelector;
import io.calldeck.connector.model.ExtensiveCall;
import io.calldeck.connector.model.ExtensiveCallsPage;
import io.calldeck.connector.model.ExtensiveCallsRequest;
import io.calldeck.connector.model.GongResponse;
import io.calldeck.connector.model.GongUser;
import io.calldeck.connector.model.ManualCrmAssociation;
import io.calldeck.connector.model.ManualCrmAssociationsPage;
import io.calldeck.connector.model.MediaUploadResponse;
import io.calldeck.connector.model.NewCall;
import io.calldeck.connector.model.NewCallResponse;
import io.calldeck.connector.model.TranscriptsPage;
import io.calldeck.connector.model.TranscriptsRequest;
import io.calldeck.connector.model.UsersPage;
import io.calldeck.connector.model.Workspace;
import io.calldeck.connector.paging.CursorPager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import io.calldeck.connector.exception.GongCircuitOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import java.util.stream.Stream;

/**
 * Gong's Calls API v2 for Jakarta EE applications: {@code @Inject GongCalls gong;} and call it.
 *
 * <p>Each endpoint has a typed method; every list endpoint has a single-page method (returning the page with
 * its {@code records}) and a {@code stream…} method that follows {@code records.cursor} lazily. Gong's
 * "No calls found corresponding to the provided filters" 404 is an empty result. Requests are checked before
 * they are sent ({@link GongValidationException} names the field); Gong's errors arrive as
 * {@link GongException} subclasses carrying the status, Gong's {@code requestId} and {@code errors[]}.
 *
 * <p>Every request passes the application-wide rate budget ({@code gong.rate-limit.*}). Calls made through this
 * bean are {@linkplain RequestPriority#INTERACTIVE interactive}: they go ahead of background work and fail
 * fast with a {@link io.calldeck.connector.exception.GongRateLimitException} rather than wait long. Batch jobs
 * use {@link #background()}.
 *
 * <pre>{@code
 * @Inject GongCalls gong;
 *
 * try (Stream<ExtensiveCall> calls = gong.streamCallsExtensive(
 *         CallsFilter.between(monday, friday),
 *         ContentSelector.builder().parties().speakers().build())) {
 *     calls.forEach(call -> ...);
 * }
 * }</pre>
 */
@ApplicationScoped
public class GongCalls implements AutoCloseable {

    private GongTransport transport;
    private RequestPriority priority;

    /** For CDI's client proxy only. */
    protected GongCalls() {
    }

    /**
     * @param transport sends the requests (rate budget, errors)
     */
    @Inject
    public GongCalls(GongTransport transport) {
        this(transport, RequestPriority.INTERACTIVE);
    }

    private GongCalls(GongTransport transport, RequestPriority priority) {
        this.transport = transport;
        this.priority = priority;
    }

    /**
     * Creates a connector outside CDI (plain Java SE, tests): without Fault Tolerance interceptors, so failed
     * requests are not retried.
     *
     * @param config the configuration
     * @return a connector with interactive priority
     */
    public static GongCalls create(GongConfig config) {
        return new GongCalls(new GongTransport(config, new io.calldeck.connector.client.GongAuthFilter(config)));
    }

    /**
     * Sends a request through the REST client: every request passes {@link GongTransport#send}, Fault Tolerance's
     * one guarded method.
     */
    private <T> T send(GongEndpoint endpoint, java.util.function.Function<io.calldeck.connector.client.GongCallsClient,
            jakarta.ws.rs.core.Response> call, Class<T> type) {
        return send(GongRequest.of(priority, endpoint, call, type));
    }

    /** Sends a request, turning Fault Tolerance's open circuit into the connector's own exception. */
    private <T> T send(GongRequest<T> request) {
        try {
            return transport.send(request);
        } catch (CircuitBreakerOpenException open) {
            throw new GongCircuitOpenException(request.endpoint().label(), open);
        } catch (GongTransport.NotRepeated once) {
            throw once.getCause();
        }
    }

    private static String iso(OffsetDateTime time) {
        return time == null ? null : java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    /**
     * Closes the HTTP connections of a connector made with {@link #create(GongConfig)}. Injected connectors are
     * closed by the container; do not call this on them.
     */
    @Override
    public void close() {
        transport.close();
    }

    /**
     * @return the same connector with {@linkplain RequestPriority#BACKGROUND background} priority: its requests
     *         yield to interactive ones and wait for the rate budget (and Gong's {@code Retry-After}) as long as
     *         needed
     */
    public GongCalls background() {
        return new GongCalls(transport, RequestPriority.BACKGROUND);
    }

    /** @return the priority of this connector's requests */
    public RequestPriority priority() {
        return priority;
    }

    /** @return the application-wide rate budget's state: requests used today, pauses after 429s */
    public RateBudgetStatus rateBudget() {
        return transport.budgetStatus();
    }

    /**
     * One page of {@code GET /v2/calls}: calls that started in {@code [filter.fromDateTime, filter.toDateTime)}.
     *
     * @param filter both dates required; {@code workspaceId} optional; no call or user ids (use extensive)
     * @param cursor the previous page's {@code records.cursor}, {@code null} for the first page
     * @return the page, oldest first; empty (not an error) when no call matches
     * @throws GongValidationException when a date is missing or {@code fromDateTime} is not before {@code toDateTime}
     * @throws GongException           when Gong refuses or fails
     */
    public CallsPage listCalls(CallsFilter filter, String cursor) {
        RequestValidator.listFilter(filter);
        return send(GongEndpoint.LIST_CALLS, c -> c.listCalls(iso(filter.fromDateTime()), iso(filter.toDateTime()), filter.workspaceId(), cursor), CallsPage.class);
    }

    /**
     * Every call of {@code GET /v2/calls} in the range, following cursors lazily.
     *
     * @param filter as for {@link #listCalls(CallsFilter, String)}
     * @return the calls, oldest first
     * @throws GongValidationException when the filter is invalid (at once, before any request)
     */
    public Stream<CallMetaData> streamCalls(CallsFilter filter) {
        RequestValidator.listFilter(filter);
        return CursorPager.items(cursor -> listCalls(filter, cursor));
    }

    /**
     * {@code GET /v2/calls/{id}}: one call's metadata.
     *
     * @param callId the call's id (1 to 20 digits)
     * @return the call
     * @throws io.calldeck.connector.exception.GongNotFoundException when Gong knows no such call
     */
    public CallMetaData getCall(String callId) {
        RequestValidator.id("id", callId);
        return send(GongEndpoint.GET_CALL, c -> c.getCall(callId), io.calldeck.connector.model.SpecificCall.class).call();
    }

    /**
     * {@code POST /v2/calls}: adds a call. Then upload its recording with {@link #uploadMedia(String, Path)},
     * unless the call names a {@code downloadMediaUrl}. Retrying with the same {@code clientUniqueId} never
     * creates a second call.
     *
     * @param call the call
     * @return Gong's {@code requestId} and the new {@code callId}
     * @throws GongValidationException naming the field, e.g. {@code parties[1].mediaChannelId}
     * @throws io.calldeck.connector.exception.GongConflictException when recording is not enabled for the primary user
     */
    public NewCallResponse addCall(NewCall call) {
        RequestValidator.newCall(call);
        return send(GongEndpoint.ADD_CALL, c -> c.addCall(call), NewCallResponse.class);
    }

    /**
     * {@code PUT /v2/calls/{id}/media}: uploads a recording file as multipart part {@code mediaFile}, streamed
     * from disk (never held in memory). A failed upload is sent again from the file (injected bean); when the
     * answer to a whole upload was lost and Gong then answers 400 "already has media", the recording is there and
     * the upload is done: the answer is Gong's {@code requestId} of that 400, the call id and no {@code url}.
     *
     * @param callId the call returned by {@link #addCall(NewCall)}
     * @param file   a WAV, MP3, MP4, MKV or FLAC file of at most 1.5 GB
     * @return Gong's answer (HTTP 201): {@code requestId}, {@code callId}, {@code url} ({@code null} after a lost
     *         answer, see above)
     * @throws GongValidationException when the file's format or size is not accepted
     * @throws UncheckedIOException    when the file cannot be read
     */
    public MediaUploadResponse uploadMedia(String callId, Path file) {
        RequestValidator.id("id", callId);
        Objects.requireNonNull(file, "file");
        MediaSource source;
        try {
            source = MediaSource.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read recording " + file, e);
        }
        return send(GongRequest.upload(priority, callId, source, true));
    }

    /**
     * {@code PUT /v2/calls/{id}/media} from a stream read once (so a failed upload is not retried).
     *
     * @param callId   the call returned by {@link #addCall(NewCall)}
     * @param media    the recording's bytes; read to the end, not closed by the connector until sent
     * @param fileName the file name sent to Gong; its extension (wav, mp3, mp4, mkv, flac) picks the format
     * @return Gong's answer (HTTP 201)
     * @throws GongValidationException when the format is not accepted or the stream is longer than 1.5 GB
     */
    public MediaUploadResponse uploadMedia(String callId, InputStream media, String fileName) {
        RequestValidator.id("id", callId);
        Objects.requireNonNull(media, "media");
        return send(GongRequest.upload(priority, callId, MediaSource.of(media, fileName), false));
    }

    /**
     * One page of {@code POST /v2/calls/extensive}.
     *
     * @param filter   which calls
     * @param selector which parts of each call; {@code null} for metadata only
     * @param cursor   the previous page's {@code records.cursor}, {@code null} for the first page
     * @return up to 100 calls, oldest first; empty when no call matches
     * @throws GongValidationException when the filter or selector is invalid
     */
    public ExtensiveCallsPage listCallsExtensive(CallsFilter filter, ContentSelector selector, String cursor) {
        RequestValidator.filter(filter, true);
        RequestValidator.contentSelector(selector);
        return send(GongEndpoint.EXTENSIVE, c -> c.listCallsExtensive(new ExtensiveCallsRequest(cursor, filter, selector)), ExtensiveCallsPage.class);
    }

    /**
     * Every page of {@code POST /v2/calls/extensive}, fetched lazily (for callers that checkpoint per page).
     *
     * @param filter   which calls
     * @param selector which parts of each call
     * @return the pages in order
     */
    public Stream<ExtensiveCallsPage> callsExtensivePages(CallsFilter filter, ContentSelector selector) {
        RequestValidator.filter(filter, true);
        RequestValidator.contentSelector(selector);
        return CursorPager.pages(cursor -> listCallsExtensive(filter, selector, cursor));
    }

    /**
     * Every call of {@code POST /v2/calls/extensive}, following cursors lazily.
     *
     * @param filter   which calls
     * @param selector which parts of each call
     * @return the calls, oldest first
     */
    public Stream<ExtensiveCall> streamCallsExtensive(CallsFilter filter, ContentSelector selector) {
        return callsExtensivePages(filter, selector).flatMap(page -> page.items().stream());
    }

    /**
     * One page of {@code POST /v2/calls/transcript}.
     *
     * @param filter which calls (no {@code primaryUserIds})
     * @param cursor the previous page's {@code records.cursor}, {@code null} for the first page
     * @return the transcripts; empty when no call matches
     */
    public TranscriptsPage listTranscripts(CallsFilter filter, String cursor) {
        RequestValidator.filter(filter, false);
        return send(GongEndpoint.TRANSCRIPT, c -> c.listTranscripts(new TranscriptsRequest(cursor, filter)), TranscriptsPage.class);
    }

    /**
     * Every transcript of {@code POST /v2/calls/transcript}, following cursors lazily.
     *
     * @param filter which calls (no {@code primaryUserIds})
     * @return the transcripts
     */
    public Stream<CallTranscript> streamTranscripts(CallsFilter filter) {
        RequestValidator.filter(filter, false);
        return CursorPager.items(cursor -> listTranscripts(filter, cursor));
    }

    /**
     * One page of {@code GET /v2/calls/manual-crm-associations} (Gong beta).
     *
     * @param since  only associations made after this time; {@code null} for all
     * @param cursor the previous page's {@code records.cursor}, {@code null} for the first page
     * @return the associations, oldest first
     */
    public ManualCrmAssociationsPage listManualCrmAssociations(OffsetDateTime since, String cursor) {
        return send(GongEndpoint.MANUAL_CRM, c -> c.listManualCrmAssociations(iso(since), cursor), ManualCrmAssociationsPage.class);
    }

    /**
     * Every manual CRM association since a time, following cursors lazily.
     *
     * @param since only associations made after this time; {@code null} for all
     * @return the associations, oldest first
     */
    public Stream<ManualCrmAssociation> streamManualCrmAssociations(OffsetDateTime since) {
        return CursorPager.items(cursor -> listManualCrmAssociations(since, cursor));
    }

    /**
     * {@code POST /v2/calls/users-access}: the users given access to these calls through the API (not those with
     * access by sharing or permission profiles).
     *
     * @param callIds the calls (1 to 20 digits each, not empty)
     * @return per call, its users
     * @throws io.calldeck.connector.exception.GongBadRequestException "Some calls not found" for an unknown call
     */
    public List<CallAccess> getUsersAccess(List<String> callIds) {
        RequestValidator.ids("filter.callIds", callIds);
        List<CallAccess> list = send(GongEndpoint.ACCESS_GET, c -> c.getUsersAccess(CallAccessQuery.of(List.copyOf(callIds))), io.calldeck.connector.model.CallAccessList.class)
                .callAccessList();
        return list == null ? List.of() : list;
    }

    /**
     * {@code PUT /v2/calls/users-access}: gives users access to calls. No effect for users who already have it.
     *
     * @param callAccessList per call, the users
     * @return Gong's {@code requestId}
     * @throws io.calldeck.connector.exception.GongBadRequestException "Some calls not found" for an unknown call
     */
    public GongResponse giveUsersAccess(List<CallUsersAccess> callAccessList) {
        RequestValidator.callAccessList(callAccessList);
        return send(GongEndpoint.ACCESS_GIVE, c -> c.giveUsersAccess(new CallAccessChange(List.copyOf(callAccessList))), GongResponse.class);
    }

    /**
     * {@code DELETE /v2/calls/users-access}: removes access given through the API. Users without such access
     * are unaffected.
     *
     * @param callAccessList per call, the users
     * @return Gong's {@code requestId}
     */
    public GongResponse removeUsersAccess(List<CallUsersAccess> callAccessList) {
        RequestValidator.callAccessList(callAccessList);
        return send(GongEndpoint.ACCESS_REMOVE, c -> c.removeUsersAccess(new CallAccessChange(List.copyOf(callAccessList))), GongResponse.class);
    }

    /**
     * One page of {@code GET /v2/users}.
     *
     * @param cursor the previous page's {@code records.cursor}, {@code null} for the first page
     * @return the users
     */
    public UsersPage listUsers(String cursor) {
        return send(GongEndpoint.LIST_USERS, c -> c.listUsers(cursor), UsersPage.class);
    }

    /**
     * Every Gong user of the company, following cursors lazily.
     *
     * @return the users
     */
    public Stream<GongUser> streamUsers() {
        return CursorPager.items(this::listUsers);
    }

    /**
     * {@code GET /v2/users/{id}}.
     *
     * @param userId the user's id (1 to 20 digits)
     * @return the user
     */
    public GongUser getUser(String userId) {
        RequestValidator.id("id", userId);
        return send(GongEndpoint.GET_USER, c -> c.getUser(userId), io.calldeck.connector.model.SpecificUser.class).user();
    }

    /**
     * {@code GET /v2/workspaces}.
     *
     * @return the company's workspaces
     */
    public List<Workspace> listWorkspaces() {
        List<Workspace> workspaces = send(GongEndpoint.WORKSPACES, io.calldeck.connector.client.GongCallsClient::listWorkspaces, io.calldeck.connector.model.WorkspacesList.class).workspaces();
        return workspaces == null ? List.of() : workspaces;
    }
}
