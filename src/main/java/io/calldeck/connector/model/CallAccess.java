package io.calldeck.connector.model;

import java.util.List;

/**
 * The users who were given access to a call through {@code /v2/calls/users-access} ({@code CallAccessDetails}).
 * Access through sharing or permission profiles is not listed.
 *
 * @param callId the call's id
 * @param users  the users with API-granted access
 */
public record CallAccess(String callId, List<UserAccess> users) {

    /**
     * A user with access ({@code UserAccessDetails}).
     *
     * @param userId the Gong user id
     */
    public record UserAccess(String userId) {
    }

    /** @return the user ids with API-granted access, never {@code null} */
    public List<String> userIds() {
        return users == null ? List.of() : users.stream().map(UserAccess::userId).toList();
    }
}
