package io.calldeck.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;

/**
 * The load balancer in front of several test servers: one address for the browser, forwarding each request to the
 * server it currently points at, the way a load balancer does after it took a dead server out. Redirects that name
 * the server are rewritten to name the load balancer, so that the browser never leaves it.
 */
public final class ItLoadBalancer implements AutoCloseable {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ItLoadBalancer.class.getName());
    /** Hop-by-hop headers, and those the JDK's client sets itself (it refuses them). */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "keep-alive", "transfer-encoding", "te", "trailer", "proxy-connection", "http2-settings", "date", "from", "via",
            "warning");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private volatile String backend;

    /**
     * @param port    the port it listens on (loopback)
     * @param backend the server it forwards to first, e.g. {@code http://localhost:19082}
     * @throws IOException when the port cannot be bound
     */
    public ItLoadBalancer(int port, String backend) throws IOException {
        this.backend = backend;
        this.base = "http://localhost:" + port;
        this.server = HttpServer.create(new InetSocketAddress("localhost", port), 50);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::forward);
        server.start();
    }

    /** @return its base URL, for the browser */
    public String base() {
        return base;
    }

    /** @param backend the server every request goes to from now on */
    public void pointAt(String backend) {
        this.backend = backend;
    }

    private void forward(HttpExchange exchange) throws IOException {
        String target = backend;
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
                    .timeout(Duration.ofSeconds(60))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
                if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                    header.getValue().forEach(value -> request.header(header.getKey(), value));
                }
            }
            HttpResponse<byte[]> answer;
            try {
                answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                LOG.fine(() -> exchange.getRequestMethod() + " " + exchange.getRequestURI() + " to " + target
                        + " failed: " + e);
                // The server it points at is down: what a load balancer answers until it is taken out.
                exchange.sendResponseHeaders(502, -1);
                return;
            }
            answer.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    for (String value : values) {
                        exchange.getResponseHeaders().add(name, name.equalsIgnoreCase("location")
                                ? value.replace(target, base) : value);
                    }
                }
            });
            byte[] content = answer.body();
            boolean noBody = content.length == 0 || exchange.getRequestMethod().equals("HEAD")
                    || answer.statusCode() == 204 || answer.statusCode() == 304;
            exchange.sendResponseHeaders(answer.statusCode(), noBody ? -1 : content.length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(content);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "forwarding " + exchange.getRequestURI() + " failed", e);
            throw e;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
