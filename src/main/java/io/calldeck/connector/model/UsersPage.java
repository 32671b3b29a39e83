package io.calldeck.connector.model;

import java.util.List;

/**
 * One page of {@code GET /v2/users}.
 *
 * @param requestId Gong's reference for this request
 * @param records   paging information
 * @param users     the users on this page
 */
public record UsersPage(String requestId, Records records, List<GongUser> users) implements Page<GongUser> {

    @Override
    public List<GongUser> items() {
        return users == null ? List.of() : users;
    }
}
