package io.calldeck.store;

/**
 * A user of Gong's directory ({@code /v2/users}), as the store keeps it.
 *
 * @param id           Gong user id
 * @param name         full name (the id when Gong has none)
 * @param emailAddress email address, or {@code null}
 * @param title        job title, or {@code null}
 * @param managerId    the manager's Gong user id, or {@code null}
 * @param active       whether Gong lists the user as active
 */
public record DirectoryUser(String id, String name, String emailAddress, String title, String managerId,
                            boolean active) {
}
