package io.calldeck.sandbox.api;

import io.calldeck.sandbox.SandboxFaults;
import io.calldeck.sandbox.SandboxSettings;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The sandbox's faults that live below the REST layer: added latency (the request waits without holding a
 * thread, then continues), dropped connections (the request is processed, its answer announces a body that
 * never comes) and truncated bodies (half of the body, then the connection closes).
 */
@WebFilter(urlPatterns = "/sandbox/v2/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ASYNC})
public class SandboxTransportFaults extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String DELAYED = SandboxTransportFaults.class.getName() + ".delayed";
    /** When the request reached the server (an {@link java.time.Instant}), for the rate limit. */
    static final String ARRIVED = SandboxTransportFaults.class.getName() + ".arrived";

    @Inject
    SandboxFaults faults;

    @Inject
    SandboxSettings settings;

    @Resource
    transient ManagedScheduledExecutorService scheduler;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!settings.enabled()) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getAttribute(ARRIVED) == null) {
            request.setAttribute(ARRIVED, java.time.Instant.now());
        }
        int latency = faults.settings().latencyMillis();
        if (latency > 0 && request.getAttribute(DELAYED) == null) {
            request.setAttribute(DELAYED, Boolean.TRUE);
            AsyncContext async = request.startAsync();
            async.setTimeout(latency + 120_000L);
            scheduler.schedule(() -> async.dispatch(), latency, TimeUnit.MILLISECONDS);
            return;
        }
        SandboxFaults.Fault fault = faults.afterProcessing();
        if (fault == SandboxFaults.Fault.NONE) {
            chain.doFilter(request, response);
            return;
        }
        BufferedResponse buffered = new BufferedResponse(response);
        chain.doFilter(request, buffered);
        byte[] body = buffered.body();
        int sent = fault == SandboxFaults.Fault.DROP ? 0 : body.length / 2;
        response.setHeader("Connection", "close");
        response.setContentLength(body.length);
        response.flushBuffer();
        ServletOutputStream out = response.getOutputStream();
        out.write(body, 0, sent);
        out.flush();
    }

    /** Holds the body back so that the filter decides how much of it leaves. */
    private static final class BufferedResponse extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private PrintWriter writer;
        private final ServletOutputStream stream = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("blocking only");
            }

            @Override
            public void write(int b) {
                buffer.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                buffer.write(b, off, len);
            }
        };

        BufferedResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(buffer, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void setContentLength(int length) {
            // the filter sets the length itself
        }

        @Override
        public void setContentLengthLong(long length) {
            // the filter sets the length itself
        }

        @Override
        public void flushBuffer() {
            // nothing leaves before the filter decides
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }
    }
}
