package io.calldeck.connector.internal;

import io.calldeck.connector.GongConfig;
import io.calldeck.connector.RateBudgetStatus;
import io.calldeck.connector.RequestPriority;
import io.calldeck.connector.client.GongAuthFilter;
import io.calldeck.connector.client.GongCallsClient;
import io.calldeck.connector.client.GongErrors;
import io.calldeck.connector.exception.GongConnectionException;
import io.calldeck.connector.exception.GongException;
import io.calldeck.connector.exception.GongNotFoundException;
import io.calldeck.connector.exception.GongRateLimitException;
import io.calldeck.connector.exception.GongServerException;
import io.calldeck.connector.exception.GongWaitTooLongException;
import io.calldeck.connector.GongRequestCompleted;
import jakarta.enterprise.event.Event;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import io.calldeck.connector.model.CallAccessChange;
import io.calldeck.connector.model.CallAccessList;
import io.calldeck.connector.model.CallAccessQuery;
import io.calldeck.connector.model.CallsPage;
import io.calldeck.connector.model.ExtensiveCallsPage;
import io.calldeck.connector.model.ExtensiveCallsRequest;
import io.calldeck.connector.model.GongResponse;
import io.calldeck.connector.model.ManualCrmAssociationsPage;
import io.calldeck.connector.model.MediaUploadResponse;
import io.calldeck.connector.model.NewCall;
import io.calldeck.connector.model.NewCallResponse;
import io.calldeck.connector.model.SpecificCall;
import io.calldeck.connector.model.SpecificUser;
import io.calldeck.connector.model.TranscriptsPage;
import io.calldeck.connector.model.TranscriptsRequest;
import io.calldeck.connector.model.UsersPage;
import io.calldeck.connector.model.WorkspacesList;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Sends each request to Gong: takes a slot from the {@link RateBudget}, calls the MicroProfile Rest Client,
 * and turns the response into a model or one of the connector's exceptions (naming the endpoint, with Gong's
 * {@code requestId}). Gong's "no calls found" 404 becomes an empty page; a 429 pauses the whole budget for
 * {@code Retry-After}; a 5xx or connection failure starts (or doubles) the budget's backoff.
 *
 * <p>Retries and the circuit breaker are MicroProfile Fault Tolerance, declared here and tunable by MP Config
 * ({@code io.calldeck.connector.internal.GongTransport/Retry/maxRetries}, {@code …/CircuitBreaker/delay}, …):
 * every method is a safe operation (reads, the POST reads, add-call, whose repeat Gong recognises by
 * {@code clientUniqueId}, idempotent access changes, uploads from a file) and is retried on connection failures,
 * 5xx and 429, never on 400, 401, 403, 404 or 409. {@code @Retry} has no delay of its own: the retried request
 * waits in the rate budget, for Gong's {@code Retry-After} or for the exponential backoff with jitter. Only
 * {@link #uploadMediaOnce} (a one-shot stream) is never retried. The circuit opens when three quarters of 20
 * requests in a row failed, and lets a trial through after 30 s. Interceptors apply to the CDI bean only: a
 * connector made by {@link io.calldeck.connector.GongCalls#create} has the budget and backoff but no automatic
 * retries. Internal: applications use {@link io.calldeck.connector.GongCalls}.
 */
@ApplicationScoped
@Retry(maxRetries = 5, delay = 0, jitter = 0, maxDuration = 30, durationUnit = ChronoUnit.MINUTES,
        retryOn = {GongConnectionException.class, GongServerException.class, GongRateLimitException.class},
        abortOn = GongWaitTooLongException.class)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS,
        successThreshold = 2, failOn = {GongConnectionException.class, GongServerException.class})
public class GongTransport {

    /** {@code GET /v2/calls}. */
    public static final String LIST_CALLS = "GET /v2/calls";
    /** {@code GET /v2/calls/{id}}. */
    public static final String GET_CALL = "GET /v2/calls/{id}";
    /** {@code POST /v2/calls}. */
    public static final String ADD_CALL = "POST /v2/calls";
    /** {@code PUT /v2/calls/{id}/media}. */
    public static final String UPLOAD_MEDIA = "PUT /v2/calls/{id}/media";
    /** {@code POST /v2/calls/extensive}. */
    public static final String EXTENSIVE = "POST /v2/calls/extensive";
    /** {@code POST /v2/calls/transcript}. */
    public static final String TRANSCRIPT = "POST /v2/calls/transcript";
    /** {@code GET /v2/calls/manual-crm-associations}. */
    public static final String MANUAL_CRM = "GET /v2/calls/manual-crm-associations";
    /** {@code POST /v2/calls/users-access}. */
    public static final String ACCESS_GET = "POST /v2/calls/users-access";
    /** {@code PUT /v2/calls/users-access}. */
    public static final String ACCESS_GIVE = "PUT /v2/calls/users-access";
    /** {@code DELETE /v2/calls/users-access}. */
    public static final String ACCESS_REMOVE = "DELETE /v2/calls/users-access";
    /** {@code GET /v2/users}. */
    public static final String LIST_USERS = "GET /v2/users";
    /** {@code GET /v2/users/{id}}. */
    public static final String GET_USER = "GET /v2/users/{id}";
    /** {@code GET /v2/workspaces}. */
    public static final String WORKSPACES = "GET /v2/workspaces";

    private static final Logger LOG = Logger.getLogger(GongTransport.class.getName());
    /** Added to the one-second rate window, for jitter between the connector and Gong. */
    private static final Duration WINDOW_MARGIN = Duration.ofMillis(30);

    private GongConfig config;
    private GongAuthFilter authFilter;
    private RateBudget budget;
    private MediaUploader uploader;
    private volatile GongCallsClient client;
    private Event<GongRequestCompleted> completed;

    /** For CDI's client proxy only. */
    protected GongTransport() {
    }

    /**
     * @param config     the connector's configuration
     * @param authFilter adds the credentials to each request
     */
    @Inject
    public GongTransport(GongConfig config, GongAuthFilter authFilter) {
        this.config = config;
        this.authFilter = authFilter;
        this.budget = new RateBudget(config.ratePerSecond(), config.ratePerDay(), WINDOW_MARGIN,
                config.initialBackoff(), config.maxBackoff(), Clock.systemUTC());
        this.uploader = new MediaUploader(config);
    }

    /**
     * In a container: where {@link GongRequestCompleted} events go.
     *
     * @param events CDI's event
     */
    @Inject
    void observedBy(Event<GongRequestCompleted> events) {
        this.completed = events;
    }

    /** Closes the REST client's connections; a later request opens new ones. */
    @PreDestroy
    public void close() {
        GongCallsClient current;
        synchronized (this) {
            current = client;
            client = null;
        }
        if (current != null) {
            try {
                current.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "Closing the Gong REST client failed", e);
            }
        }
    }

    /** @return the rate budget's state */
    public RateBudgetStatus budgetStatus() {
        return budget.status();
    }

    private GongCallsClient client() {
        GongCallsClient current = client;
        if (current == null) {
            synchronized (this) {
                current = client;
                if (current == null) {
                    current = RestClientBuilder.newBuilder()
                            .baseUri(config.baseUri())
                            .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                            .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                            .register(authFilter)
                            .register(new io.calldeck.connector.client.GongJsonb())
                            .register(new SendTimes(budget))
                            .property("microprofile.rest.client.disable.default.mapper", true)
                            .build(GongCallsClient.class);
                    client = current;
                    LOG.info(() -> "Gong connector talks to " + config.baseUri() + " with "
                            + config.credentials().map(Object::toString).orElse("no credentials"));
                }
            }
        }
        return current;
    }

    /**
     * {@code GET /v2/calls}.
     *
     * @param priority who is waiting
     * @param from     inclusive start
     * @param to       exclusive end
     * @param workspaceId optional workspace
     * @param cursor   previous page's cursor or {@code null}
     * @return the page; empty when Gong finds no calls
     */
    public CallsPage listCalls(RequestPriority priority, OffsetDateTime from, OffsetDateTime to, String workspaceId,
                               String cursor) {
        return exchange(priority, LIST_CALLS,
                c -> c.listCalls(iso(from), iso(to), workspaceId, cursor), CallsPage.class, CallsPage::empty);
    }

    /**
     * {@code GET /v2/calls/{id}}.
     *
     * @param priority who is waiting
     * @param callId   the call
     * @return Gong's answer
     */
    public SpecificCall getCall(RequestPriority priority, String callId) {
        return exchange(priority, GET_CALL, c -> c.getCall(callId), SpecificCall.class, null);
    }

    /**
     * {@code POST /v2/calls}.
     *
     * @param priority who is waiting
     * @param call     the new call
     * @return Gong's answer
     */
    public NewCallResponse addCall(RequestPriority priority, NewCall call) {
        return exchange(priority, ADD_CALL, c -> c.addCall(call), NewCallResponse.class, null);
    }

    /**
     * {@code PUT /v2/calls/{id}/media}, streaming a recording that can be read again (a file): retried like
     * every request (see {@link MediaUploader}).
     *
     * @param priority who is waiting
     * @param callId   the call
     * @param source   the recording, re-openable
     * @return Gong's answer
     */
    public MediaUploadResponse uploadMedia(RequestPriority priority, String callId, MediaSource source) {
        return upload(priority, callId, source);
    }

    /**
     * {@code PUT /v2/calls/{id}/media} from a one-shot stream: never retried, since the stream cannot be read
     * twice.
     *
     * @param priority who is waiting
     * @param callId   the call
     * @param source   the recording
     * @return Gong's answer
     */
    @Retry(maxRetries = 0)
    public MediaUploadResponse uploadMediaOnce(RequestPriority priority, String callId, MediaSource source) {
        return upload(priority, callId, source);
    }

    private MediaUploadResponse upload(RequestPriority priority, String callId, MediaSource source) {
        long waitStarted = System.nanoTime();
        takeSlot(priority, UPLOAD_MEDIA);
        long sent = System.nanoTime();
        int status = 0;
        try {
            // An upload counts from when it leaves: its body streams long after Gong has counted it.
            budget.sending();
            budget.released();
            MediaUploadResponse response = uploader.upload(UPLOAD_MEDIA, callId, source);
            status = 200;
            budget.succeeded();
            return response;
        } catch (GongException e) {
            status = e.status();
            record(e);
            throw e;
        } finally {
            fire(UPLOAD_MEDIA, status, waitStarted, sent);
        }
    }

    /**
     * {@code POST /v2/calls/extensive}.
     *
     * @param priority who is waiting
     * @param request  filter, selector, cursor
     * @return the page; empty when Gong finds no calls
     */
    public ExtensiveCallsPage listCallsExtensive(RequestPriority priority, ExtensiveCallsRequest request) {
        return exchange(priority, EXTENSIVE, c -> c.listCallsExtensive(request), ExtensiveCallsPage.class,
                ExtensiveCallsPage::empty);
    }

    /**
     * {@code POST /v2/calls/transcript}.
     *
     * @param priority who is waiting
     * @param request  filter, cursor
     * @return the page; empty when Gong finds no calls
     */
    public TranscriptsPage listTranscripts(RequestPriority priority, TranscriptsRequest request) {
        return exchange(priority, TRANSCRIPT, c -> c.listTranscripts(request), TranscriptsPage.class,
                TranscriptsPage::empty);
    }

    /**
     * {@code GET /v2/calls/manual-crm-associations}.
     *
     * @param priority who is waiting
     * @param from     only associations made after this time, or {@code null}
     * @param cursor   previous page's cursor or {@code null}
     * @return the page
     */
    public ManualCrmAssociationsPage listManualCrmAssociations(RequestPriority priority, OffsetDateTime from,
                                                               String cursor) {
        return exchange(priority, MANUAL_CRM, c -> c.listManualCrmAssociations(iso(from), cursor),
                ManualCrmAssociationsPage.class, null);
    }

    /**
     * {@code POST /v2/calls/users-access}.
     *
     * @param priority who is waiting
     * @param query    the calls
     * @return Gong's answer
     */
    public CallAccessList getUsersAccess(RequestPriority priority, CallAccessQuery query) {
        return exchange(priority, ACCESS_GET, c -> c.getUsersAccess(query), CallAccessList.class, null);
    }

    /**
     * {@code PUT /v2/calls/users-access}.
     *
     * @param priority who is waiting
     * @param change   per call, the users
     * @return Gong's answer
     */
    public GongResponse giveUsersAccess(RequestPriority priority, CallAccessChange change) {
        return exchange(priority, ACCESS_GIVE, c -> c.giveUsersAccess(change), GongResponse.class, null);
    }

    /**
     * {@code DELETE /v2/calls/users-access}.
     *
     * @param priority who is waiting
     * @param change   per call, the users
     * @return Gong's answer
     */
    public GongResponse removeUsersAccess(RequestPriority priority, CallAccessChange change) {
        return exchange(priority, ACCESS_REMOVE, c -> c.removeUsersAccess(change), GongResponse.class, null);
    }

    /**
     * {@code GET /v2/users}.
     *
     * @param priority who is waiting
     * @param cursor   previous page's cursor or {@code null}
     * @return the page
     */
    public UsersPage listUsers(RequestPriority priority, String cursor) {
        return exchange(priority, LIST_USERS, c -> c.listUsers(cursor), UsersPage.class, null);
    }

    /**
     * {@code GET /v2/users/{id}}.
     *
     * @param priority who is waiting
     * @param userId   the user
     * @return Gong's answer
     */
    public SpecificUser getUser(RequestPriority priority, String userId) {
        return exchange(priority, GET_USER, c -> c.getUser(userId), SpecificUser.class, null);
    }

    /**
     * {@code GET /v2/workspaces}.
     *
     * @param priority who is waiting
     * @return Gong's answer
     */
    public WorkspacesList listWorkspaces(RequestPriority priority) {
        return exchange(priority, WORKSPACES, GongCallsClient::listWorkspaces, WorkspacesList.class, null);
    }

    private <T> T exchange(RequestPriority priority, String endpoint, Function<GongCallsClient, Response> call,
                           Class<T> type, Supplier<T> emptyResult) {
        GongCallsClient rest = client();
        long waitStarted = System.nanoTime();
        takeSlot(priority, endpoint);
        long started = System.nanoTime();
        int[] status = {0};
        try {
            Response answer;
            try {
                answer = call.apply(rest);
            } finally {
                budget.answered();
            }
            return read(endpoint, answer, type, emptyResult, status, started);
        } catch (ProcessingException e) {
            GongConnectionException failure = new GongConnectionException(endpoint, 0, describe(e), e);
            record(failure);
            throw failure;
        } catch (GongException e) {
            record(e);
            throw e;
        } finally {
            fire(endpoint, status[0], waitStarted, started);
        }
    }

    /** Tells the budget how Gong did: a failure backs off, an answer (even 4xx) ends the backoff. */
    private void record(GongException e) {
        if (e instanceof GongConnectionException || e instanceof GongServerException) {
            Duration backoff = budget.failed();
            LOG.fine(() -> e.endpoint() + " failed (" + e.getMessage() + "); backing off " + backoff.toMillis() + " ms");
        } else if (!(e instanceof GongRateLimitException)) {
            budget.succeeded();
        }
    }

    private void fire(String endpoint, int status, long waitStarted, long sent) {
        if (completed != null) {
            completed.fire(new GongRequestCompleted(endpoint, status, Duration.ofNanos(System.nanoTime() - sent),
                    Duration.ofNanos(sent - waitStarted)));
        }
    }

    private <T> T read(String endpoint, Response answer, Class<T> type, Supplier<T> emptyResult, int[] statusOut,
                       long started) {
        try (Response response = answer) {
            int status = response.getStatus();
            statusOut[0] = status;
            LOG.fine(() -> endpoint + " -> " + status + " in "
                    + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms");
            if (status >= 200 && status < 300) {
                try {
                    T entity = response.readEntity(type);
                    if (entity == null) {
                        throw new GongConnectionException(endpoint, status, "empty response body", null);
                    }
                    budget.succeeded();
                    return entity;
                } catch (ProcessingException e) {
                    throw new GongConnectionException(endpoint, status, "response body unreadable: " + describe(e), e);
                }
            }
            GongException error;
            try {
                error = GongErrors.toException(endpoint, response);
            } catch (ProcessingException e) {
                throw new GongConnectionException(endpoint, status, "error body unreadable: " + describe(e), e);
            }
            if (error instanceof GongNotFoundException notFound && notFound.isNoCallsFound() && emptyResult != null) {
                budget.succeeded();
                return emptyResult.get();
            }
            if (error instanceof GongRateLimitException rateLimited) {
                budget.rateLimited(rateLimited.retryAfter().orElse(null));
            }
            throw error;
        }
    }

    private void takeSlot(RequestPriority priority, String endpoint) {
        Duration maxWait = priority == RequestPriority.INTERACTIVE ? config.interactiveMaxWait() : null;
        try {
            budget.acquire(priority, maxWait);
        } catch (RateBudget.BudgetExceededException e) {
            long seconds = Math.max(1, (e.waitNeeded().toMillis() + 999) / 1000);
            throw new GongWaitTooLongException(endpoint, e.getMessage(), Duration.ofSeconds(seconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GongConnectionException(endpoint, 0, "interrupted while waiting for the rate budget", e);
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String iso(OffsetDateTime time) {
        return time == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    /**
     * Moves each request's place in the rate budget's window to when it actually leaves: after the request
     * filters (a request without a body) and after its body is written. Until it is answered, a request counts
     * as arriving now; this matters for requests released before their answer (uploads).
     */
    static final class SendTimes implements jakarta.ws.rs.client.ClientRequestFilter, jakarta.ws.rs.ext.WriterInterceptor {
        private final RateBudget budget;

        SendTimes(RateBudget budget) {
            this.budget = budget;
        }

        @Override
        public void filter(jakarta.ws.rs.client.ClientRequestContext request) {
            budget.sending();
        }

        @Override
        public void aroundWriteTo(jakarta.ws.rs.ext.WriterInterceptorContext context) throws java.io.IOException {
            context.proceed();
            budget.sending();
        }
    }
}
