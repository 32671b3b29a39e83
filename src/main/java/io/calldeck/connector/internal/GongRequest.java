package io.calldeck.connector.internal;

import io.calldeck.connector.GongEndpoint;
import io.calldeck.connector.RequestPriority;
import io.calldeck.connector.client.GongCallsClient;
import io.calldeck.connector.model.MediaUploadResponse;
import jakarta.ws.rs.core.Response;
import java.util.Objects;
import java.util.function.Function;

/**
 * One request to Gong, as {@link GongTransport#send} sends it (and Fault Tolerance repeats it): the endpoint, who
 * is waiting, and either a call of the REST client with the type of its answer, or a recording to upload. It
 * remembers its attempts, so that a repeat knows what the one before it did.
 *
 * @param <T> the answer's type
 */
public final class GongRequest<T> {

    private final RequestPriority priority;
    private final GongEndpoint endpoint;
    private final Function<GongCallsClient, Response> call;
    private final Class<T> type;
    private final String callId;
    private final MediaSource media;
    private final boolean repeatable;
    private int attempts;
    private boolean answerLost;

    private GongRequest(RequestPriority priority, GongEndpoint endpoint, Function<GongCallsClient, Response> call,
                        Class<T> type, String callId, MediaSource media, boolean repeatable) {
        this.priority = Objects.requireNonNull(priority, "priority");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.call = call;
        this.type = type;
        this.callId = callId;
        this.media = media;
        this.repeatable = repeatable;
    }

    /**
     * A request through the MicroProfile REST client.
     *
     * @param priority who is waiting
     * @param endpoint the endpoint
     * @param call     the client method to call
     * @param type     the answer's type
     * @param <T>      the answer's type
     * @return the request
     */
    public static <T> GongRequest<T> of(RequestPriority priority, GongEndpoint endpoint,
                                        Function<GongCallsClient, Response> call, Class<T> type) {
        return new GongRequest<>(priority, endpoint, Objects.requireNonNull(call, "call"),
                Objects.requireNonNull(type, "type"), null, null, true);
    }

    /**
     * {@code PUT /v2/calls/{id}/media}.
     *
     * @param priority   who is waiting
     * @param callId     the call (validated)
     * @param media      the recording
     * @param repeatable whether the recording can be read again (a file), so that a failed upload may be repeated
     * @return the request
     */
    public static GongRequest<MediaUploadResponse> upload(RequestPriority priority, String callId, MediaSource media,
                                                          boolean repeatable) {
        return new GongRequest<>(priority, GongEndpoint.UPLOAD_MEDIA, null, MediaUploadResponse.class,
                Objects.requireNonNull(callId, "callId"), Objects.requireNonNull(media, "media"), repeatable);
    }

    /** @return who is waiting */
    public RequestPriority priority() {
        return priority;
    }

    /** @return the endpoint */
    public GongEndpoint endpoint() {
        return endpoint;
    }

    Function<GongCallsClient, Response> call() {
        return call;
    }

    Class<T> type() {
        return type;
    }

    boolean isUpload() {
        return media != null;
    }

    String callId() {
        return callId;
    }

    MediaSource media() {
        return media;
    }

    /** @return whether a failed attempt may be repeated (every request but an upload from a one-shot stream) */
    boolean repeatable() {
        return repeatable;
    }

    /** @return attempts started so far, this one included */
    int attempts() {
        return attempts;
    }

    int attempt() {
        return ++attempts;
    }

    /** @return whether an earlier attempt was sent whole and its answer never arrived (Gong may have done it) */
    boolean answerLost() {
        return answerLost;
    }

    void lostAnswer() {
        answerLost = true;
    }
}
