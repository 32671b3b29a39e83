package io.calldeck.store;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Which stored calls a dashboard view shows. Every criterion is optional ({@code null} or empty means "any").
 *
 * @param from               calls that started at or after this time
 * @param to                 calls that started before this time
 * @param repIds             calls hosted by these Gong users (primary user)
 * @param workspaceId        calls of this workspace
 * @param directions         Inbound, Outbound, Conference, Unknown
 * @param scopes             Internal, External, Unknown
 * @param systems            Zoom, Outreach, …
 * @param minDurationSeconds calls at least this long
 * @param maxDurationSeconds calls at most this long
 * @param titleContains      calls whose title contains this text (case-insensitive)
 * @param hasComments        {@code true}: only calls with public comments; {@code false}: only without
 * @param isPrivate          {@code true}: only private calls; {@code false}: only others
 * @param trackerId          calls that mention this tracker (Gong's {@code content.trackers[].id} with a count
 *                           above 0)
 */
public record CallFilter(OffsetDateTime from, OffsetDateTime to, List<String> repIds, String workspaceId,
                         List<String> directions, List<String> scopes, List<String> systems, Long minDurationSeconds,
                         Long maxDurationSeconds, String titleContains, Boolean hasComments, Boolean isPrivate,
                         String trackerId)
        implements java.io.Serializable {

    /**
     * A filter on every criterion but a tracker.
     *
     * @param from               calls that started at or after this time
     * @param to                 calls that started before this time
     * @param repIds             calls hosted by these Gong users
     * @param workspaceId        calls of this workspace
     * @param directions         directions
     * @param scopes             scopes
     * @param systems            systems
     * @param minDurationSeconds calls at least this long
     * @param maxDurationSeconds calls at most this long
     * @param titleContains      title text
     * @param hasComments        with or without public comments
     * @param isPrivate          private or not
     */
    public CallFilter(OffsetDateTime from, OffsetDateTime to, List<String> repIds, String workspaceId,
                      List<String> directions, List<String> scopes, List<String> systems, Long minDurationSeconds,
                      Long maxDurationSeconds, String titleContains, Boolean hasComments, Boolean isPrivate) {
        this(from, to, repIds, workspaceId, directions, scopes, systems, minDurationSeconds, maxDurationSeconds,
                titleContains, hasComments, isPrivate, null);
    }

    /** No criteria: every stored call. */
    public static final CallFilter ALL = new CallFilter(null, null, null, null, null, null, null, null, null, null,
            null, null);

    /**
     * @param from start, inclusive
     * @param to   end, exclusive
     * @return a filter on the start time only
     */
    public static CallFilter between(OffsetDateTime from, OffsetDateTime to) {
        return new CallFilter(from, to, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * @param ids Gong user ids
     * @return this filter, on these reps
     */
    public CallFilter withReps(List<String> ids) {
        return new CallFilter(from, to, ids, workspaceId, directions, scopes, systems, minDurationSeconds,
                maxDurationSeconds, titleContains, hasComments, isPrivate, trackerId);
    }

    /**
     * @param value {@code false}: no private calls (for a user who may not see them); {@code null}: any
     * @return this filter, with that
     */
    public CallFilter withPrivate(Boolean value) {
        return new CallFilter(from, to, repIds, workspaceId, directions, scopes, systems, minDurationSeconds,
                maxDurationSeconds, titleContains, hasComments, value, trackerId);
    }

    /**
     * @param values directions
     * @return this filter, on these directions
     */
    public CallFilter withDirections(List<String> values) {
        return new CallFilter(from, to, repIds, workspaceId, values, scopes, systems, minDurationSeconds,
                maxDurationSeconds, titleContains, hasComments, isPrivate, trackerId);
    }

    /**
     * @param id a tracker's Gong id, or {@code null} for any
     * @return this filter, on the calls that mention that tracker
     */
    public CallFilter withTracker(String id) {
        return new CallFilter(from, to, repIds, workspaceId, directions, scopes, systems, minDurationSeconds,
                maxDurationSeconds, titleContains, hasComments, isPrivate, id);
    }
}
