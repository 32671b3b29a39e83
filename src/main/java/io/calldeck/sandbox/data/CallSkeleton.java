package io.calldeck.sandbox.data;

import java.time.Instant;

/**
 * What the sandbox keeps of a generated call to find, filter and order it; everything else is generated again
 * from {@code (seed, day, index)} when it is asked for. About 150 bytes a call, so 100,000 calls fit easily.
 *
 * @param day              the company-local day (epoch day) the call took place
 * @param index            the call's number within its day
 * @param id               Gong call id
 * @param started          start time
 * @param duration         length in seconds
 * @param repIndex         the host, an index into {@link SalesOrg#reps()}
 * @param customerIndex    the customer, an index into {@link SalesOrg#customers()}
 * @param workspaceId      the host's workspace
 * @param primaryUserId    the host's user id
 * @param visibleAt        when Gong has processed the call and lists it (calls appear late)
 * @param kind             what sort of call it is
 * @param isPrivate        whether the call is private
 * @param manualAssociationAt when a user associated the call with CRM objects by hand, or {@code null}
 * @param transcriptAt     when Gong has transcribed the call (its transcript is empty before)
 */
public record CallSkeleton(int day, int index, String id, Instant started, int duration, int repIndex,
                           int customerIndex, String workspaceId, String primaryUserId, Instant visibleAt,
                           Kind kind, boolean isPrivate, Instant manualAssociationAt, Instant transcriptAt) {

    /** The sorts of calls a sales team has. */
    public enum Kind {
        /** A web meeting with a customer. */
        MEETING,
        /** An internal meeting (pipeline review, deal strategy). */
        INTERNAL_MEETING,
        /** An outbound phone call that connected. */
        OUTBOUND_CALL,
        /** An outbound phone call that reached voicemail. */
        VOICEMAIL,
        /** An inbound phone call. */
        INBOUND_CALL
    }
}
