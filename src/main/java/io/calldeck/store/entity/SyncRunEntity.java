package io.calldeck.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One run of the calls sync: its window, its checkpoint (the cursor and the last committed call, written in
 * the same transaction as each page) and what it did.
 */
@Entity
@Table(name = "sync_run")
public class SyncRunEntity implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** What started a run. */
    public enum Kind {
        /** The schedule or "sync now": re-reads the look-back window and what is new. */
        INCREMENTAL,
        /** "Backfill from date": reads from a chosen date. */
        BACKFILL,
        /**
         * Re-reads the last {@code calldeck.sync.refresh-days} days in full (once a day by default), for what Gong
         * publishes late on older calls: comments, trackers, topics.
         */
        REFRESH
    }

    /** Where a run is. */
    public enum Status {
        /** Reading pages (or was, when its server stopped: then it is resumed). */
        RUNNING,
        /** Read its whole window. */
        SUCCEEDED,
        /** Stopped on an error; the next run resumes from its checkpoint. */
        FAILED,
        /** Stopped because Gong's rate limit asked to wait; resumed when it allows. */
        WAITING
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "started_at")
    private OffsetDateTime startedAt;
    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;
    @Column(name = "window_from")
    private OffsetDateTime windowFrom;
    @Column(name = "window_to")
    private OffsetDateTime windowTo;
    @Column(name = "sequence_from")
    private OffsetDateTime sequenceFrom;
    @Column(name = "cursor_token")
    private String cursor;
    @Column(name = "checkpoint_started")
    private OffsetDateTime checkpointStarted;
    @Column(name = "checkpoint_call_id")
    private String checkpointCallId;
    private int pages;
    private int calls;
    @Column(name = "expected_calls")
    private Integer expectedCalls;
    private int requests;
    @Column(name = "cursor_restarts")
    private int cursorRestarts;
    private int transcripts;
    private String error;
    private String node;
    /** Reads the run did without, one a line: {@code "<endpoint>: <Gong's message>"}. */
    private String warnings;
    /** Whether the run failed because Gong could not be reached or failed (connection, 5xx, open circuit). */
    @Column(name = "gong_unreachable")
    private boolean gongUnreachable;

    /** For JPA. */
    protected SyncRunEntity() {
    }

    /**
     * @param kind       what started it
     * @param startedAt  when
     * @param windowFrom start of the window (call start time, inclusive)
     * @param windowTo   end of the window (exclusive)
     * @param node       the server running it
     */
    public SyncRunEntity(Kind kind, OffsetDateTime startedAt, OffsetDateTime windowFrom, OffsetDateTime windowTo,
                         String node) {
        this.kind = kind;
        this.status = Status.RUNNING;
        this.startedAt = startedAt;
        this.windowFrom = windowFrom;
        this.windowTo = windowTo;
        this.sequenceFrom = windowFrom;
        this.node = node;
    }

    /** @return the run's number */
    public Long getId() {
        return id;
    }

    /** @return what started it */
    public Kind getKind() {
        return kind;
    }

    /** @return where it is */
    public Status getStatus() {
        return status;
    }

    /** @return when it started */
    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    /** @return when it ended, or {@code null} */
    public OffsetDateTime getFinishedAt() {
        return finishedAt;
    }

    /** @return start of the window */
    public OffsetDateTime getWindowFrom() {
        return windowFrom;
    }

    /** @return end of the window */
    public OffsetDateTime getWindowTo() {
        return windowTo;
    }

    /**
     * @return the {@code fromDateTime} of the listing the current cursor belongs to: the window's start, or
     *         after a restart the start time of the last committed call
     */
    public OffsetDateTime getSequenceFrom() {
        return sequenceFrom;
    }

    /** @return the cursor of the next page, or {@code null} */
    public String getCursor() {
        return cursor;
    }

    /** @return start time of the last committed call */
    public OffsetDateTime getCheckpointStarted() {
        return checkpointStarted;
    }

    /** @return id of the last committed call */
    public String getCheckpointCallId() {
        return checkpointCallId;
    }

    /** @return pages committed */
    public int getPages() {
        return pages;
    }

    /** @return calls committed */
    public int getCalls() {
        return calls;
    }

    /** @return calls Gong said the window holds ({@code records.totalRecords} of the first page) */
    public Integer getExpectedCalls() {
        return expectedCalls;
    }

    /** @return requests sent to Gong */
    public int getRequests() {
        return requests;
    }

    /** @return how often an expired cursor made it restart from its checkpoint */
    public int getCursorRestarts() {
        return cursorRestarts;
    }

    /** @return transcripts fetched */
    public int getTranscripts() {
        return transcripts;
    }

    /** @return why it failed, or {@code null} */
    public String getError() {
        return error;
    }

    /** @return the server that ran it */
    public String getNode() {
        return node;
    }

    /**
     * Records a committed page.
     *
     * @param nextCursor    the cursor of the next page, or {@code null}
     * @param lastStarted   start time of the page's last call
     * @param lastCallId    id of the page's last call
     * @param pageCalls     calls on the page
     * @param totalExpected {@code records.totalRecords}, when known
     */
    public void pageCommitted(String nextCursor, OffsetDateTime lastStarted, String lastCallId, int pageCalls,
                              Integer totalExpected) {
        this.cursor = nextCursor;
        if (lastStarted != null) {
            this.checkpointStarted = lastStarted;
            this.checkpointCallId = lastCallId;
        }
        this.pages++;
        this.calls += pageCalls;
        if (this.expectedCalls == null && totalExpected != null) {
            this.expectedCalls = totalExpected;
        }
    }

    /**
     * Starts the listing again from the last committed call, without a cursor: after Gong refused the cursor as
     * expired, or when a run is resumed. Calls already committed may be read again (they are upserted); none
     * is skipped, because Gong lists oldest first.
     *
     * @param expired whether Gong refused the cursor (counted in {@link #getCursorRestarts()})
     */
    public void restartFromCheckpoint(boolean expired) {
        this.cursor = null;
        this.sequenceFrom = checkpointStarted != null ? checkpointStarted : windowFrom;
        if (expired) {
            this.cursorRestarts++;
        }
    }

    /** @param count requests sent to Gong since the last call */
    public void addRequests(int count) {
        this.requests += count;
    }

    /**
     * Records a read the run went on without (an enrichment Gong refused or failed), once per endpoint.
     *
     * @param endpoint the read, e.g. {@code GET /v2/users}
     * @param message  why: Gong's message
     */
    public void addWarning(String endpoint, String message) {
        String line = (endpoint + ": " + message).replace('\n', ' ');
        if (getWarnings().stream().anyMatch(w -> w.startsWith(endpoint + ": "))) {
            return;
        }
        String all = warnings == null ? line : warnings + "\n" + line;
        this.warnings = all.length() > 4000 ? all.substring(0, 4000) : all;
    }

    /** @return the reads the run went on without, each {@code "<endpoint>: <Gong's message>"} */
    public java.util.List<String> getWarnings() {
        return warnings == null || warnings.isBlank() ? java.util.List.of() : java.util.List.of(warnings.split("\n"));
    }

    /** @param count transcripts fetched */
    public void addTranscripts(int count) {
        this.transcripts += count;
    }

    /**
     * @param newStatus where the run ended
     * @param at        when
     * @param message   why it failed, or {@code null}
     */
    public void finish(Status newStatus, OffsetDateTime at, String message) {
        this.gongUnreachable = false;
        this.status = newStatus;
        this.finishedAt = at;
        this.error = message == null ? null : message.length() > 4000 ? message.substring(0, 4000) : message;
    }

    /**
     * Takes a stopped run up again.
     *
     * @param node the server resuming it
     */
    public void resume(String node) {
        this.status = Status.RUNNING;
        this.finishedAt = null;
        this.error = null;
        this.node = node;
    }

    /** The run failed because Gong could not be reached or failed: every server's pages say so. */
    public void markGongUnreachable() {
        this.gongUnreachable = true;
    }

    /** @return whether the run failed because Gong could not be reached or failed (connection, 5xx, open circuit) */
    public boolean isGongUnreachable() {
        return gongUnreachable;
    }
}
