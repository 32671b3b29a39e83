package io.calldeck.connector.model;

import java.util.List;

/**
 * The body of {@code POST /v2/calls/users-access} ({@code FilterRequestCallsAccessGetDto}).
 *
 * @param filter the calls to list access for
 */
public record CallAccessQuery(Filter filter) {

    /**
     * {@code CallsAccessGetDto}.
     *
     * @param callIds the calls' ids
     */
    public record Filter(List<String> callIds) {
    }

    /**
     * @param callIds the calls' ids
     * @return the request body
     */
    public static CallAccessQuery of(List<String> callIds) {
        return new CallAccessQuery(new Filter(callIds));
    }
}
