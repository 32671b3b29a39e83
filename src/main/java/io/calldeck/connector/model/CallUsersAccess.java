package io.calldeck.connector.model;

import java.util.List;

/**
 * Users to give access to, or remove from, one call ({@code CallUsersAccessDto}).
 *
 * @param callId  the call's id (1 to 20 digits)
 * @param userIds Gong user ids (1 to 20 digits each)
 */
public record CallUsersAccess(String callId, List<String> userIds) {

    /**
     * @param callId  the call's id
     * @param userIds the users
     * @return the entry
     */
    public static CallUsersAccess of(String callId, String... userIds) {
        return new CallUsersAccess(callId, List.of(userIds));
    }
}
