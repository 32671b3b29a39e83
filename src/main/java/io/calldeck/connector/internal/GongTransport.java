package io.calldeck.connector.internal;

import io.calldeck.connector.GongConfig;
import io.calldeck.connector.GongRequestCompleted;
import io.calldeck.connector.RateBudgetStatus;
import io.calldeck.connector.RequestPriority;
import io.calldeck.connector.SharedRateLimit;
import io.calldeck.connector.client.GongAuthFilter;
import io.calldeck.connector.client.GongCallsClient;
import io.calldeck.connector.client.GongErrors;
import io.calldeck.connector.exception.GongConnectionException;
import io.calldeck.connector.exception.GongException;
import io.calldeck.connector.exception.GongNotFoundException;
import io.calldeck.connector.exception.GongRateLimitException;
import io.calldeck.connector.exception.GongServerException;
import io.calldeck.connector.exception.GongWaitTooLongException;
import io.calldeck.connector.model.CallsPage;
import io.calldeck.connector.model.ExtensiveCallsPage;
import io.calldeck.connector.model.MediaUploadResponse;
import io.calldeck.connector.model.TranscriptsPage;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Sends each request to Gong through one method, {@link #send}: takes a slot from the {@link RateBudget}, calls
 * the MicroProfile Rest Client (or streams an upload), and turns the answer into a model or one of the connector's
 * exceptions (naming the {@link GongEndpoint}, with Gong's {@code requestId}). Gong's "no calls found" 404 becomes an
 * empty page on the list endpoints; a 429 pauses the whole budget for {@code Retry-After}; a 5xx or connection
 * failure starts (or doubles) the budget's backoff.
 *
 * <p>Retries and the circuit breaker are MicroProfile Fault Tolerance on {@link #send}, and since every request
 * passes that one method, there is one circuit for all of Gong: when it opens, the sync, the pages and the access
 * changes are refused together, and nothing is sent to a dead host. Both are tunable by MP Config
 * ({@code io.calldeck.connector.internal.GongTransport/send/Retry/maxRetries},
 * {@code …/send/CircuitBreaker/delay}, …). Every request is a safe operation (reads, the POST reads, add-call, whose
 * repeat Gong recognises by {@code clientUniqueId}, idempotent access changes, uploads from a file, whose repeat
 * after a lost answer Gong answers "already has media", taken as done) and is retried on connection failures, 5xx
 * and 429, never on 400, 401, 403, 404 or 409; an upload from a one-shot stream is never repeated.
 * {@code @Retry} has no delay of its own: the retried request waits in the rate budget, for Gong's
 * {@code Retry-After} or for the exponential backoff with jitter. The circuit opens when three quarters of 20
 * requests in a row failed, and lets a trial through after 30 s. Interceptors apply to the CDI bean only: a
 * connector made by {@link io.calldeck.connector.GongCalls#create} has the budget and backoff but no automatic
 * retries. Internal: applications use {@link io.calldeck.connector.GongCalls}.
 */
@ApplicationScoped
public class GongTransport {

    private static final Logger LOG = Logger.getLogger(GongTransport.class.getName());
    /** Added to the one-second rate window, for jitter between the connector and Gong. */
    private static final Duration WINDOW_MARGIN = Duration.ofMillis(30);

    private GongConfig config;
    private GongAuthFilter authFilter;
    private RateBudget budget;
    private MediaUploader uploader;
    private volatile GongCallsClient client;
    private Event<GongRequestCompleted> completed;
    private SharedRateLimit shared;

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

    /**
     * In a container: the rate limit shared with other processes, when the application supplies one as a CDI bean
     * (a {@code @Dependent} producer may return {@code null}: then there is none).
     *
     * @param limits the application's {@link SharedRateLimit}, if any
     */
    @Inject
    void sharedWith(Instance<SharedRateLimit> limits) {
        if (limits.isResolvable()) {
            this.shared = limits.get();
            if (shared != null) {
                LOG.info(() -> "Gong requests also wait in the rate limit shared with other servers: " + shared);
            }
        }
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

    /**
     * @return the rate budget's state; with a rate limit shared with other processes, the day's count and the pause
     *         are the whole company's (one read of the shared store). When that read fails, this process's own
     *         figures, marked so ({@link RateBudgetStatus#allServers()} false), and the failure is logged.
     */
    public RateBudgetStatus budgetStatus() {
        RateBudgetStatus own = budget.status();
        SharedRateLimit limit = shared;
        if (limit == null) {
            return own;
        }
        try {
            OptionalInt usedByAll = limit.usedToday();
            if (usedByAll.isEmpty()) {
                return own;
            }
            Instant now = Instant.now();
            return own.withSharedLimit(usedByAll.getAsInt(),
                    limit.pausedUntil().filter(now::isBefore).orElse(null));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The rate limit shared with the other servers could not be read; the budget shows"
                    + " this server's own requests: " + e.getMessage(), e);
            return own;
        }
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
     * Sends one request to Gong: the one method every request passes, guarded by Fault Tolerance (one circuit breaker
     * for all of Gong, retries).
     *
     * @param request the request
     * @param <T>     its answer's type
     * @return Gong's answer; on the list endpoints an empty page when Gong found no calls
     * @throws io.calldeck.connector.exception.GongException when Gong refuses or fails, or the rate budget cannot
     *         wait long enough for an interactive request ({@link GongWaitTooLongException} for Gong's rate limit,
     *         {@link io.calldeck.connector.exception.GongBackingOffException} for the backoff after Gong's failures)
     * @throws NotRepeated when a request that must not be repeated (an upload from a one-shot stream) failed in a
     *         way that would otherwise be retried; its cause is the failure
     */
    @Retry(maxRetries = 5, delay = 0, jitter = 0, maxDuration = 30, durationUnit = ChronoUnit.MINUTES,
            retryOn = {GongConnectionException.class, GongServerException.class, GongRateLimitException.class},
            abortOn = {GongWaitTooLongException.class, io.calldeck.connector.exception.GongBackingOffException.class,
                    NotRepeated.class})
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2, failOn = {GongConnectionException.class, GongServerException.class,
            NotRepeated.Failure.class})
    public <T> T send(GongRequest<T> request) {
        int attempt = request.attempt();
        if (attempt > 1) {
            LOG.fine(() -> request.endpoint() + ": attempt " + attempt);
        }
        try {
            if (request.isUpload()) {
                return request.type().cast(upload(request));
            }
            return exchange(request);
        } catch (GongConnectionException | GongServerException e) {
            if (!request.repeatable()) {
                throw new NotRepeated.Failure(e);
            }
            throw e;
        } catch (GongRateLimitException e) {
            if (!request.repeatable()) {
                throw new NotRepeated(e);
            }
            throw e;
        }
    }

    /**
     * A failure Fault Tolerance would retry, of a request that must not be sent twice (an upload from a stream
     * already read): not retried; {@link io.calldeck.connector.GongCalls} throws its cause.
     */
    public static class NotRepeated extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotRepeated(io.calldeck.connector.exception.GongException cause) {
            super(cause.getMessage(), cause);
        }

        @Override
        public synchronized io.calldeck.connector.exception.GongException getCause() {
            return (io.calldeck.connector.exception.GongException) super.getCause();
        }

        /** A connection failure or 5xx: counts as a failure for the circuit breaker. */
        public static final class Failure extends NotRepeated {
            private static final long serialVersionUID = 1L;

            Failure(io.calldeck.connector.exception.GongException cause) {
                super(cause);
            }
        }
    }

    private MediaUploadResponse upload(GongRequest<?> request) {
        String endpoint = request.endpoint().label();
        long waitStarted = System.nanoTime();
        SharedRateLimit.Place place = takeSlot(request.priority(), endpoint);
        long sent = System.nanoTime();
        int status = 0;
        boolean[] bodySent = {false};
        try {
            // An upload counts from when it leaves: its body streams long after Gong has counted it.
            budget.sending();
            budget.released();
            if (place != null) {
                place.released();
            }
            MediaUploader.Uploaded uploaded = uploader.upload(endpoint, request.callId(), request.media(),
                    () -> bodySent[0] = true);
            status = uploaded.status();
            budget.succeeded();
            return uploaded.response();
        } catch (GongConnectionException e) {
            status = e.status();
            if (bodySent[0]) {
                request.lostAnswer();
            }
            record(e);
            throw e;
        } catch (io.calldeck.connector.exception.GongValidationException e) {
            throw e;
        } catch (GongException e) {
            status = e.status();
            if (request.answerLost() && e.status() == 400 && e.errors().stream()
                    .anyMatch(m -> m.toLowerCase(java.util.Locale.ROOT).contains("already has media"))) {
                // The earlier attempt reached Gong and only its answer was lost: the recording is there.
                budget.succeeded();
                LOG.info(() -> endpoint + " for call " + request.callId() + ": the answer to attempt "
                        + (request.attempts() - 1) + " was lost and Gong now says the call already has media"
                        + " (request " + e.requestId().orElse("?") + "); the upload is done");
                return new MediaUploadResponse(e.requestId().orElse(null), request.callId(), null);
            }
            record(e);
            throw e;
        } finally {
            fire(endpoint, status, waitStarted, sent);
        }
    }

    private <T> T exchange(GongRequest<T> request) {
        String endpoint = request.endpoint().label();
        Function<GongCallsClient, Response> call = request.call();
        GongCallsClient rest = client();
        long waitStarted = System.nanoTime();
        SharedRateLimit.Place place = takeSlot(request.priority(), endpoint);
        long started = System.nanoTime();
        int[] status = {0};
        try {
            Response answer;
            try {
                answer = call.apply(rest);
            } finally {
                budget.answered();
                if (place != null) {
                    place.answered();
                }
            }
            return read(request, answer, status, started);
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

    private <T> T read(GongRequest<T> request, Response answer, int[] statusOut, long started) {
        String endpoint = request.endpoint().label();
        Class<T> type = request.type();
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
            if (error instanceof GongNotFoundException notFound && notFound.isNoCallsFound()
                    && request.endpoint().noCallsFoundIsEmpty()) {
                budget.succeeded();
                return empty(type);
            }
            if (error instanceof GongRateLimitException rateLimited) {
                budget.rateLimited(rateLimited.retryAfter().orElse(null));
                pauseEveryProcess(endpoint, rateLimited.retryAfter().orElse(null));
            }
            throw error;
        }
    }

    /** @return the empty page of a list endpoint's answer type, for Gong's "no calls found" */
    private static <T> T empty(Class<T> type) {
        Object page;
        if (type == CallsPage.class) {
            page = CallsPage.empty();
        } else if (type == ExtensiveCallsPage.class) {
            page = ExtensiveCallsPage.empty();
        } else if (type == TranscriptsPage.class) {
            page = TranscriptsPage.empty();
        } else {
            throw new IllegalStateException("no empty page for " + type.getName());
        }
        return type.cast(page);
    }

    /** Gong's {@code Retry-After} holds back the other processes too, when the budget is shared. */
    private void pauseEveryProcess(String endpoint, Duration retryAfter) {
        if (shared == null) {
            return;
        }
        Duration pause = retryAfter == null ? config.initialBackoff() : retryAfter;
        try {
            shared.pause(Instant.now().plus(pause));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, endpoint + " was answered 429; the other servers could not be told to hold back "
                    + pause.toMillis() + " ms: " + e.getMessage(), e);
        }
    }

    /**
     * @return the request's place in the budget shared with other processes, to end once the request is answered;
     *         {@code null} when there is no shared budget (or its store failed, logged)
     */
    private SharedRateLimit.Place takeSlot(RequestPriority priority, String endpoint) {
        Duration maxWait = priority == RequestPriority.INTERACTIVE ? config.interactiveMaxWait() : null;
        long started = System.nanoTime();
        try {
            budget.acquire(priority, maxWait);
            if (shared == null) {
                return null;
            }
            return takeSharedSlot(priority, endpoint, maxWait == null ? null
                    : maxWait.minusNanos(System.nanoTime() - started));
        } catch (RateBudget.BudgetExceededException e) {
            long seconds = Math.max(1, (e.waitNeeded().toMillis() + 999) / 1000);
            if (e.backingOff()) {
                throw new io.calldeck.connector.exception.GongBackingOffException(endpoint, e.getMessage(),
                        Duration.ofSeconds(seconds));
            }
            throw new GongWaitTooLongException(endpoint, e.getMessage(), Duration.ofSeconds(seconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GongConnectionException(endpoint, 0, "interrupted while waiting for the rate budget", e);
        }
    }

    /**
     * After this process's budget let the request go: its place in the budget shared with other processes. When that
     * refuses, this process's place goes unused and the request fails as a rate limit, nothing sent. When the store
     * behind it cannot be reached, the request goes on this process's budget alone (logged): a store outage must not
     * also stop the transcripts and access changes that do not need it.
     */
    private SharedRateLimit.Place takeSharedSlot(RequestPriority priority, String endpoint, Duration maxWait)
            throws InterruptedException {
        try {
            return shared.acquire(priority, maxWait == null ? null : maxWait.isNegative() ? Duration.ZERO : maxWait);
        } catch (SharedRateLimit.WaitTooLongException e) {
            budget.cancel();
            long seconds = Math.max(1, (e.waitNeeded().toMillis() + 999) / 1000);
            throw new GongWaitTooLongException(endpoint, e.getMessage(), Duration.ofSeconds(seconds));
        } catch (InterruptedException e) {
            budget.cancel();
            throw e;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, endpoint + " goes on this server's Gong budget alone: the shared rate limit"
                    + " failed: " + e.getMessage(), e);
            return null;
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
