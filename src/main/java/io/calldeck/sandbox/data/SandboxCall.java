package io.calldeck.sandbox.data;

import io.calldeck.connector.model.CallTranscript;
import io.calldeck.connector.model.ExtensiveCall;
import java.time.Instant;
import java.util.Comparator;

/** A call the sandbox holds: generated on demand, or stored whole (added through the API, or recorded). */
public sealed interface SandboxCall {

    /** Gong's order for listings: oldest first, then by id. */
    Comparator<SandboxCall> ORDER = Comparator.comparing(SandboxCall::started).thenComparing(SandboxCall::id);

    /** @return Gong call id */
    String id();

    /** @return start time */
    Instant started();

    /** @return workspace id */
    String workspaceId();

    /** @return the host's user id */
    String primaryUserId();

    /** @return when the call is processed and listed */
    Instant visibleAt();

    /**
     * A generated call, regenerated from its skeleton when asked for.
     *
     * @param skeleton what the sandbox keeps of it
     */
    record Generated(CallSkeleton skeleton) implements SandboxCall {
        @Override
        public String id() {
            return skeleton.id();
        }

        @Override
        public Instant started() {
            return skeleton.started();
        }

        @Override
        public String workspaceId() {
            return skeleton.workspaceId();
        }

        @Override
        public String primaryUserId() {
            return skeleton.primaryUserId();
        }

        @Override
        public Instant visibleAt() {
            return skeleton.visibleAt();
        }
    }

    /**
     * A call kept whole.
     *
     * @param call       everything Gong would return about it
     * @param transcript its transcript, {@code null} when there is none
     * @param visibleAt  when it is listed
     * @param hasMedia   whether a recording exists for it
     */
    record Stored(ExtensiveCall call, CallTranscript transcript, Instant visibleAt, boolean hasMedia)
            implements SandboxCall {
        @Override
        public String id() {
            return call.metaData().id();
        }

        @Override
        public Instant started() {
            return call.metaData().started().toInstant();
        }

        @Override
        public String workspaceId() {
            return call.metaData().workspaceId();
        }

        @Override
        public String primaryUserId() {
            return call.metaData().primaryUserId();
        }

        /** @return this call with a recording */
        public Stored withMedia() {
            return new Stored(call, transcript, visibleAt, true);
        }
    }
}
