package io.calldeck.connector.model;

import java.util.List;

/**
 * The body of {@code PUT} (give) and {@code DELETE} (remove) {@code /v2/calls/users-access}
 * ({@code CallsUsersAccessAddDto}, {@code CallsUsersAccessDeleteDto}).
 *
 * @param callAccessList per call, the users to give access to or remove
 */
public record CallAccessChange(List<CallUsersAccess> callAccessList) {
}
