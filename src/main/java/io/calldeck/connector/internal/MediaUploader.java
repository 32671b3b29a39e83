package io.calldeck.connector.internal;

import io.calldeck.connector.GongConfig;
import io.calldeck.connector.client.GongAuthFilter;
import io.calldeck.connector.client.GongErrors;
import io.calldeck.connector.exception.GongConnectionException;
import io.calldeck.connector.exception.GongValidationException;
import io.calldeck.connector.model.MediaUploadResponse;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Streams a recording to {@code PUT /v2/calls/{id}/media} as one multipart part {@code mediaFile}.
 *
 * <p>This is the connector's one request that does not go through the MicroProfile Rest Client: RESTEasy, the
 * client behind Liberty's {@code mpRestClient}, buffers a request entity to compute its length (in memory up to
 * a threshold, then in a temporary file, with a size cap), so a 1.5 GB recording would be copied to disk
 * before a byte is sent, or refused. The JDK's {@link HttpClient} sends the multipart envelope and the file
 * straight from disk with an exact {@code Content-Length} (chunked for a stream of unknown length), in constant
 * memory. Authentication, rate budget and error mapping are the same as for every other request.
 */
final class MediaUploader {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private final GongConfig config;
    private final HttpClient http;

    MediaUploader(GongConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Gong's answer to an upload.
     *
     * @param status   the HTTP status (201)
     * @param response its body
     */
    record Uploaded(int status, MediaUploadResponse response) {
    }

    /**
     * Sends the recording; the caller has taken a rate-budget slot.
     *
     * @param endpoint the endpoint's name for errors
     * @param callId   the call (validated)
     * @param source   the recording
     * @param bodySent told when the recording has been read to its end (the whole request is then on its way)
     * @return Gong's answer (201)
     * @throws GongConnectionException when no answer arrived (the connection failed or timed out)
     */
    Uploaded upload(String endpoint, String callId, MediaSource source, Runnable bodySent) {
        String boundary = "CallDeck-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"mediaFile\"; filename=\"" + headerSafe(source.fileName())
                + "\"\r\n"
                + "Content-Type: " + source.mediaType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        HttpRequest.BodyPublisher media = source.size() >= 0
                ? new SizedStreamPublisher(source, HttpRequest.BodyPublishers.ofInputStream(() -> open(source, bodySent)))
                : HttpRequest.BodyPublishers.ofInputStream(() -> open(source, bodySent));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.baseUri() + "/v2/calls/" + callId + "/media"))
                .timeout(config.uploadTimeout())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .header("User-Agent", GongAuthFilter.USER_AGENT)
                .PUT(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head), media,
                        HttpRequest.BodyPublishers.ofByteArray(tail)));
        config.credentials().ifPresent(c -> request.header("Authorization", c.authorizationHeader()));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            if (causedBy(e, LimitedInputStream.TooLargeException.class)) {
                throw new GongValidationException("mediaFile", "must be at most 1.5 GB ("
                        + RequestValidator.MAX_MEDIA_BYTES + " bytes); the stream was longer");
            }
            if (causedBy(e, UnreadableSourceException.class)) {
                throw new GongValidationException("mediaFile", "cannot be read: " + e.getMessage());
            }
            throw new GongConnectionException(endpoint, 0, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GongConnectionException(endpoint, 0, "interrupted during the upload", e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            try {
                return new Uploaded(status, JSONB.fromJson(response.body(), MediaUploadResponse.class));
            } catch (JsonbException e) {
                throw new GongConnectionException(endpoint, status, "response body unreadable: " + e.getMessage(), e);
            }
        }
        throw GongErrors.toException(endpoint, status, response.body(),
                response.headers().firstValue("Retry-After").orElse(null));
    }

    private static InputStream open(MediaSource source, Runnable bodySent) {
        try {
            return new java.io.FilterInputStream(new LimitedInputStream(source.opener().open(),
                    RequestValidator.MAX_MEDIA_BYTES)) {
                @Override
                public int read() throws IOException {
                    return ended(super.read());
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return ended(super.read(buffer, offset, length));
                }

                private int ended(int n) {
                    if (n < 0) {
                        bodySent.run();
                    }
                    return n;
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(new UnreadableSourceException(e));
        }
    }

    private static String headerSafe(String fileName) {
        StringBuilder safe = new StringBuilder();
        for (char c : fileName.toCharArray()) {
            safe.append(c < 0x20 || c > 0x7e || c == '"' || c == '\\' ? '_' : c);
        }
        return safe.toString();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The recording could not be opened. */
    private static final class UnreadableSourceException extends IOException {
        private static final long serialVersionUID = 1L;

        UnreadableSourceException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** A stream publisher that announces the file's exact length, so the request has a Content-Length. */
    private record SizedStreamPublisher(MediaSource source, HttpRequest.BodyPublisher delegate)
            implements HttpRequest.BodyPublisher {
        @Override
        public long contentLength() {
            return source.size();
        }

        @Override
        public void subscribe(java.util.concurrent.Flow.Subscriber<? super java.nio.ByteBuffer> subscriber) {
            delegate.subscribe(subscriber);
        }
    }
}
