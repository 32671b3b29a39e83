package io.calldeck.connector.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * Which calls to list ({@code CallsRequestFilterWithOwners} of {@code /v2/calls/extensive}, {@code CallsFilter} of
 * {@code /v2/calls/transcript}). Dates apply to the call's start time: {@code fromDateTime} inclusive,
 * {@code toDateTime} exclusive; either may be left out. The transcript endpoint has no {@code primaryUserIds}.
 *
 * @param fromDateTime   list calls that started at or after this time
 * @param toDateTime     list calls that started before this time
 * @param workspaceId    only calls of this workspace
 * @param callIds        only these calls; must not be empty when given
 * @param primaryUserIds only calls hosted by these users (extensive only)
 */
public record CallsFilter(OffsetDateTime fromDateTime, OffsetDateTime toDateTime, String workspaceId,
                          List<String> callIds, List<String> primaryUserIds) {

    /**
     * @param from start, inclusive (UTC instant)
     * @param to   end, exclusive (UTC instant)
     * @return a filter on the calls that started in {@code [from, to)}
     */
    public static CallsFilter between(Instant from, Instant to) {
        return builder().from(from).to(to).build();
    }

    /**
     * @param callIds the calls' ids
     * @return a filter on exactly these calls
     */
    public static CallsFilter ofCallIds(String... callIds) {
        return builder().callIds(Arrays.asList(callIds)).build();
    }

    /** @return a new builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this filter's values */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.from = fromDateTime;
        builder.to = toDateTime;
        builder.workspaceId = workspaceId;
        builder.callIds = callIds;
        builder.primaryUserIds = primaryUserIds;
        return builder;
    }

    /** Builds a {@link CallsFilter}; every setting is optional. */
    public static final class Builder {
        private OffsetDateTime from;
        private OffsetDateTime to;
        private String workspaceId;
        private List<String> callIds;
        private List<String> primaryUserIds;

        private Builder() {
        }

        /**
         * @param from calls that started at or after this instant (sent in UTC)
         * @return this builder
         */
        public Builder from(Instant from) {
            this.from = from == null ? null : from.atOffset(ZoneOffset.UTC);
            return this;
        }

        /**
         * @param from calls that started at or after this time (sent with its offset)
         * @return this builder
         */
        public Builder from(OffsetDateTime from) {
            this.from = from;
            return this;
        }

        /**
         * @param to calls that started before this instant (sent in UTC)
         * @return this builder
         */
        public Builder to(Instant to) {
            this.to = to == null ? null : to.atOffset(ZoneOffset.UTC);
            return this;
        }

        /**
         * @param to calls that started before this time (sent with its offset)
         * @return this builder
         */
        public Builder to(OffsetDateTime to) {
            this.to = to;
            return this;
        }

        /**
         * @param workspaceId only calls of this workspace
         * @return this builder
         */
        public Builder workspaceId(String workspaceId) {
            this.workspaceId = workspaceId;
            return this;
        }

        /**
         * @param callIds only these calls (must not be empty)
         * @return this builder
         */
        public Builder callIds(List<String> callIds) {
            this.callIds = callIds == null ? null : List.copyOf(callIds);
            return this;
        }

        /**
         * @param primaryUserIds only calls hosted by these users ({@code /v2/calls/extensive} only)
         * @return this builder
         */
        public Builder primaryUserIds(List<String> primaryUserIds) {
            this.primaryUserIds = primaryUserIds == null ? null : List.copyOf(primaryUserIds);
            return this;
        }

        /** @return the filter */
        public CallsFilter build() {
            return new CallsFilter(from, to, workspaceId, callIds, primaryUserIds);
        }
    }
}
