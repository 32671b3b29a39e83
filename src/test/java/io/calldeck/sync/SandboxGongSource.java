package io.calldeck.sync;

import io.calldeck.connector.GongScope;
import io.calldeck.connector.exception.GongCursorExpiredException;
import io.calldeck.connector.exception.GongMissingScopeException;
import io.calldeck.connector.exception.GongServerException;
import io.calldeck.connector.model.CallTranscript;
import io.calldeck.connector.model.CallsFilter;
import io.calldeck.connector.model.ContentSelector;
import io.calldeck.connector.model.ExtensiveCall;
import io.calldeck.connector.model.ExtensiveCallsPage;
import io.calldeck.connector.model.GongUser;
import io.calldeck.connector.model.Records;
import io.calldeck.connector.model.TranscriptsPage;
import io.calldeck.connector.model.Workspace;
import io.calldeck.sandbox.data.SandboxCall;
import io.calldeck.sandbox.data.SandboxData;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sandbox's data served as Gong pages in process, with the faults the sync must survive: an expired cursor
 * at the n-th cursor request, a server error at the n-th page request. For fast sync tests; the integration
 * tests run the same sync against the sandbox over HTTP.
 */
final class SandboxGongSource implements GongSource {

    private final SandboxData data;
    final AtomicInteger pageRequests = new AtomicInteger();
    final AtomicInteger transcriptRequests = new AtomicInteger();
    private int cursorRequests;
    private int expireCursorAt = -1;
    private int failAtPage = -1;
    private final java.util.Set<GongScope> missing = java.util.EnumSet.noneOf(GongScope.class);
    final AtomicInteger directoryRequests = new AtomicInteger();

    SandboxGongSource(SandboxData data) {
        this.data = data;
    }

    SandboxGongSource expireCursorAtRequest(int n) {
        this.expireCursorAt = n;
        return this;
    }

    SandboxGongSource failAtPageRequest(int n) {
        this.failAtPage = n;
        return this;
    }

    private int pauseAtPage = -1;
    private Duration pause = Duration.ZERO;

    /**
     * Makes page request {@code n} wait before it is answered, as the connector waits for the rate budget or a
     * {@code Retry-After}; an interrupted wait fails as the connector's does.
     */
    SandboxGongSource pauseAtPageRequest(int n, Duration howLong) {
        this.pauseAtPage = n;
        this.pause = howLong;
        return this;
    }

    /** Answers requests needing these scopes as Gong does when the app lacks them: 401, the scope named. */
    SandboxGongSource without(GongScope... scopes) {
        missing.addAll(List.of(scopes));
        return this;
    }

    /** Gives back every scope. */
    SandboxGongSource withAllScopes() {
        missing.clear();
        return this;
    }

    private void check(GongScope scope, String endpoint) {
        if (missing.contains(scope)) {
            throw new GongMissingScopeException(endpoint, "r-scope", List.of("You don't have permission to use '"
                    + scope.value() + "' in your app."), scope.value());
        }
    }

    @Override
    public List<GongUser> users() {
        directoryRequests.incrementAndGet();
        check(GongScope.USERS_READ, "GET /v2/users");
        return data.users();
    }

    @Override
    public List<Workspace> workspaces() {
        directoryRequests.incrementAndGet();
        check(GongScope.WORKSPACES_READ, "GET /v2/workspaces");
        return data.workspaces();
    }

    @Override
    public synchronized ExtensiveCallsPage callsPage(CallsFilter filter, ContentSelector selector, String cursor) {
        int request = pageRequests.incrementAndGet();
        check(GongScope.CALLS_READ_EXTENSIVE, "POST /v2/calls/extensive");
        if (request == pauseAtPage) {
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new io.calldeck.connector.exception.GongConnectionException("POST /v2/calls/extensive", 0,
                        "interrupted while waiting for the rate budget", e);
            }
        }
        if (request == failAtPage) {
            throw new GongServerException("POST /v2/calls/extensive", 503, "r", List.of("Service Unavailable"));
        }
        int start = 0;
        if (cursor != null) {
            cursorRequests++;
            if (cursorRequests == expireCursorAt) {
                throw new GongCursorExpiredException("POST /v2/calls/extensive", "r", List.of("cursor has expired"));
            }
            String[] parts = cursor.split(":");
            if (!parts[1].equals(Integer.toString(filter.hashCode()))) {
                throw new IllegalStateException("cursor used with another filter");
            }
            start = Integer.parseInt(parts[0]);
        }
        List<SandboxCall> matches = data.find(filter);
        int end = Math.min(matches.size(), start + 100);
        List<ExtensiveCall> calls = matches.subList(start, end).stream().map(data::render).toList();
        String next = end < matches.size() ? end + ":" + filter.hashCode() : null;
        return new ExtensiveCallsPage("r" + request, new Records(matches.size(), calls.size(), start / 100, next), calls);
    }

    @Override
    public TranscriptsPage transcriptsPage(CallsFilter filter, String cursor) {
        transcriptRequests.incrementAndGet();
        check(GongScope.CALLS_READ_TRANSCRIPT, "POST /v2/calls/transcript");
        List<CallTranscript> transcripts = data.find(filter).stream().map(data::transcript).toList();
        return new TranscriptsPage("t", new Records(transcripts.size(), transcripts.size(), 0, null), transcripts);
    }
}
