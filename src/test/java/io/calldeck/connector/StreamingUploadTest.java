package io.calldeck.connector;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.calldeck.connector.model.MediaUploadResponse;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recording several times larger than the test JVM's whole heap uploads without {@link OutOfMemoryError}:
 * the connector streams it. Runs in its own Surefire execution with {@code -Xmx64m} against a server that
 * counts the bytes it receives and keeps none of them.
 */
class StreamingUploadTest {

    private static final long FILE_SIZE = 400L * 1024 * 1024;

    private HttpServer server;
    private final AtomicLong received = new AtomicLong();
    private final AtomicReference<String> contentType = new AtomicReference<>();
    private final AtomicReference<String> method = new AtomicReference<>();

    @BeforeEach
    void countingServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v2/calls/", exchange -> {
            method.set(exchange.getRequestMethod());
            contentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = exchange.getRequestBody()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    received.addAndGet(n);
                }
            }
            byte[] body = "{\"requestId\":\"up\",\"callId\":\"42\",\"url\":\"https://app.gong.io/call?id=42\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(201, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aFileLargerThanTheHeapStreamsThrough(@TempDir Path dir) throws Exception {
        assertThat(Runtime.getRuntime().maxMemory())
                .as("this test proves streaming only when the heap is much smaller than the file (Surefire runs it with -Xmx64m)")
                .isLessThan(FILE_SIZE / 4);
        Path recording = dir.resolve("board-meeting.mp4");
        try (RandomAccessFile file = new RandomAccessFile(recording.toFile(), "rw")) {
            file.setLength(FILE_SIZE);
        }
        String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();

        MediaUploadResponse response;
        try (GongCalls calls = GongCalls.create(TestConfigs.gong(baseUrl, GongConfig.READ_TIMEOUT, "600000"))) {
            response = calls.uploadMedia("42", recording);
        }

        assertThat(response.callId()).isEqualTo("42");
        assertThat(method.get()).isEqualTo("PUT");
        assertThat(contentType.get()).startsWith("multipart/form-data");
        assertThat(received.get()).isGreaterThan(FILE_SIZE).isLessThan(FILE_SIZE + 4096);
        assertThat(Files.size(recording)).isEqualTo(FILE_SIZE);
    }
}
